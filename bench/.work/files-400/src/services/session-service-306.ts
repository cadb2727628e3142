import type { HttpStatus } from '../lib/http';
import { type Budget3, BudgetStatus3 } from '../models/budget-3';
import type { Ticket244 } from '../models/ticket-244';

export function describeBudget3Status3060(item: Budget3): string {
  switch (item.status) {
  case BudgetStatus3.Pending:
    return 'Pending';
  case BudgetStatus3.Rejected:
    return item.amountCents > 0 ? 'Rejected' : 'Rejected (free)';
  case BudgetStatus3.Expired:
    return 'Expired';
  case BudgetStatus3.Cancelled:
    return 'Cancelled';
  default:
    return 'unknown';
  }
}

export function shouldRetryRequest3061(status: HttpStatus, attempt: number): boolean {
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

export function paginate3062<T>(items: readonly T[], page: number, size = 84): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy3062<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

export function tierFor3063(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1700) {
    return 'low';
  } else if (amountCents < 13600) {
    return 'mid';
  } else if (amountCents < 81600) {
    return 'high';
  }
  return 'vip';
}

export type EmailDigest3064 = 'daily' | 'weekly' | 'never';
export type MailStatus3064 = 'ok' | 'bounced' | 'complained';

export function digestDelay3064(emailDigest: EmailDigest3064, mailStatus: MailStatus3064, item: Ticket244): number {
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
