import { type Budget3, type BudgetKind3, BudgetStatus3 } from '../models/budget-3';
import { type Review54, ReviewStatus54 } from '../models/review-54';

export class Budget3Repository640 {
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

export function summarizeBudget3641(items: readonly Budget3[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === BudgetStatus3.Pending) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function summarizeReview54642(items: readonly Review54[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === ReviewStatus54.New) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}
