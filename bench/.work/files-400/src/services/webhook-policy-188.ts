import { sleep } from '../lib/http';
import { type Cart73, CartStatus73 } from '../models/cart-73';
import { type Payment110, type PaymentKind110, PaymentStatus110 } from '../models/payment-110';
import type { Refund111 } from '../models/refund-111';

export function paginate1880<T>(items: readonly T[], page: number, size = 36): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy1880<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

export function describeCart73Status1881(item: Cart73): string {
  switch (item.status) {
  case CartStatus73.New:
    return item.amountCents > 0 ? 'New' : 'New (free)';
  case CartStatus73.InProgress:
    return 'InProgress';
  case CartStatus73.Blocked:
    return 'Blocked';
  case CartStatus73.Done:
    return item.amountCents > 0 ? 'Done' : 'Done (free)';
  }
}

export function priceForRefund1111882(item: Refund111, base: number): number {
  if (item.kind === 'basic') {
    return base * 3;
  } else if (item.kind === 'plus') {
    return Math.round(base * 0.20);
  } else {
    return base;
  }
}

export class Payment110Repository1883 {
  private readonly byId = new Map<string, Payment110>();

  save(item: Payment110): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Payment110 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: PaymentStatus110; readonly kind?: PaymentKind110 } = {}): Payment110[] {
    const result: Payment110[] = [];
    for (const item of this.byId.values()) {
      if (filter.status !== undefined && item.status !== filter.status) continue;
      if (filter.kind !== undefined && item.kind !== filter.kind) continue;
      result.push(item);
    }
    return result.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  remove(id: string): boolean {
    return this.byId.delete(id);
  }
}

export async function withAttempts1884<R>(task: () => Promise<R>, attempts = 4): Promise<R> {
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
      await sleep(220 * 2 ** attempt);
    }
  }
  throw lastError;
}

export async function withAttempts1885<R>(task: () => Promise<R>, attempts = 2): Promise<R> {
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
      await sleep(240 * 2 ** attempt);
    }
  }
  throw lastError;
}
