import { type Budget3, type BudgetKind3, BudgetStatus3 } from '../models/budget-3';
import { type Quote47, QuoteStatus47 } from '../models/quote-47';
import { type Refund21, type RefundKind21, RefundStatus21 } from '../models/refund-21';
import type { Review54, ReviewEvent54 } from '../models/review-54';

export class Refund21Repository670 {
  private readonly byId = new Map<string, Refund21>();

  save(item: Refund21): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Refund21 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: RefundStatus21; readonly kind?: RefundKind21 } = {}): Refund21[] {
    const result: Refund21[] = [];
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

export class Budget3Repository671 {
  private readonly byId = new Map<string, Budget3>();

  save(item: Budget3): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Budget3 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: BudgetStatus3; readonly kind?: BudgetKind3 } = {}): Budget3[] {
    const result: Budget3[] = [];
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

export function applyReviewEvent54672(state: ReadonlyMap<string, Review54>, event: ReviewEvent54): Map<string, Review54> {
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

export function summarizeQuote47673(items: readonly Quote47[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === QuoteStatus47.Closed) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}
