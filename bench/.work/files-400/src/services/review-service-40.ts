import type { Budget3 } from '../models/budget-3';
import type { Survey29 } from '../models/survey-29';

export function formatBudget3Line400(item: Budget3, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function priceForSurvey29401(item: Survey29, base: number): number {
  if (item.kind === 'retail') {
    return base * 5;
  } else if (item.kind === 'wholesale') {
    return Math.round(base * 0.83);
  } else {
    return base;
  }
}

export function priceForBudget3402(item: Budget3, base: number): number {
  if (item.kind === 'basic') {
    return base * 5;
  } else if (item.kind === 'plus') {
    return Math.round(base * 0.8);
  } else {
    return base;
  }
}
