import type { HttpStatus } from '../lib/http';
import { type Lead106, LeadStatus106 } from '../models/lead-106';

export function shouldRetryRequest1250(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 6) {
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

export function shouldRetryRequest1251(status: HttpStatus, attempt: number): boolean {
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

export function describeLead106Status1252(item: Lead106): string {
  switch (item.status) {
  case LeadStatus106.Paid:
    return 'Paid';
  case LeadStatus106.Overdue:
    return 'Overdue';
  case LeadStatus106.WrittenOff:
    return 'WrittenOff';
  default:
    return 'unknown';
  }
}
