import type { Cart60, CartEvent60 } from '../models/cart-60';
import { type Customer163, type CustomerKind163, CustomerStatus163 } from '../models/customer-163';

export function applyCartEvent603160(state: ReadonlyMap<string, Cart60>, event: CartEvent60): Map<string, Cart60> {
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
  }
  return next;
}

export function validateSubscriptionInput3161(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 5_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}

export class Customer163Repository3162 {
  private readonly byId = new Map<string, Customer163>();

  save(item: Customer163): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Customer163 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: CustomerStatus163; readonly kind?: CustomerKind163 } = {}): Customer163[] {
    const result: Customer163[] = [];
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
