import type { HttpStatus } from '../lib/http';
import type { Budget3, BudgetEvent3 } from '../models/budget-3';
import { type Refund21, RefundStatus21 } from '../models/refund-21';
import type { Survey38 } from '../models/survey-38';
import { type Template41, TemplateStatus41 } from '../models/template-41';

export function describeRefund21Status600(item: Refund21): string {
  switch (item.status) {
  case RefundStatus21.Paid:
    return 'Paid';
  case RefundStatus21.Overdue:
    return 'Overdue';
  default:
    return 'unknown';
  }
}

export function applyBudgetEvent3601(state: ReadonlyMap<string, Budget3>, event: BudgetEvent3): Map<string, Budget3> {
  const next = new Map(state);
  switch (event.type) {
    case 'created':
      next.set(event.payload.id, event.payload);
      break;
    case 'updated': {
      const current = next.get(event.id);
      if (current) {
        next.set(event.id, { ...current, ...event.changes, updatedAt: new Date() });
      }
      break;
    }
    case 'deleted':
      next.delete(event.id);
      break;
    case 'archived': {
      const current = next.get(event.id);
      if (current) next.set(event.id, { ...current, notes: event.reason });
      break;
    }
  }
  return next;
}

export function describeTemplate41Status602(item: Template41): string {
  switch (item.status) {
  case TemplateStatus41.New:
    return item.amountCents > 0 ? 'New' : 'New (free)';
  case TemplateStatus41.InProgress:
    return 'InProgress';
  case TemplateStatus41.Blocked:
    return 'Blocked';
  default:
    return 'unknown';
  }
}

export type EmailDigest603 = 'daily' | 'weekly' | 'never';
export type MailStatus603 = 'ok' | 'bounced' | 'complained';

export function digestDelay603(emailDigest: EmailDigest603, mailStatus: MailStatus603, item: Survey38): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 6 * 86_400_000;
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

export function shouldRetryRequest604(status: HttpStatus, attempt: number): boolean {
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

export function priceForBudget3605(item: Budget3, base: number): number {
  if (item.kind === 'basic') {
    return base * 3;
  } else if (item.kind === 'plus') {
    return Math.round(base * 0.46);
  } else {
    return base;
  }
}
