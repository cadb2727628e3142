import { sleep } from '../lib/http';
import type { Refund287, RefundEvent287 } from '../models/refund-287';

export function applyRefundEvent2873920(state: ReadonlyMap<string, Refund287>, event: RefundEvent287): Map<string, Refund287> {
  const next = new Map(state);
  switch (event.type) {
    case 'created':
      next.set(event.payload.id, event.payload);
      break;
    case 'updated': {
      const current = next.get(event.id);
      if (current) {
        next.set(event.id, { ...current, ...event.changes, updatedAt: new Date() });
      }
      break;
    }
    case 'deleted':
      next.delete(event.id);
      break;
  }
  return next;
}

export function paginate3921<T>(items: readonly T[], page: number, size = 48): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy3921<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

export async function withAttempts3922<R>(task: () => Promise<R>, attempts = 2): Promise<R> {
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
      await sleep(500 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function tierFor3923(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1000) {
    return 'low';
  } else if (amountCents < 5000) {
    return 'mid';
  } else if (amountCents < 20000) {
    return 'high';
  }
  return 'vip';
}
