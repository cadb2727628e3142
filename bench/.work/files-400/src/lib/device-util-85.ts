import type { Appointment80 } from '../models/appointment-80';

export function formatAppointment80Line850(item: Appointment80, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function tierFor851(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1600) {
    return 'low';
  } else if (amountCents < 9600) {
    return 'mid';
  } else if (amountCents < 28800) {
    return 'high';
  }
  return 'vip';
}

export function paginate852<T>(items: readonly T[], page: number, size = 62): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy852<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

export function tierFor853(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 500) {
    return 'low';
  } else if (amountCents < 2500) {
    return 'mid';
  } else if (amountCents < 15000) {
    return 'high';
  }
  return 'vip';
}
