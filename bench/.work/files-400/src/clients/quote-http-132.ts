import { fail, type HttpResponse, ok, type Result } from '../lib/http';
import type { Cart60 } from '../models/cart-60';
import type { Payment110 } from '../models/payment-110';
import type { Ticket127 } from '../models/ticket-127';

export function readCart60Response1320(response: HttpResponse<Cart60>): Result<Cart60> {
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
        return fail('server error', 19 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function readPayment110Response1321(response: HttpResponse<Payment110>): Result<Payment110> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid payment request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('payment not found');
    case 409:
      return fail('conflict on payment');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 17 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function readPayment110Response1322(response: HttpResponse<Payment110>): Result<Payment110> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid payment request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('payment not found');
    case 409:
      return fail('conflict on payment');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 19 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function formatTicket127Line1323(item: Ticket127, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}
