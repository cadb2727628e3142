import { fail, type HttpResponse, ok, type Result, sleep } from '../lib/http';
import type { Device195 } from '../models/device-195';
import type { Refund111 } from '../models/refund-111';
import type { Survey29 } from '../models/survey-29';
import type { Ticket127 } from '../models/ticket-127';

export function readSurvey29Response2130(response: HttpResponse<Survey29>): Result<Survey29> {
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
        return fail('server error', 29 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function formatDevice195Line2131(item: Device195, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export async function withAttempts2132<R>(task: () => Promise<R>, attempts = 2): Promise<R> {
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
      await sleep(400 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function validateCartInput2133(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 7_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}

export function readRefund111Response2134(response: HttpResponse<Refund111>): Result<Refund111> {
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
        return fail('server error', 11 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function formatTicket127Line2135(item: Ticket127, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}
