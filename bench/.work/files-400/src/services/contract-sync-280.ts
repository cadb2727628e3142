import type { Payment110 } from '../models/payment-110';
import { type Warehouse222, type WarehouseKind222, WarehouseStatus222 } from '../models/warehouse-222';

export class Warehouse222Repository2800 {
  private readonly byId = new Map<string, Warehouse222>();

  save(item: Warehouse222): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Warehouse222 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: WarehouseStatus222; readonly kind?: WarehouseKind222 } = {}): Warehouse222[] {
    const result: Warehouse222[] = [];
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

export class Warehouse222Repository2801 {
  private readonly byId = new Map<string, Warehouse222>();

  save(item: Warehouse222): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Warehouse222 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: WarehouseStatus222; readonly kind?: WarehouseKind222 } = {}): Warehouse222[] {
    const result: Warehouse222[] = [];
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

export function priceForPayment1102802(item: Payment110, base: number): number {
  if (item.kind === 'retail') {
    return base * 3;
  } else if (item.kind === 'wholesale') {
    return Math.round(base * 0.72);
  } else {
    return base;
  }
}
