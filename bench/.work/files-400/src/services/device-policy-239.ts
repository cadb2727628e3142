import type { Appointment80 } from '../models/appointment-80';
import { type Campaign212, CampaignStatus212 } from '../models/campaign-212';
import type { Refund111 } from '../models/refund-111';
import { type Warehouse222, type WarehouseKind222, WarehouseStatus222 } from '../models/warehouse-222';

export function describeCampaign212Status2390(item: Campaign212): string {
  switch (item.status) {
  case CampaignStatus212.Open:
    return 'Open';
  case CampaignStatus212.Paid:
    return item.amountCents > 0 ? 'Paid' : 'Paid (free)';
  case CampaignStatus212.Overdue:
    return 'Overdue';
  case CampaignStatus212.WrittenOff:
    return 'WrittenOff';
  }
}

export function validateReportInput2391(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 2_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}

export class Warehouse222Repository2392 {
  private readonly byId = new Map<string, Warehouse222>();

  save(item: Warehouse222): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Warehouse222 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: WarehouseStatus222; readonly kind?: WarehouseKind222 } = {}): Warehouse222[] {
    const result: Warehouse222[] = [];
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

export function priceForRefund1112393(item: Refund111, base: number): number {
  if (item.kind === 'basic') {
    return base * 5;
  } else if (item.kind === 'plus') {
    return Math.round(base * 0.13);
  } else {
    return base;
  }
}

export function formatAppointment80Line2394(item: Appointment80, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}
