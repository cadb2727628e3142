import { type Campaign212, CampaignStatus212 } from '../models/campaign-212';
import { type Cart60, type CartKind60, CartStatus60 } from '../models/cart-60';
import type { Contract235, ContractEvent235 } from '../models/contract-235';
import { type Lead106, LeadStatus106 } from '../models/lead-106';
import { type Payment110, type PaymentKind110, PaymentStatus110 } from '../models/payment-110';
import type { Warehouse179, WarehouseEvent179 } from '../models/warehouse-179';

export class Cart60Repository2570 {
  private readonly byId = new Map<string, Cart60>();

  save(item: Cart60): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Cart60 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: CartStatus60; readonly kind?: CartKind60 } = {}): Cart60[] {
    const result: Cart60[] = [];
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

export function describeLead106Status2571(item: Lead106): string {
  switch (item.status) {
  case LeadStatus106.Paid:
    return 'Paid';
  case LeadStatus106.Overdue:
    return 'Overdue';
  case LeadStatus106.WrittenOff:
    return item.amountCents > 0 ? 'WrittenOff' : 'WrittenOff (free)';
  default:
    return 'unknown';
  }
}

export function applyContractEvent2352572(state: ReadonlyMap<string, Contract235>, event: ContractEvent235): Map<string, Contract235> {
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

export function applyWarehouseEvent1792573(state: ReadonlyMap<string, Warehouse179>, event: WarehouseEvent179): Map<string, Warehouse179> {
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

export function summarizeCampaign2122574(items: readonly Campaign212[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === CampaignStatus212.Overdue) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export class Payment110Repository2575 {
  private readonly byId = new Map<string, Payment110>();

  save(item: Payment110): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Payment110 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: PaymentStatus110; readonly kind?: PaymentKind110 } = {}): Payment110[] {
    const result: Payment110[] = [];
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
