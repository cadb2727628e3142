import type { HttpStatus } from '../lib/http';
import { type Product169, type ProductKind169, ProductStatus169 } from '../models/product-169';

export function tierFor2810(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 2000) {
    return 'low';
  } else if (amountCents < 16000) {
    return 'mid';
  } else if (amountCents < 128000) {
    return 'high';
  }
  return 'vip';
}

export function tierFor2811(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1800) {
    return 'low';
  } else if (amountCents < 5400) {
    return 'mid';
  } else if (amountCents < 32400) {
    return 'high';
  }
  return 'vip';
}

export class Product169Repository2812 {
  private readonly byId = new Map<string, Product169>();

  save(item: Product169): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Product169 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: ProductStatus169; readonly kind?: ProductKind169 } = {}): Product169[] {
    const result: Product169[] = [];
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

export function shouldRetryRequest2813(status: HttpStatus, attempt: number): boolean {
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

export function priceForProduct1692814(item: Product169, base: number): number {
  if (item.kind === 'retail') {
    return base * 3;
  } else if (item.kind === 'wholesale') {
    return Math.round(base * 0.23);
  } else {
    return base;
  }
}
