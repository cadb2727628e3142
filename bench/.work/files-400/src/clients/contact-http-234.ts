import { fail, type HttpResponse, ok, type Result, sleep } from '../lib/http';
import type { Cart73 } from '../models/cart-73';
import type { Driver165 } from '../models/driver-165';
import type { Invoice189 } from '../models/invoice-189';
import type { Session150 } from '../models/session-150';

export function readInvoice189Response2340(response: HttpResponse<Invoice189>): Result<Invoice189> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid invoice request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('invoice not found');
    case 409:
      return fail('conflict on invoice');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 30 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function formatCart73Line2341(item: Cart73, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function formatDriver165Line2342(item: Driver165, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export async function withAttempts2343<R>(task: () => Promise<R>, attempts = 2): Promise<R> {
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
      await sleep(370 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function readSession150Response2344(response: HttpResponse<Session150>): Result<Session150> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid session request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('session not found');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 24 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export async function withAttempts2345<R>(task: () => Promise<R>, attempts = 4): Promise<R> {
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
      await sleep(330 * 2 ** attempt);
    }
  }
  throw lastError;
}
