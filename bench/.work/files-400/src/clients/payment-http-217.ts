import { fail, type HttpResponse, ok, type Result } from '../lib/http';
import type { Cart60 } from '../models/cart-60';
import type { Customer178 } from '../models/customer-178';
import type { Driver165 } from '../models/driver-165';
import type { Product169 } from '../models/product-169';

export function readProduct169Response2170(response: HttpResponse<Product169>): Result<Product169> {
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
        return fail('server error', 18 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function formatCustomer178Line2171(item: Customer178, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function formatDriver165Line2172(item: Driver165, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function readCart60Response2173(response: HttpResponse<Cart60>): Result<Cart60> {
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
        return fail('server error', 22 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}
