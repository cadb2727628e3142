import { type Budget3, BudgetStatus3 } from '../models/budget-3';
import type { Campaign212, CampaignEvent212 } from '../models/campaign-212';
import type { Invoice189, InvoiceEvent189 } from '../models/invoice-189';
import { type Payment110, type PaymentKind110, PaymentStatus110 } from '../models/payment-110';
import type { Refund170, RefundEvent170 } from '../models/refund-170';

export class Payment110Repository2470 {
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

export function applyCampaignEvent2122471(state: ReadonlyMap<string, Campaign212>, event: CampaignEvent212): Map<string, Campaign212> {
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

export function applyRefundEvent1702472(state: ReadonlyMap<string, Refund170>, event: RefundEvent170): Map<string, Refund170> {
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

export function summarizeBudget32473(items: readonly Budget3[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === BudgetStatus3.Expired) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function applyInvoiceEvent1892474(state: ReadonlyMap<string, Invoice189>, event: InvoiceEvent189): Map<string, Invoice189> {
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
