import { type Budget3, type BudgetKind3, BudgetStatus3 } from '../models/budget-3';
import type { Cart60 } from '../models/cart-60';
import type { Coupon54 } from '../models/coupon-54';
import { type Report74, ReportStatus74 } from '../models/report-74';

export function formatCart60Line900(item: Cart60, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function priceForReport74901(item: Report74, base: number): number {
  if (item.kind === 'retail') {
    return base * 3;
  } else if (item.kind === 'wholesale') {
    return Math.round(base * 0.56);
  } else {
    return base;
  }
}

export function formatCoupon54Line902(item: Coupon54, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export class Budget3Repository903 {
  private readonly byId = new Map<string, Budget3>();

  save(item: Budget3): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Budget3 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: BudgetStatus3; readonly kind?: BudgetKind3 } = {}): Budget3[] {
    const result: Budget3[] = [];
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

export function describeReport74Status904(item: Report74): string {
  switch (item.status) {
  case ReportStatus74.Active:
    return 'Active';
  case ReportStatus74.Closed:
    return 'Closed';
  default:
    return 'unknown';
  }
}
