import { fail, type HttpResponse, ok, type Result, sleep } from '../lib/http';
import type { Contract235 } from '../models/contract-235';
import type { Customer163 } from '../models/customer-163';
import type { Survey218 } from '../models/survey-218';
import type { Template203 } from '../models/template-203';

export function readCustomer163Response2930(response: HttpResponse<Customer163>): Result<Customer163> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid customer request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('customer not found');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 28 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function formatSurvey218Line2931(item: Survey218, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function readContract235Response2932(response: HttpResponse<Contract235>): Result<Contract235> {
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
        return fail('server error', 19 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function formatTemplate203Line2933(item: Template203, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export async function withAttempts2934<R>(task: () => Promise<R>, attempts = 4): Promise<R> {
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
      await sleep(190 * 2 ** attempt);
    }
  }
  throw lastError;
}
