import type { Budget3, BudgetEvent3 } from '../models/budget-3';
import { type Refund21, RefundStatus21 } from '../models/refund-21';
import { type Review54, ReviewStatus54 } from '../models/review-54';

export function summarizeReview54720(items: readonly Review54[]): { count: number; total: number; byKind: Record<string, number> } {
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

export function summarizeRefund21721(items: readonly Refund21[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === RefundStatus21.Paid) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function summarizeRefund21722(items: readonly Refund21[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === RefundStatus21.Open) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function applyBudgetEvent3723(state: ReadonlyMap<string, Budget3>, event: BudgetEvent3): Map<string, Budget3> {
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
