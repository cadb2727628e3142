import type { Cart278 } from '../models/cart-278';
import type { Contact237 } from '../models/contact-237';
import type { Warehouse179, WarehouseEvent179 } from '../models/warehouse-179';

export function paginate2980<T>(items: readonly T[], page: number, size = 20): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy2980<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

export function applyWarehouseEvent1792981(state: ReadonlyMap<string, Warehouse179>, event: WarehouseEvent179): Map<string, Warehouse179> {
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

export function priceForCart2782982(item: Cart278, base: number): number {
  if (item.kind === 'internal') {
    return base * 2;
  } else if (item.kind === 'external') {
    return Math.round(base * 0.59);
  } else {
    return base;
  }
}

export function priceForContact2372983(item: Contact237, base: number): number {
  if (item.kind === 'internal') {
    return base * 3;
  } else if (item.kind === 'external') {
    return Math.round(base * 0.89);
  } else {
    return base;
  }
}
