import { fail, type HttpResponse, type HttpStatus, ok, type Result } from '../lib/http';
import type { Refund21 } from '../models/refund-21';
import type { Template41 } from '../models/template-41';

export function readRefund21Response770(response: HttpResponse<Refund21>): Result<Refund21> {
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
        return fail('server error', 28 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function formatTemplate41Line771(item: Template41, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function shouldRetryRequest772(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 4) {
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
