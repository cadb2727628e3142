import { fail, type HttpResponse, ok, type Result } from '../lib/http';
import type { Appointment80 } from '../models/appointment-80';
import type { Survey218 } from '../models/survey-218';

export function readSurvey218Response3180(response: HttpResponse<Survey218>): Result<Survey218> {
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
        return fail('server error', 19 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function readAppointment80Response3181(response: HttpResponse<Appointment80>): Result<Appointment80> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid appointment request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('appointment not found');
    case 409:
      return fail('conflict on appointment');
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', 15 * 1000);
      }
      return fail(`unexpected status ${response.status}`);
  }
}

export function validateLeadInput3182(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 1_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}
