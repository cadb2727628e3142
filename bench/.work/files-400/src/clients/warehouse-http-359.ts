import { fail, type HttpResponse, ok, type Result } from '../lib/http';
import type { Appointment80 } from '../models/appointment-80';
import type { Campaign212 } from '../models/campaign-212';
import type { Product169 } from '../models/product-169';
import type { Refund87 } from '../models/refund-87';
import type { Subscription348 } from '../models/subscription-348';

export function readCampaign212Response3590(response: HttpResponse<Campaign212>): Result<Campaign212> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid campaign request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('campaign not found');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 29 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function readRefund87Response3591(response: HttpResponse<Refund87>): Result<Refund87> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid refund request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('refund not found');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 2 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function validateReportInput3592(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 9_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}

export function readSubscription348Response3593(response: HttpResponse<Subscription348>): Result<Subscription348> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid subscription request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('subscription not found');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 22 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function formatAppointment80Line3594(item: Appointment80, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function readProduct169Response3595(response: HttpResponse<Product169>): Result<Product169> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid product request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('product not found');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 6 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}
