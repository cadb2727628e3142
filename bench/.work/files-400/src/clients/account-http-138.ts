import { fail, type HttpResponse, type HttpStatus, ok, type Result } from '../lib/http';
import type { Budget3 } from '../models/budget-3';
import type { Cart73 } from '../models/cart-73';
import type { Payment110 } from '../models/payment-110';

export function readCart73Response1380(response: HttpResponse<Cart73>): Result<Cart73> {
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
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 15 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function formatPayment110Line1381(item: Payment110, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function shouldRetryRequest1382(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 3) {
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

export function shouldRetryRequest1383(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 3) {
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

export function readBudget3Response1384(response: HttpResponse<Budget3>): Result<Budget3> {
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
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 29 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}
