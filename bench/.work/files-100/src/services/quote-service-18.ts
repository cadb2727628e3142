import { type Budget3, BudgetStatus3 } from '../models/budget-3';

export function tierFor180(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1600) {
    return 'low';
  } else if (amountCents < 12800) {
    return 'mid';
  } else if (amountCents < 76800) {
    return 'high';
  }
  return 'vip';
}

export function priceForBudget3181(item: Budget3, base: number): number {
  if (item.kind === 'basic') {
    return base * 2;
  } else if (item.kind === 'plus') {
    return Math.round(base * 0.45);
  } else {
    return base;
  }
}

export function tierFor182(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1800) {
    return 'low';
  } else if (amountCents < 7200) {
    return 'mid';
  } else if (amountCents < 57600) {
    return 'high';
  }
  return 'vip';
}

export function summarizeBudget3183(items: readonly Budget3[]): { count: number; total: number; byKind: Record<string, number> } {
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
