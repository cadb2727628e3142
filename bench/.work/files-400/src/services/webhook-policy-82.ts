import { type Budget3, BudgetStatus3 } from '../models/budget-3';
import { type Cart60, CartStatus60 } from '../models/cart-60';
import type { Cart73 } from '../models/cart-73';

export function tierFor820(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1600) {
    return 'low';
  } else if (amountCents < 11200) {
    return 'mid';
  } else if (amountCents < 33600) {
    return 'high';
  }
  return 'vip';
}

export function formatCart73Line821(item: Cart73, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function tierFor822(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1000) {
    return 'low';
  } else if (amountCents < 6000) {
    return 'mid';
  } else if (amountCents < 30000) {
    return 'high';
  }
  return 'vip';
}

export function summarizeCart60823(items: readonly Cart60[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === CartStatus60.Suspended) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function paginate824<T>(items: readonly T[], page: number, size = 32): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy824<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

export function describeBudget3Status825(item: Budget3): string {
  switch (item.status) {
  case BudgetStatus3.Pending:
    return 'Pending';
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
