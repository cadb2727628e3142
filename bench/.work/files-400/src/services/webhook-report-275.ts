import type { HttpStatus } from '../lib/http';
import type { Campaign212 } from '../models/campaign-212';
import { type Customer271, CustomerStatus271 } from '../models/customer-271';
import type { Refund170 } from '../models/refund-170';
import type { Ticket127 } from '../models/ticket-127';

export type EmailDigest2750 = 'daily' | 'weekly' | 'never';
export type MailStatus2750 = 'ok' | 'bounced' | 'complained';

export function digestDelay2750(emailDigest: EmailDigest2750, mailStatus: MailStatus2750, item: Campaign212): number {
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

export function describeCustomer271Status2751(item: Customer271): string {
  switch (item.status) {
  case CustomerStatus271.Open:
    return item.amountCents > 0 ? 'Open' : 'Open (free)';
  case CustomerStatus271.Paid:
    return 'Paid';
  case CustomerStatus271.Overdue:
    return 'Overdue';
  default:
    return 'unknown';
  }
}

export function formatRefund170Line2752(item: Refund170, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function shouldRetryRequest2753(status: HttpStatus, attempt: number): boolean {
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

export type EmailDigest2754 = 'daily' | 'weekly' | 'never';
export type MailStatus2754 = 'ok' | 'bounced' | 'complained';

export function digestDelay2754(emailDigest: EmailDigest2754, mailStatus: MailStatus2754, item: Ticket127): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 5 * 86_400_000;
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
