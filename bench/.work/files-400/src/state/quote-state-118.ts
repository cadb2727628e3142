import { type Lead106, LeadStatus106 } from '../models/lead-106';
import { type Payment110, PaymentStatus110 } from '../models/payment-110';
import type { Refund111, RefundEvent111 } from '../models/refund-111';

export function describeLead106Status1180(item: Lead106): string {
  switch (item.status) {
  case LeadStatus106.Open:
    return 'Open';
  case LeadStatus106.Paid:
    return item.amountCents > 0 ? 'Paid' : 'Paid (free)';
  case LeadStatus106.Overdue:
    return item.amountCents > 0 ? 'Overdue' : 'Overdue (free)';
  default:
    return 'unknown';
  }
}

export function summarizeLead1061181(items: readonly Lead106[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === LeadStatus106.Overdue) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function applyRefundEvent1111182(state: ReadonlyMap<string, Refund111>, event: RefundEvent111): Map<string, Refund111> {
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

export function describePayment110Status1183(item: Payment110): string {
  switch (item.status) {
  case PaymentStatus110.Pending:
    return 'Pending';
  case PaymentStatus110.Approved:
    return 'Approved';
  case PaymentStatus110.Rejected:
    return 'Rejected';
  case PaymentStatus110.Cancelled:
    return 'Cancelled';
  default:
    return 'unknown';
  }
}
