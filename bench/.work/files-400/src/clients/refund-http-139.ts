import { fail, type HttpResponse, ok, type Result } from '../lib/http';
import type { Coupon54 } from '../models/coupon-54';
import type { Ticket127 } from '../models/ticket-127';

export function readTicket127Response1390(response: HttpResponse<Ticket127>): Result<Ticket127> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid ticket request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('ticket not found');
    case 409:
      return fail('conflict on ticket');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 18 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function validateRefundInput1391(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 6_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}

export function readCoupon54Response1392(response: HttpResponse<Coupon54>): Result<Coupon54> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid coupon request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('coupon not found');
    case 409:
      return fail('conflict on coupon');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 1 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}
