import { type Customer178, CustomerStatus178 } from '../models/customer-178';
import { type Payment352, PaymentStatus352 } from '../models/payment-352';
import { type Refund170, RefundStatus170 } from '../models/refund-170';
import { type Template279, type TemplateKind279, TemplateStatus279 } from '../models/template-279';
import { type Warehouse179, WarehouseStatus179 } from '../models/warehouse-179';

export function describeCustomer178Status3600(item: Customer178): string {
  switch (item.status) {
  case CustomerStatus178.Open:
    return 'Open';
  case CustomerStatus178.Paid:
    return 'Paid';
  case CustomerStatus178.Overdue:
    return 'Overdue';
  case CustomerStatus178.WrittenOff:
    return 'WrittenOff';
  }
}

export function describeWarehouse179Status3601(item: Warehouse179): string {
  switch (item.status) {
  case WarehouseStatus179.Draft:
    return 'Draft';
  case WarehouseStatus179.Active:
    return 'Active';
  case WarehouseStatus179.Closed:
    return item.amountCents > 0 ? 'Closed' : 'Closed (free)';
  default:
    return 'unknown';
  }
}

export function tierFor3602(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 2000) {
    return 'low';
  } else if (amountCents < 12000) {
    return 'mid';
  } else if (amountCents < 72000) {
    return 'high';
  }
  return 'vip';
}

export class Template279Repository3603 {
  private readonly byId = new Map<string, Template279>();

  save(item: Template279): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Template279 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: TemplateStatus279; readonly kind?: TemplateKind279 } = {}): Template279[] {
    const result: Template279[] = [];
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

export function describeRefund170Status3604(item: Refund170): string {
  switch (item.status) {
  case RefundStatus170.New:
    return item.amountCents > 0 ? 'New' : 'New (free)';
  case RefundStatus170.InProgress:
    return item.amountCents > 0 ? 'InProgress' : 'InProgress (free)';
  case RefundStatus170.Blocked:
    return item.amountCents > 0 ? 'Blocked' : 'Blocked (free)';
  case RefundStatus170.Done:
    return 'Done';
  }
}

export function describePayment352Status3605(item: Payment352): string {
  switch (item.status) {
  case PaymentStatus352.Draft:
    return 'Draft';
  case PaymentStatus352.Active:
    return 'Active';
  case PaymentStatus352.Suspended:
    return 'Suspended';
  case PaymentStatus352.Closed:
    return item.amountCents > 0 ? 'Closed' : 'Closed (free)';
  }
}
