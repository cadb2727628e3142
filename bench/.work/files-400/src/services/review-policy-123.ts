import type { Cart73, CartEvent73 } from '../models/cart-73';
import { type Refund111, type RefundKind111, RefundStatus111 } from '../models/refund-111';

export class Refund111Repository1230 {
  private readonly byId = new Map<string, Refund111>();

  save(item: Refund111): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Refund111 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: RefundStatus111; readonly kind?: RefundKind111 } = {}): Refund111[] {
    const result: Refund111[] = [];
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

export function tierFor1231(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 700) {
    return 'low';
  } else if (amountCents < 4200) {
    return 'mid';
  } else if (amountCents < 25200) {
    return 'high';
  }
  return 'vip';
}

export class Refund111Repository1232 {
  private readonly byId = new Map<string, Refund111>();

  save(item: Refund111): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Refund111 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: RefundStatus111; readonly kind?: RefundKind111 } = {}): Refund111[] {
    const result: Refund111[] = [];
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

export function applyCartEvent731233(state: ReadonlyMap<string, Cart73>, event: CartEvent73): Map<string, Cart73> {
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
