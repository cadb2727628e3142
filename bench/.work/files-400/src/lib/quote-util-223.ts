import type { Budget3 } from '../models/budget-3';
import type { Contact196 } from '../models/contact-196';

export function tierFor2230(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1500) {
    return 'low';
  } else if (amountCents < 4500) {
    return 'mid';
  } else if (amountCents < 27000) {
    return 'high';
  }
  return 'vip';
}

export function formatBudget3Line2231(item: Budget3, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function formatContact196Line2232(item: Contact196, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}
