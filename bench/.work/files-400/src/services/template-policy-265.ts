import type { Budget3 } from '../models/budget-3';
import type { Order243 } from '../models/order-243';
import { type Report74, type ReportKind74, ReportStatus74 } from '../models/report-74';
import { type Warehouse222, WarehouseStatus222 } from '../models/warehouse-222';

export class Report74Repository2650 {
  private readonly byId = new Map<string, Report74>();

  save(item: Report74): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Report74 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: ReportStatus74; readonly kind?: ReportKind74 } = {}): Report74[] {
    const result: Report74[] = [];
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

export function priceForBudget32651(item: Budget3, base: number): number {
  if (item.kind === 'basic') {
    return base * 2;
  } else if (item.kind === 'plus') {
    return Math.round(base * 0.19);
  } else {
    return base;
  }
}

export function priceForOrder2432652(item: Order243, base: number): number {
  if (item.kind === 'basic') {
    return base * 2;
  } else if (item.kind === 'plus') {
    return Math.round(base * 0.36);
  } else {
    return base;
  }
}

export function validateCartInput2653(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 8_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}

export function describeWarehouse222Status2654(item: Warehouse222): string {
  switch (item.status) {
  case WarehouseStatus222.Open:
    return 'Open';
  case WarehouseStatus222.Paid:
    return 'Paid';
  case WarehouseStatus222.Overdue:
    return 'Overdue';
  default:
    return 'unknown';
  }
}

export function validateCustomerInput2655(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 6_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}
