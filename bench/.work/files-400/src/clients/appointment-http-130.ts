import { fail, type HttpResponse, ok, type Result, sleep } from '../lib/http';
import type { Cart73 } from '../models/cart-73';
import type { Refund111 } from '../models/refund-111';

export function readRefund111Response1300(response: HttpResponse<Refund111>): Result<Refund111> {
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
        return fail('server error', 12 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export async function withAttempts1301<R>(task: () => Promise<R>, attempts = 4): Promise<R> {
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
      await sleep(500 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function validateAppointmentInput1302(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 5_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}

export function readCart73Response1303(response: HttpResponse<Cart73>): Result<Cart73> {
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
        return fail('server error', 13 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export async function withAttempts1304<R>(task: () => Promise<R>, attempts = 3): Promise<R> {
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
