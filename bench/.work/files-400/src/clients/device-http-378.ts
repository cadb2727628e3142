import { fail, type HttpResponse, ok, type Result } from '../lib/http';
import type { Contact313 } from '../models/contact-313';
import type { Customer178 } from '../models/customer-178';
import type { Lead106 } from '../models/lead-106';

export function readLead106Response3780(response: HttpResponse<Lead106>): Result<Lead106> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid lead request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('lead not found');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 17 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function readContact313Response3781(response: HttpResponse<Contact313>): Result<Contact313> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid contact request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('contact not found');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 23 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function readCustomer178Response3782(response: HttpResponse<Customer178>): Result<Customer178> {
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
        return fail('server error', 14 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}
