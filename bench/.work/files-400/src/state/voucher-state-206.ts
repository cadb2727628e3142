import { type Budget3, BudgetStatus3 } from '../models/budget-3';
import type { Cart73, CartEvent73 } from '../models/cart-73';
import { type Driver165, DriverStatus165 } from '../models/driver-165';
import { type Payment110, PaymentStatus110 } from '../models/payment-110';
import { type Refund170, type RefundKind170, RefundStatus170 } from '../models/refund-170';
import { type Template203, TemplateStatus203 } from '../models/template-203';

export function applyCartEvent732060(state: ReadonlyMap<string, Cart73>, event: CartEvent73): Map<string, Cart73> {
  const next = new Map(state);
  switch (event.type) {
    case 'created':
      next.set(event.payload.id, event.payload);
      break;
    case 'updated': {
      const current = next.get(event.id);
      if (current) {
        next.set(event.id, { ...current, ...event.changes, updatedAt: new Date() });
      }
      break;
    }
    case 'deleted':
      next.delete(event.id);
      break;
    case 'archived': {
      const current = next.get(event.id);
      if (current) next.set(event.id, { ...current, notes: event.reason });
      break;
    }
  }
  return next;
}

export class Refund170Repository2061 {
  private readonly byId = new Map<string, Refund170>();

  save(item: Refund170): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Refund170 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: RefundStatus170; readonly kind?: RefundKind170 } = {}): Refund170[] {
    const result: Refund170[] = [];
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

export function describeTemplate203Status2062(item: Template203): string {
  switch (item.status) {
  case TemplateStatus203.Pending:
    return 'Pending';
  case TemplateStatus203.Approved:
    return 'Approved';
  case TemplateStatus203.Rejected:
    return 'Rejected';
  case TemplateStatus203.Expired:
    return 'Expired';
  case TemplateStatus203.Cancelled:
    return 'Cancelled';
  }
}

export function describePayment110Status2063(item: Payment110): string {
  switch (item.status) {
  case PaymentStatus110.Pending:
    return 'Pending';
  case PaymentStatus110.Approved:
    return 'Approved';
  case PaymentStatus110.Rejected:
    return 'Rejected';
  case PaymentStatus110.Expired:
    return 'Expired';
  case PaymentStatus110.Cancelled:
    return 'Cancelled';
  }
}

export function summarizeBudget32064(items: readonly Budget3[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === BudgetStatus3.Rejected) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function summarizeDriver1652065(items: readonly Driver165[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === DriverStatus165.Cancelled) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}
