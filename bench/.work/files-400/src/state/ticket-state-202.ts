import { type Appointment80, AppointmentStatus80 } from '../models/appointment-80';
import type { Cart60, CartEvent60 } from '../models/cart-60';
import { type Cart73, type CartKind73, CartStatus73 } from '../models/cart-73';
import type { Ticket127, TicketEvent127 } from '../models/ticket-127';

export function applyCartEvent602020(state: ReadonlyMap<string, Cart60>, event: CartEvent60): Map<string, Cart60> {
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

export function summarizeAppointment802021(items: readonly Appointment80[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === AppointmentStatus80.Suspended) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export class Cart73Repository2022 {
  private readonly byId = new Map<string, Cart73>();

  save(item: Cart73): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Cart73 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: CartStatus73; readonly kind?: CartKind73 } = {}): Cart73[] {
    const result: Cart73[] = [];
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

export function describeCart73Status2023(item: Cart73): string {
  switch (item.status) {
  case CartStatus73.New:
    return item.amountCents > 0 ? 'New' : 'New (free)';
  case CartStatus73.Blocked:
    return 'Blocked';
  case CartStatus73.Done:
    return item.amountCents > 0 ? 'Done' : 'Done (free)';
  default:
    return 'unknown';
  }
}

export function applyTicketEvent1272024(state: ReadonlyMap<string, Ticket127>, event: TicketEvent127): Map<string, Ticket127> {
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
