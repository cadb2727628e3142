import { fail, type HttpResponse, ok, type Result, sleep } from '../lib/http';
import type { Budget3 } from '../models/budget-3';
import type { Coupon54 } from '../models/coupon-54';
import type { Driver165 } from '../models/driver-165';

export function readCoupon54Response2000(response: HttpResponse<Coupon54>): Result<Coupon54> {
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
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 9 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function readDriver165Response2001(response: HttpResponse<Driver165>): Result<Driver165> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid driver request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('driver not found');
    case 409:
      return fail('conflict on driver');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 16 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function formatBudget3Line2002(item: Budget3, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export async function withAttempts2003<R>(task: () => Promise<R>, attempts = 4): Promise<R> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await task();
    } catch (error) {
      lastError = error;
      if (error instanceof TypeError) {
        break;
      } else if (attempt === attempts - 1) {
        break;
      }
      await sleep(250 * 2 ** attempt);
    }
  }
  throw lastError;
}
