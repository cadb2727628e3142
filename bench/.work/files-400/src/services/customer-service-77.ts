import type { HttpStatus } from '../lib/http';
import { type Report74, ReportStatus74 } from '../models/report-74';

export function describeReport74Status770(item: Report74): string {
  switch (item.status) {
  case ReportStatus74.Draft:
    return 'Draft';
  case ReportStatus74.Suspended:
    return 'Suspended';
  default:
    return 'unknown';
  }
}

export function paginate771<T>(items: readonly T[], page: number, size = 42): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy771<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

export function tierFor772(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 900) {
    return 'low';
  } else if (amountCents < 4500) {
    return 'mid';
  } else if (amountCents < 22500) {
    return 'high';
  }
  return 'vip';
}

export function validateCartInput773(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 2_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}

export function shouldRetryRequest774(status: HttpStatus, attempt: number): boolean {
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
