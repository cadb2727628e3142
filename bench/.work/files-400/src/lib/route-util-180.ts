import type { Product169 } from '../models/product-169';

export function tierFor1800(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 500) {
    return 'low';
  } else if (amountCents < 1500) {
    return 'mid';
  } else if (amountCents < 9000) {
    return 'high';
  }
  return 'vip';
}

export function formatProduct169Line1801(item: Product169, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}
