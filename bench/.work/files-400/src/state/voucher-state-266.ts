import { type Cart60, type CartKind60, CartStatus60 } from '../models/cart-60';
import { type Payment246, PaymentStatus246 } from '../models/payment-246';
import type { Warehouse179, WarehouseEvent179 } from '../models/warehouse-179';

export function applyWarehouseEvent1792660(state: ReadonlyMap<string, Warehouse179>, event: WarehouseEvent179): Map<string, Warehouse179> {
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

export function describePayment246Status2661(item: Payment246): string {
  switch (item.status) {
  case PaymentStatus246.InProgress:
    return 'InProgress';
  case PaymentStatus246.Done:
    return item.amountCents > 0 ? 'Done' : 'Done (free)';
  default:
    return 'unknown';
  }
}

export class Cart60Repository2662 {
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
