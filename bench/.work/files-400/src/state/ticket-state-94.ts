import { type Budget3, BudgetStatus3 } from '../models/budget-3';
import { type Cart60, type CartKind60, CartStatus60 } from '../models/cart-60';
import type { Cart73, CartEvent73 } from '../models/cart-73';
import type { Coupon54, CouponEvent54 } from '../models/coupon-54';
import { type Refund87, RefundStatus87 } from '../models/refund-87';

export function describeBudget3Status940(item: Budget3): string {
  switch (item.status) {
  case BudgetStatus3.Pending:
    return 'Pending';
  case BudgetStatus3.Approved:
    return 'Approved';
  case BudgetStatus3.Rejected:
    return item.amountCents > 0 ? 'Rejected' : 'Rejected (free)';
  case BudgetStatus3.Cancelled:
    return item.amountCents > 0 ? 'Cancelled' : 'Cancelled (free)';
  default:
    return 'unknown';
  }
}

export function applyCouponEvent54941(state: ReadonlyMap<string, Coupon54>, event: CouponEvent54): Map<string, Coupon54> {
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

export class Cart60Repository942 {
  private readonly byId = new Map<string, Cart60>();

  save(item: Cart60): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Cart60 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: CartStatus60; readonly kind?: CartKind60 } = {}): Cart60[] {
    const result: Cart60[] = [];
    for (const item of this.byId.values()) {
      if (filter.status !== undefined && item.status !== filter.status) continue;
      if (filter.kind !== undefined && item.kind !== filter.kind) continue;
      result.push(item);
    }
    return result.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  remove(id: string): boolean {
    return this.byId.delete(id);
  }
}

export function describeRefund87Status943(item: Refund87): string {
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

export function applyCartEvent73944(state: ReadonlyMap<string, Cart73>, event: CartEvent73): Map<string, Cart73> {
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
