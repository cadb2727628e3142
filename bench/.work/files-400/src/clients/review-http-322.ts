import { fail, type HttpResponse, ok, type Result } from '../lib/http';
import type { Cart60 } from '../models/cart-60';
import type { Contact313 } from '../models/contact-313';

export function readCart60Response3220(response: HttpResponse<Cart60>): Result<Cart60> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid cart request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('cart not found');
    case 409:
      return fail('conflict on cart');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 16 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function readContact313Response3221(response: HttpResponse<Contact313>): Result<Contact313> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid contact request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('contact not found');
    case 409:
      return fail('conflict on contact');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 19 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function validateTemplateInput3222(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 3_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}
