import { type Cart73, CartStatus73 } from '../models/cart-73';
import type { Coupon54, CouponEvent54 } from '../models/coupon-54';
import { type Refund87, type RefundEvent87, RefundStatus87 } from '../models/refund-87';
import { type Survey29, SurveyStatus29 } from '../models/survey-29';

export function describeSurvey29Status950(item: Survey29): string {
  switch (item.status) {
  case SurveyStatus29.Open:
    return 'Open';
  case SurveyStatus29.Paid:
    return 'Paid';
  case SurveyStatus29.Overdue:
    return item.amountCents > 0 ? 'Overdue' : 'Overdue (free)';
  case SurveyStatus29.WrittenOff:
    return item.amountCents > 0 ? 'WrittenOff' : 'WrittenOff (free)';
  }
}

export function summarizeCart73951(items: readonly Cart73[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === CartStatus73.Blocked) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function applyRefundEvent87952(state: ReadonlyMap<string, Refund87>, event: RefundEvent87): Map<string, Refund87> {
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

export function applyCouponEvent54953(state: ReadonlyMap<string, Coupon54>, event: CouponEvent54): Map<string, Coupon54> {
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

export function describeRefund87Status954(item: Refund87): string {
  switch (item.status) {
  case RefundStatus87.Draft:
    return 'Draft';
  case RefundStatus87.Active:
    return 'Active';
  case RefundStatus87.Suspended:
    return 'Suspended';
  case RefundStatus87.Closed:
    return item.amountCents > 0 ? 'Closed' : 'Closed (free)';
  }
}
