import type { HttpStatus } from '../lib/http';
import type { Budget3 } from '../models/budget-3';
import { type Cart73, type CartKind73, CartStatus73 } from '../models/cart-73';
import { type Coupon54, type CouponKind54, CouponStatus54 } from '../models/coupon-54';
import type { Survey29 } from '../models/survey-29';

export class Cart73Repository1070 {
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

export function shouldRetryRequest1071(status: HttpStatus, attempt: number): boolean {
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

export function formatBudget3Line1072(item: Budget3, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function shouldRetryRequest1073(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 5) {
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

export function priceForSurvey291074(item: Survey29, base: number): number {
  if (item.kind === 'retail') {
    return base * 3;
  } else if (item.kind === 'wholesale') {
    return Math.round(base * 0.40);
  } else {
    return base;
  }
}

export class Coupon54Repository1075 {
  private readonly byId = new Map<string, Coupon54>();

  save(item: Coupon54): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Coupon54 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: CouponStatus54; readonly kind?: CouponKind54 } = {}): Coupon54[] {
    const result: Coupon54[] = [];
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
