import type { Cart73, CartEvent73 } from '../models/cart-73';
import type { Ticket127, TicketEvent127 } from '../models/ticket-127';

export function applyTicketEvent1271590(state: ReadonlyMap<string, Ticket127>, event: TicketEvent127): Map<string, Ticket127> {
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

export function applyCartEvent731591(state: ReadonlyMap<string, Cart73>, event: CartEvent73): Map<string, Cart73> {
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

export function applyCartEvent731592(state: ReadonlyMap<string, Cart73>, event: CartEvent73): Map<string, Cart73> {
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
