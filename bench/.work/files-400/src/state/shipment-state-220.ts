import { type Cart73, type CartKind73, CartStatus73 } from '../models/cart-73';
import type { Device195, DeviceEvent195 } from '../models/device-195';
import { type Driver210, DriverStatus210 } from '../models/driver-210';
import { type Product169, ProductStatus169 } from '../models/product-169';

export function applyDeviceEvent1952200(state: ReadonlyMap<string, Device195>, event: DeviceEvent195): Map<string, Device195> {
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

export function summarizeDriver2102201(items: readonly Driver210[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === DriverStatus210.Approved) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function describeProduct169Status2202(item: Product169): string {
  switch (item.status) {
  case ProductStatus169.Pending:
    return 'Pending';
  case ProductStatus169.Approved:
    return 'Approved';
  case ProductStatus169.Expired:
    return 'Expired';
  case ProductStatus169.Cancelled:
    return 'Cancelled';
  default:
    return 'unknown';
  }
}

export class Cart73Repository2203 {
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
