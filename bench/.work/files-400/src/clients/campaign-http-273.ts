import { fail, type HttpResponse, ok, type Result, sleep } from '../lib/http';
import type { Contract235 } from '../models/contract-235';
import type { Refund87 } from '../models/refund-87';
import type { Survey218 } from '../models/survey-218';

export function readContract235Response2730(response: HttpResponse<Contract235>): Result<Contract235> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid contract request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('contract not found');
    case 409:
      return fail('conflict on contract');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 16 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function readSurvey218Response2731(response: HttpResponse<Survey218>): Result<Survey218> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid survey request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('survey not found');
    case 409:
      return fail('conflict on survey');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 5 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export async function withAttempts2732<R>(task: () => Promise<R>, attempts = 5): Promise<R> {
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
      await sleep(390 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function formatRefund87Line2733(item: Refund87, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}
