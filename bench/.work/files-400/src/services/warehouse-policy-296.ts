import { sleep } from '../lib/http';
import { type Cart249, CartStatus249 } from '../models/cart-249';
import { type Cart73, type CartKind73, CartStatus73 } from '../models/cart-73';

export async function withAttempts2960<R>(task: () => Promise<R>, attempts = 5): Promise<R> {
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
      await sleep(200 * 2 ** attempt);
    }
  }
  throw lastError;
}

export class Cart73Repository2961 {
  private readonly byId = new Map<string, Cart73>();

  save(item: Cart73): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Cart73 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: CartStatus73; readonly kind?: CartKind73 } = {}): Cart73[] {
    const result: Cart73[] = [];
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

export function describeCart249Status2962(item: Cart249): string {
  switch (item.status) {
  case CartStatus249.New:
    return 'New';
  case CartStatus249.InProgress:
    return 'InProgress';
  case CartStatus249.Blocked:
    return 'Blocked';
  case CartStatus249.Done:
    return 'Done';
  }
}
