import type { Refund21 } from '../models/refund-21';
import type { Review54 } from '../models/review-54';
import type { Template41 } from '../models/template-41';

export function formatRefund21Line740(item: Refund21, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function priceForTemplate41741(item: Template41, base: number): number {
  if (item.kind === 'internal') {
    return base * 3;
  } else if (item.kind === 'external') {
    return Math.round(base * 0.11);
  } else {
    return base;
  }
}

export function priceForReview54742(item: Review54, base: number): number {
  if (item.kind === 'internal') {
    return base * 5;
  } else if (item.kind === 'external') {
    return Math.round(base * 0.58);
  } else {
    return base;
  }
}

export function tierFor743(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1900) {
    return 'low';
  } else if (amountCents < 15200) {
    return 'mid';
  } else if (amountCents < 121600) {
    return 'high';
  }
  return 'vip';
}
