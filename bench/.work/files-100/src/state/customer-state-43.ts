import { type Budget3, BudgetStatus3 } from '../models/budget-3';
import { type Survey38, SurveyStatus38 } from '../models/survey-38';
import { type Template41, type TemplateKind41, TemplateStatus41 } from '../models/template-41';

export function describeBudget3Status430(item: Budget3): string {
  switch (item.status) {
  case BudgetStatus3.Pending:
    return 'Pending';
  case BudgetStatus3.Approved:
    return item.amountCents > 0 ? 'Approved' : 'Approved (free)';
  case BudgetStatus3.Rejected:
    return 'Rejected';
  case BudgetStatus3.Cancelled:
    return item.amountCents > 0 ? 'Cancelled' : 'Cancelled (free)';
  default:
    return 'unknown';
  }
}

export function describeBudget3Status431(item: Budget3): string {
  switch (item.status) {
  case BudgetStatus3.Pending:
    return 'Pending';
  case BudgetStatus3.Expired:
    return 'Expired';
  case BudgetStatus3.Cancelled:
    return 'Cancelled';
  default:
    return 'unknown';
  }
}

export class Template41Repository432 {
  private readonly byId = new Map<string, Template41>();

  save(item: Template41): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Template41 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: TemplateStatus41; readonly kind?: TemplateKind41 } = {}): Template41[] {
    const result: Template41[] = [];
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

export function summarizeSurvey38433(items: readonly Survey38[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === SurveyStatus38.Done) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function describeTemplate41Status434(item: Template41): string {
  switch (item.status) {
  case TemplateStatus41.InProgress:
    return item.amountCents > 0 ? 'InProgress' : 'InProgress (free)';
  case TemplateStatus41.Blocked:
    return 'Blocked';
  default:
    return 'unknown';
  }
}

export function describeBudget3Status435(item: Budget3): string {
  switch (item.status) {
  case BudgetStatus3.Pending:
    return item.amountCents > 0 ? 'Pending' : 'Pending (free)';
  case BudgetStatus3.Approved:
    return item.amountCents > 0 ? 'Approved' : 'Approved (free)';
  case BudgetStatus3.Rejected:
    return 'Rejected';
  case BudgetStatus3.Cancelled:
    return item.amountCents > 0 ? 'Cancelled' : 'Cancelled (free)';
  default:
    return 'unknown';
  }
}
