import type { Contact196 } from '../models/contact-196';

export function formatContact196Line2500(item: Contact196, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function tierFor2501(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1800) {
    return 'low';
  } else if (amountCents < 12600) {
    return 'mid';
  } else if (amountCents < 37800) {
    return 'high';
  }
  return 'vip';
}

export function paginate2502<T>(items: readonly T[], page: number, size = 33): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy2502<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}
