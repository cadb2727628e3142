import { fail, type HttpResponse, ok, type Result, sleep } from '../lib/http';
import type { Refund287 } from '../models/refund-287';
import type { Ticket127 } from '../models/ticket-127';

export function readRefund287Response3460(response: HttpResponse<Refund287>): Result<Refund287> {
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

export function formatTicket127Line3461(item: Ticket127, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export async function withAttempts3462<R>(task: () => Promise<R>, attempts = 5): Promise<R> {
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
      await sleep(270 * 2 ** attempt);
    }
  }
  throw lastError;
}

export async function withAttempts3463<R>(task: () => Promise<R>, attempts = 4): Promise<R> {
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
