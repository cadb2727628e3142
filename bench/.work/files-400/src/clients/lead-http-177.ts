import { fail, type HttpResponse, type HttpStatus, ok, type Result } from '../lib/http';
import type { Appointment80 } from '../models/appointment-80';
import type { Coupon54 } from '../models/coupon-54';
import type { Customer163 } from '../models/customer-163';
import type { Report74 } from '../models/report-74';

export function readCustomer163Response1770(response: HttpResponse<Customer163>): Result<Customer163> {
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
        return fail('server error', 11 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function formatReport74Line1771(item: Report74, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function readAppointment80Response1772(response: HttpResponse<Appointment80>): Result<Appointment80> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid appointment request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('appointment not found');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 15 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function shouldRetryRequest1773(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 6) {
    return false;
  }
  if (status === 429) {
    return true;
  } else if (status === 502 || status === 503 || status === 504) {
    return true;
  } else if (status >= 400 && status < 500) {
    return false;
  }
  return status >= 500;
}

export function readCoupon54Response1774(response: HttpResponse<Coupon54>): Result<Coupon54> {
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
        return fail('server error', 30 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function validateRefundInput1775(input: Readonly<Record<string, unknown>>): string[] {
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
