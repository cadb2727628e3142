import { type HttpStatus, sleep } from '../lib/http';
import { type Customer271, type CustomerKind271, CustomerStatus271 } from '../models/customer-271';
import type { Ticket127 } from '../models/ticket-127';

export async function withAttempts3330<R>(task: () => Promise<R>, attempts = 3): Promise<R> {
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
      await sleep(320 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function shouldRetryRequest3331(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 6) {
    return false;
  }
  if (status === 429) {
    return true;
  } else if (status === 502 || status === 503 || status === 504) {
    return true;
  } else if (status >= 400 && status < 500) {
    return false;
  }
  return status >= 500;
}

export function priceForTicket1273332(item: Ticket127, base: number): number {
  if (item.kind === 'basic') {
    return base * 2;
  } else if (item.kind === 'plus') {
    return Math.round(base * 0.29);
  } else {
    return base;
  }
}

export class Customer271Repository3333 {
  private readonly byId = new Map<string, Customer271>();

  save(item: Customer271): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Customer271 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: CustomerStatus271; readonly kind?: CustomerKind271 } = {}): Customer271[] {
    const result: Customer271[] = [];
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
