import type { Cart278, CartEvent278 } from '../models/cart-278';
import { type Customer163, CustomerStatus163 } from '../models/customer-163';
import type { Refund87, RefundEvent87 } from '../models/refund-87';

export function describeCustomer163Status3340(item: Customer163): string {
  switch (item.status) {
  case CustomerStatus163.Open:
    return 'Open';
  case CustomerStatus163.Paid:
    return 'Paid';
  default:
    return 'unknown';
  }
}

export function applyRefundEvent873341(state: ReadonlyMap<string, Refund87>, event: RefundEvent87): Map<string, Refund87> {
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

export function applyCartEvent2783342(state: ReadonlyMap<string, Cart278>, event: CartEvent278): Map<string, Cart278> {
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
