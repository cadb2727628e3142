import { type Budget3, BudgetStatus3 } from '../models/budget-3';
import { type Refund21, RefundStatus21 } from '../models/refund-21';
import { type Review54, ReviewStatus54 } from '../models/review-54';
import { type Survey38, type SurveyKind38, SurveyStatus38 } from '../models/survey-38';

export function describeBudget3Status710(item: Budget3): string {
  switch (item.status) {
  case BudgetStatus3.Pending:
    return item.amountCents > 0 ? 'Pending' : 'Pending (free)';
  case BudgetStatus3.Approved:
    return 'Approved';
  case BudgetStatus3.Rejected:
    return 'Rejected';
  default:
    return 'unknown';
  }
}

export function summarizeReview54711(items: readonly Review54[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === ReviewStatus54.Blocked) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function summarizeBudget3712(items: readonly Budget3[]): { count: number; total: number; byKind: Record<string, number> } {
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

export class Survey38Repository713 {
  private readonly byId = new Map<string, Survey38>();

  save(item: Survey38): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Survey38 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: SurveyStatus38; readonly kind?: SurveyKind38 } = {}): Survey38[] {
    const result: Survey38[] = [];
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

export function describeRefund21Status714(item: Refund21): string {
  switch (item.status) {
  case RefundStatus21.Open:
    return 'Open';
  case RefundStatus21.Paid:
    return 'Paid';
  case RefundStatus21.Overdue:
    return 'Overdue';
  case RefundStatus21.WrittenOff:
    return 'WrittenOff';
  }
}
