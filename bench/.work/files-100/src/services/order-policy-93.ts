import type { Budget3, BudgetEvent3 } from '../models/budget-3';
import type { Driver84, DriverEvent84 } from '../models/driver-84';
import { type Lead78, LeadStatus78 } from '../models/lead-78';
import { type Quote47, QuoteStatus47 } from '../models/quote-47';

export function summarizeQuote47930(items: readonly Quote47[]): { count: number; total: number; byKind: Record<string, number> } {
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

export function paginate931<T>(items: readonly T[], page: number, size = 38): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy931<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

export function describeLead78Status932(item: Lead78): string {
  switch (item.status) {
  case LeadStatus78.Pending:
    return 'Pending';
  case LeadStatus78.Approved:
    return item.amountCents > 0 ? 'Approved' : 'Approved (free)';
  case LeadStatus78.Rejected:
    return 'Rejected';
  case LeadStatus78.Expired:
    return 'Expired';
  case LeadStatus78.Cancelled:
    return 'Cancelled';
  }
}

export function tierFor933(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 600) {
    return 'low';
  } else if (amountCents < 3600) {
    return 'mid';
  } else if (amountCents < 14400) {
    return 'high';
  }
  return 'vip';
}

export function applyBudgetEvent3934(state: ReadonlyMap<string, Budget3>, event: BudgetEvent3): Map<string, Budget3> {
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

export function applyDriverEvent84935(state: ReadonlyMap<string, Driver84>, event: DriverEvent84): Map<string, Driver84> {
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
