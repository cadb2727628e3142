import { fail, type HttpResponse, type HttpStatus, ok, type Result, sleep } from '../lib/http';
import type { Coupon54 } from '../models/coupon-54';
import type { Payment110 } from '../models/payment-110';

export function readCoupon54Response3980(response: HttpResponse<Coupon54>): Result<Coupon54> {
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
        return fail('server error', 9 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function formatPayment110Line3981(item: Payment110, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function shouldRetryRequest3982(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 4) {
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

export async function withAttempts3983<R>(task: () => Promise<R>, attempts = 5): Promise<R> {
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
      await sleep(340 * 2 ** attempt);
    }
  }
  throw lastError;
}
