import { fail, type HttpResponse, ok, type Result, sleep } from '../lib/http';
import type { Campaign81 } from '../models/campaign-81';
import type { Driver84 } from '../models/driver-84';
import type { Shipment70 } from '../models/shipment-70';
import type { Survey38 } from '../models/survey-38';

export function readDriver84Response920(response: HttpResponse<Driver84>): Result<Driver84> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid driver request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('driver not found');
    case 409:
      return fail('conflict on driver');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 25 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export async function withAttempts921<R>(task: () => Promise<R>, attempts = 2): Promise<R> {
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
      await sleep(310 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function readShipment70Response922(response: HttpResponse<Shipment70>): Result<Shipment70> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid shipment request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('shipment not found');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 9 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function formatCampaign81Line923(item: Campaign81, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function readSurvey38Response924(response: HttpResponse<Survey38>): Result<Survey38> {
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
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 9 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}
