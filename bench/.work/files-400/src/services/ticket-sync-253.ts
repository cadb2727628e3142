import { type Appointment80, type AppointmentKind80, AppointmentStatus80 } from '../models/appointment-80';
import { type Contract235, type ContractKind235, ContractStatus235 } from '../models/contract-235';
import { type Payment110, PaymentStatus110 } from '../models/payment-110';
import { type Warehouse179, WarehouseStatus179 } from '../models/warehouse-179';

export function validateProductInput2530(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 4_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}

export function summarizePayment1102531(items: readonly Payment110[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === PaymentStatus110.Approved) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export class Appointment80Repository2532 {
  private readonly byId = new Map<string, Appointment80>();

  save(item: Appointment80): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Appointment80 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: AppointmentStatus80; readonly kind?: AppointmentKind80 } = {}): Appointment80[] {
    const result: Appointment80[] = [];
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

export function summarizeWarehouse1792533(items: readonly Warehouse179[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === WarehouseStatus179.Suspended) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export class Contract235Repository2534 {
  private readonly byId = new Map<string, Contract235>();

  save(item: Contract235): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Contract235 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: ContractStatus235; readonly kind?: ContractKind235 } = {}): Contract235[] {
    const result: Contract235[] = [];
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
