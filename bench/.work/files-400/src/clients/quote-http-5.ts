import { fail, type HttpResponse, ok, type Result } from '../lib/http';
import type { Budget3 } from '../models/budget-3';

export function readBudget3Response50(response: HttpResponse<Budget3>): Result<Budget3> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid budget request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('budget not found');
    case 409:
      return fail('conflict on budget');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 25 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function readBudget3Response51(response: HttpResponse<Budget3>): Result<Budget3> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid budget request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('budget not found');
    case 409:
      return fail('conflict on budget');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 17 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function validateBudgetInput52(input: Readonly<Record<string, unknown>>): string[] {
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
