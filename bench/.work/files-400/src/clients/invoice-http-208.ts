import { fail, type HttpResponse, ok, type Result, sleep } from '../lib/http';
import type { Cart60 } from '../models/cart-60';
import type { Invoice189 } from '../models/invoice-189';

export function readCart60Response2080(response: HttpResponse<Cart60>): Result<Cart60> {
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
        return fail('server error', 27 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export async function withAttempts2081<R>(task: () => Promise<R>, attempts = 4): Promise<R> {
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
      await sleep(300 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function readInvoice189Response2082(response: HttpResponse<Invoice189>): Result<Invoice189> {
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
        return fail('server error', 10 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}
