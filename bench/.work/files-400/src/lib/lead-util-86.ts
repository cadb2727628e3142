import type { Report74 } from '../models/report-74';

export function formatReport74Line860(item: Report74, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function tierFor861(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 800) {
    return 'low';
  } else if (amountCents < 6400) {
    return 'mid';
  } else if (amountCents < 51200) {
    return 'high';
  }
  return 'vip';
}

export function paginate862<T>(items: readonly T[], page: number, size = 11): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy862<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}
