import { fail, type HttpResponse, ok, type Result, sleep } from '../lib/http';
import type { Appointment80 } from '../models/appointment-80';
import type { Cart60 } from '../models/cart-60';
import type { Refund111 } from '../models/refund-111';
import type { Survey29 } from '../models/survey-29';

export function readAppointment80Response1440(response: HttpResponse<Appointment80>): Result<Appointment80> {
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
    case 409:
      return fail('conflict on appointment');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 3 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function formatSurvey29Line1441(item: Survey29, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function readCart60Response1442(response: HttpResponse<Cart60>): Result<Cart60> {
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
        return fail('server error', 12 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export async function withAttempts1443<R>(task: () => Promise<R>, attempts = 5): Promise<R> {
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
      await sleep(440 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function readRefund111Response1444(response: HttpResponse<Refund111>): Result<Refund111> {
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
    case 409:
      return fail('conflict on refund');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 19 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}
