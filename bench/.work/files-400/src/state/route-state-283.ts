import type { Cart249, CartEvent249 } from '../models/cart-249';
import { type Refund87, RefundStatus87 } from '../models/refund-87';
import { type Report74, ReportStatus74 } from '../models/report-74';
import type { Warehouse179, WarehouseEvent179 } from '../models/warehouse-179';

export function summarizeRefund872830(items: readonly Refund87[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === RefundStatus87.Draft) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function describeReport74Status2831(item: Report74): string {
  switch (item.status) {
  case ReportStatus74.Draft:
    return 'Draft';
  case ReportStatus74.Active:
    return 'Active';
  case ReportStatus74.Suspended:
    return 'Suspended';
  default:
    return 'unknown';
  }
}

export function applyCartEvent2492832(state: ReadonlyMap<string, Cart249>, event: CartEvent249): Map<string, Cart249> {
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

export function applyWarehouseEvent1792833(state: ReadonlyMap<string, Warehouse179>, event: WarehouseEvent179): Map<string, Warehouse179> {
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
