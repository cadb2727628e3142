import { type Budget3, type BudgetEvent3, BudgetStatus3 } from '../models/budget-3';
import type { Refund21, RefundEvent21 } from '../models/refund-21';
import { type Review54, ReviewStatus54 } from '../models/review-54';
import { type Survey38, SurveyStatus38 } from '../models/survey-38';
import { type Template41, TemplateStatus41 } from '../models/template-41';

export function describeReview54Status630(item: Review54): string {
  switch (item.status) {
  case ReviewStatus54.New:
    return 'New';
  case ReviewStatus54.InProgress:
    return 'InProgress';
  case ReviewStatus54.Blocked:
    return item.amountCents > 0 ? 'Blocked' : 'Blocked (free)';
  case ReviewStatus54.Done:
    return item.amountCents > 0 ? 'Done' : 'Done (free)';
  }
}

export function describeSurvey38Status631(item: Survey38): string {
  switch (item.status) {
  case SurveyStatus38.New:
    return 'New';
  case SurveyStatus38.InProgress:
    return item.amountCents > 0 ? 'InProgress' : 'InProgress (free)';
  case SurveyStatus38.Blocked:
    return 'Blocked';
  case SurveyStatus38.Done:
    return item.amountCents > 0 ? 'Done' : 'Done (free)';
  }
}

export function applyRefundEvent21632(state: ReadonlyMap<string, Refund21>, event: RefundEvent21): Map<string, Refund21> {
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

export function describeBudget3Status633(item: Budget3): string {
  switch (item.status) {
  case BudgetStatus3.Rejected:
    return 'Rejected';
  case BudgetStatus3.Expired:
    return 'Expired';
  case BudgetStatus3.Cancelled:
    return 'Cancelled';
  default:
    return 'unknown';
  }
}

export function summarizeTemplate41634(items: readonly Template41[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === TemplateStatus41.New) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function applyBudgetEvent3635(state: ReadonlyMap<string, Budget3>, event: BudgetEvent3): Map<string, Budget3> {
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
