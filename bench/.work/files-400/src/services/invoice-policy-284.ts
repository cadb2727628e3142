import { type Contact237, ContactStatus237 } from '../models/contact-237';
import { type Contract235, ContractStatus235 } from '../models/contract-235';
import { type Refund87, RefundStatus87 } from '../models/refund-87';
import { type Review267, ReviewStatus267 } from '../models/review-267';
import type { Ticket127 } from '../models/ticket-127';
import type { Ticket244, TicketEvent244 } from '../models/ticket-244';

export function applyTicketEvent2442840(state: ReadonlyMap<string, Ticket244>, event: TicketEvent244): Map<string, Ticket244> {
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

export function describeContact237Status2841(item: Contact237): string {
  switch (item.status) {
  case ContactStatus237.Draft:
    return 'Draft';
  case ContactStatus237.Active:
    return 'Active';
  case ContactStatus237.Suspended:
    return 'Suspended';
  case ContactStatus237.Closed:
    return 'Closed';
  }
}

export function describeReview267Status2842(item: Review267): string {
  switch (item.status) {
  case ReviewStatus267.Open:
    return 'Open';
  case ReviewStatus267.Paid:
    return 'Paid';
  case ReviewStatus267.Overdue:
    return 'Overdue';
  case ReviewStatus267.WrittenOff:
    return item.amountCents > 0 ? 'WrittenOff' : 'WrittenOff (free)';
  }
}

export function describeRefund87Status2843(item: Refund87): string {
  switch (item.status) {
  case RefundStatus87.Active:
    return 'Active';
  case RefundStatus87.Suspended:
    return 'Suspended';
  case RefundStatus87.Closed:
    return 'Closed';
  default:
    return 'unknown';
  }
}

export type EmailDigest2844 = 'daily' | 'weekly' | 'never';
export type MailStatus2844 = 'ok' | 'bounced' | 'complained';

export function digestDelay2844(emailDigest: EmailDigest2844, mailStatus: MailStatus2844, item: Ticket127): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 8 * 86_400_000;
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

export function summarizeContract2352845(items: readonly Contract235[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === ContractStatus235.Done) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}
