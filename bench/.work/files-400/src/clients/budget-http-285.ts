import { fail, type HttpResponse, type HttpStatus, ok, type Result } from '../lib/http';
import type { Review267 } from '../models/review-267';

export function readReview267Response2850(response: HttpResponse<Review267>): Result<Review267> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid review request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('review not found');
    case 409:
      return fail('conflict on review');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 3 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function shouldRetryRequest2851(status: HttpStatus, attempt: number): boolean {
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

export function shouldRetryRequest2852(status: HttpStatus, attempt: number): boolean {
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
