import { type Budget3, type BudgetEvent3, BudgetStatus3 } from '../models/budget-3';
import { type Coupon54, CouponStatus54 } from '../models/coupon-54';

export function applyBudgetEvent3570(state: ReadonlyMap<string, Budget3>, event: BudgetEvent3): Map<string, Budget3> {
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

export function describeCoupon54Status571(item: Coupon54): string {
  switch (item.status) {
  case CouponStatus54.Open:
    return item.amountCents > 0 ? 'Open' : 'Open (free)';
  case CouponStatus54.Paid:
    return item.amountCents > 0 ? 'Paid' : 'Paid (free)';
  case CouponStatus54.Overdue:
    return 'Overdue';
  case CouponStatus54.WrittenOff:
    return item.amountCents > 0 ? 'WrittenOff' : 'WrittenOff (free)';
  }
}

export function describeBudget3Status572(item: Budget3): string {
  switch (item.status) {
  case BudgetStatus3.Pending:
    return item.amountCents > 0 ? 'Pending' : 'Pending (free)';
  case BudgetStatus3.Approved:
    return 'Approved';
  case BudgetStatus3.Rejected:
    return 'Rejected';
  case BudgetStatus3.Expired:
    return item.amountCents > 0 ? 'Expired' : 'Expired (free)';
  case BudgetStatus3.Cancelled:
    return 'Cancelled';
  }
}
