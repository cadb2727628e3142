import { fail, type HttpResponse, type HttpStatus, ok, type Result } from '../lib/http';
import type { Warehouse222 } from '../models/warehouse-222';

export function readWarehouse222Response2880(response: HttpResponse<Warehouse222>): Result<Warehouse222> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid warehouse request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('warehouse not found');
    case 409:
      return fail('conflict on warehouse');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 18 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function shouldRetryRequest2881(status: HttpStatus, attempt: number): boolean {
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

export function shouldRetryRequest2882(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 5) {
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
