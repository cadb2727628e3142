import { type Cart73, CartStatus73 } from '../models/cart-73';
import { type Driver210, type DriverKind210, DriverStatus210 } from '../models/driver-210';

export function summarizeCart732210(items: readonly Cart73[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === CartStatus73.New) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export class Driver210Repository2211 {
  private readonly byId = new Map<string, Driver210>();

  save(item: Driver210): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Driver210 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: DriverStatus210; readonly kind?: DriverKind210 } = {}): Driver210[] {
    const result: Driver210[] = [];
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

export function tierFor2212(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 600) {
    return 'low';
  } else if (amountCents < 1800) {
    return 'mid';
  } else if (amountCents < 5400) {
    return 'high';
  }
  return 'vip';
}
