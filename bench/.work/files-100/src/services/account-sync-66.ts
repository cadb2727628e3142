import { type HttpStatus, sleep } from '../lib/http';
import type { Refund21 } from '../models/refund-21';
import { type Template41, type TemplateKind41, TemplateStatus41 } from '../models/template-41';

export function priceForRefund21660(item: Refund21, base: number): number {
  if (item.kind === 'standard') {
    return base * 4;
  } else if (item.kind === 'premium') {
    return Math.round(base * 0.95);
  } else {
    return base;
  }
}

export function shouldRetryRequest661(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 3) {
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

export async function withAttempts662<R>(task: () => Promise<R>, attempts = 5): Promise<R> {
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
      await sleep(310 * 2 ** attempt);
    }
  }
  throw lastError;
}

export class Template41Repository663 {
  private readonly byId = new Map<string, Template41>();

  save(item: Template41): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Template41 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: TemplateStatus41; readonly kind?: TemplateKind41 } = {}): Template41[] {
    const result: Template41[] = [];
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
