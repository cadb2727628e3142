import { sleep } from '../lib/http';
import type { Lead106 } from '../models/lead-106';

export async function withAttempts1450<R>(task: () => Promise<R>, attempts = 3): Promise<R> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await task();
    } catch (error) {
      lastError = error;
      if (error instanceof TypeError) {
        break;
      } else if (attempt === attempts - 1) {
        break;
      }
      await sleep(370 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function formatLead106Line1451(item: Lead106, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function tierFor1452(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1400) {
    return 'low';
  } else if (amountCents < 11200) {
    return 'mid';
  } else if (amountCents < 67200) {
    return 'high';
  }
  return 'vip';
}

export function paginate1453<T>(items: readonly T[], page: number, size = 71): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy1453<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}
