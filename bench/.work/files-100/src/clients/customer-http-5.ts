import { fail, type HttpResponse, ok, type Result, sleep } from '../lib/http';
import type { Budget3 } from '../models/budget-3';

export function readBudget3Response50(response: HttpResponse<Budget3>): Result<Budget3> {
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
        return fail('server error', 20 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export async function withAttempts51<R>(task: () => Promise<R>, attempts = 5): Promise<R> {
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
      await sleep(100 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function readBudget3Response52(response: HttpResponse<Budget3>): Result<Budget3> {
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
        return fail('server error', 20 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}
