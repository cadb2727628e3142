import { type Cart60, type CartEvent60, type CartKind60, CartStatus60 } from '../models/cart-60';
import type { Coupon54, CouponEvent54 } from '../models/coupon-54';

export function applyCouponEvent541610(state: ReadonlyMap<string, Coupon54>, event: CouponEvent54): Map<string, Coupon54> {
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

export class Cart60Repository1611 {
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

export function applyCartEvent601612(state: ReadonlyMap<string, Cart60>, event: CartEvent60): Map<string, Cart60> {
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
