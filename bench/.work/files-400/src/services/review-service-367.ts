import { type Contract235, ContractStatus235 } from '../models/contract-235';
import type { Payment352 } from '../models/payment-352';
import { type Warehouse179, type WarehouseKind179, WarehouseStatus179 } from '../models/warehouse-179';

export function tierFor3670(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1900) {
    return 'low';
  } else if (amountCents < 15200) {
    return 'mid';
  } else if (amountCents < 121600) {
    return 'high';
  }
  return 'vip';
}

export function summarizeContract2353671(items: readonly Contract235[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === ContractStatus235.New) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export class Warehouse179Repository3672 {
  private readonly byId = new Map<string, Warehouse179>();

  save(item: Warehouse179): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Warehouse179 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: WarehouseStatus179; readonly kind?: WarehouseKind179 } = {}): Warehouse179[] {
    const result: Warehouse179[] = [];
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

export function formatPayment352Line3673(item: Payment352, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}
