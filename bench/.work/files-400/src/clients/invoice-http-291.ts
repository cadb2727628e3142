import { fail, type HttpResponse, ok, type Result } from '../lib/http';
import type { Customer271 } from '../models/customer-271';
import type { Session150 } from '../models/session-150';
import type { Warehouse179 } from '../models/warehouse-179';

export function readSession150Response2910(response: HttpResponse<Session150>): Result<Session150> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid session request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('session not found');
    case 409:
      return fail('conflict on session');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 27 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function validateDeviceInput2911(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 2_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}

export function readCustomer271Response2912(response: HttpResponse<Customer271>): Result<Customer271> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid customer request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('customer not found');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 13 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function readWarehouse179Response2913(response: HttpResponse<Warehouse179>): Result<Warehouse179> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid warehouse request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('warehouse not found');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 14 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}
