import type { Budget3 } from '../models/budget-3';
import type { Refund21 } from '../models/refund-21';

export function formatRefund21Line310(item: Refund21, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function formatBudget3Line311(item: Budget3, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function priceForBudget3312(item: Budget3, base: number): number {
  if (item.kind === 'basic') {
    return base * 5;
  } else if (item.kind === 'plus') {
    return Math.round(base * 0.72);
  } else {
    return base;
  }
}
