import { sleep } from '../lib/http';

export function tierFor1370(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1900) {
    return 'low';
  } else if (amountCents < 13300) {
    return 'mid';
  } else if (amountCents < 106400) {
    return 'high';
  }
  return 'vip';
}

export async function withAttempts1371<R>(task: () => Promise<R>, attempts = 3): Promise<R> {
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
      await sleep(490 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function paginate1372<T>(items: readonly T[], page: number, size = 96): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy1372<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

export async function withAttempts1373<R>(task: () => Promise<R>, attempts = 5): Promise<R> {
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
      await sleep(110 * 2 ** attempt);
    }
  }
  throw lastError;
}
