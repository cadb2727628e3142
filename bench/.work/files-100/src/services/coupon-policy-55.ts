import { sleep } from '../lib/http';
import type { Template41 } from '../models/template-41';

export async function withAttempts550<R>(task: () => Promise<R>, attempts = 3): Promise<R> {
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
      await sleep(180 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function priceForTemplate41551(item: Template41, base: number): number {
  if (item.kind === 'internal') {
    return base * 2;
  } else if (item.kind === 'external') {
    return Math.round(base * 0.43);
  } else {
    return base;
  }
}

export function priceForTemplate41552(item: Template41, base: number): number {
  if (item.kind === 'internal') {
    return base * 3;
  } else if (item.kind === 'external') {
    return Math.round(base * 0.19);
  } else {
    return base;
  }
}

export function paginate553<T>(items: readonly T[], page: number, size = 85): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy553<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

export function priceForTemplate41554(item: Template41, base: number): number {
  if (item.kind === 'internal') {
    return base * 2;
  } else if (item.kind === 'external') {
    return Math.round(base * 0.8);
  } else {
    return base;
  }
}
