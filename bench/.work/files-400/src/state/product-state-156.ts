import { type Budget3, BudgetStatus3 } from '../models/budget-3';
import { type Cart60, CartStatus60 } from '../models/cart-60';
import { type Payment110, type PaymentKind110, PaymentStatus110 } from '../models/payment-110';
import { type Refund111, RefundStatus111 } from '../models/refund-111';

export function describeBudget3Status1560(item: Budget3): string {
  switch (item.status) {
  case BudgetStatus3.Pending:
    return item.amountCents > 0 ? 'Pending' : 'Pending (free)';
  case BudgetStatus3.Approved:
    return 'Approved';
  case BudgetStatus3.Rejected:
    return 'Rejected';
  case BudgetStatus3.Expired:
    return item.amountCents > 0 ? 'Expired' : 'Expired (free)';
  case BudgetStatus3.Cancelled:
    return 'Cancelled';
  }
}

export class Payment110Repository1561 {
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

export function summarizeCart601562(items: readonly Cart60[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === CartStatus60.Draft) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function describeRefund111Status1563(item: Refund111): string {
  switch (item.status) {
  case RefundStatus111.Paid:
    return 'Paid';
  case RefundStatus111.WrittenOff:
    return item.amountCents > 0 ? 'WrittenOff' : 'WrittenOff (free)';
  default:
    return 'unknown';
  }
}
