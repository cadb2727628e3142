import { fail, type HttpResponse, type HttpStatus, ok, type Result, sleep } from '../lib/http';
import type { Template203 } from '../models/template-203';
import type { Ticket127 } from '../models/ticket-127';

export function readTicket127Response2260(response: HttpResponse<Ticket127>): Result<Ticket127> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid ticket request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('ticket not found');
    case 409:
      return fail('conflict on ticket');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 13 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function shouldRetryRequest2261(status: HttpStatus, attempt: number): boolean {
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

export async function withAttempts2262<R>(task: () => Promise<R>, attempts = 5): Promise<R> {
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
      await sleep(70 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function formatTemplate203Line2263(item: Template203, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}
