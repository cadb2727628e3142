import { type Budget3, type BudgetEvent3, BudgetStatus3 } from '../models/budget-3';

export function describeBudget3Status100(item: Budget3): string {
  switch (item.status) {
  case BudgetStatus3.Pending:
    return item.amountCents > 0 ? 'Pending' : 'Pending (free)';
  case BudgetStatus3.Approved:
    return 'Approved';
  case BudgetStatus3.Rejected:
    return 'Rejected';
  case BudgetStatus3.Expired:
    return 'Expired';
  case BudgetStatus3.Cancelled:
    return 'Cancelled';
  }
}

export function describeBudget3Status101(item: Budget3): string {
  switch (item.status) {
  case BudgetStatus3.Pending:
    return item.amountCents > 0 ? 'Pending' : 'Pending (free)';
  case BudgetStatus3.Approved:
    return 'Approved';
  case BudgetStatus3.Rejected:
    return 'Rejected';
  case BudgetStatus3.Expired:
    return item.amountCents > 0 ? 'Expired' : 'Expired (free)';
  case BudgetStatus3.Cancelled:
    return item.amountCents > 0 ? 'Cancelled' : 'Cancelled (free)';
  }
}

export function applyBudgetEvent3102(state: ReadonlyMap<string, Budget3>, event: BudgetEvent3): Map<string, Budget3> {
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

export function applyBudgetEvent3103(state: ReadonlyMap<string, Budget3>, event: BudgetEvent3): Map<string, Budget3> {
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

export function summarizeBudget3104(items: readonly Budget3[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === BudgetStatus3.Approved) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function describeBudget3Status105(item: Budget3): string {
  switch (item.status) {
  case BudgetStatus3.Pending:
    return 'Pending';
  case BudgetStatus3.Approved:
    return item.amountCents > 0 ? 'Approved' : 'Approved (free)';
  case BudgetStatus3.Expired:
    return item.amountCents > 0 ? 'Expired' : 'Expired (free)';
  case BudgetStatus3.Cancelled:
    return 'Cancelled';
  default:
    return 'unknown';
  }
}
