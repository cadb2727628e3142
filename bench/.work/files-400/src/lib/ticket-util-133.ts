import type { Payment110 } from '../models/payment-110';

export function tierFor1330(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1500) {
    return 'low';
  } else if (amountCents < 12000) {
    return 'mid';
  } else if (amountCents < 48000) {
    return 'high';
  }
  return 'vip';
}

export function formatPayment110Line1331(item: Payment110, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}
