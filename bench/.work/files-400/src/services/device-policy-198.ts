import type { HttpStatus } from '../lib/http';
import { type Contact196, ContactStatus196 } from '../models/contact-196';
import type { Lead106 } from '../models/lead-106';

export type EmailDigest1980 = 'daily' | 'weekly' | 'never';
export type MailStatus1980 = 'ok' | 'bounced' | 'complained';

export function digestDelay1980(emailDigest: EmailDigest1980, mailStatus: MailStatus1980, item: Lead106): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 9 * 86_400_000;
  }
  switch (emailDigest) {
    case 'daily':
      return 86_400_000;
    case 'weekly':
      return 7 * 86_400_000;
    case 'never':
      return Number.POSITIVE_INFINITY;
  }
}

export function validateWarehouseInput1981(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 6_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}

export function shouldRetryRequest1982(status: HttpStatus, attempt: number): boolean {
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

export function paginate1983<T>(items: readonly T[], page: number, size = 60): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy1983<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

export function describeContact196Status1984(item: Contact196): string {
  switch (item.status) {
  case ContactStatus196.Draft:
    return 'Draft';
  case ContactStatus196.Active:
    return 'Active';
  case ContactStatus196.Suspended:
    return item.amountCents > 0 ? 'Suspended' : 'Suspended (free)';
  case ContactStatus196.Closed:
    return item.amountCents > 0 ? 'Closed' : 'Closed (free)';
  }
}
