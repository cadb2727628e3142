import { type Appointment80, AppointmentStatus80 } from '../models/appointment-80';
import type { Lead106, LeadEvent106 } from '../models/lead-106';
import type { Refund87, RefundEvent87 } from '../models/refund-87';
import { type Report74, ReportStatus74 } from '../models/report-74';

export function applyLeadEvent1061140(state: ReadonlyMap<string, Lead106>, event: LeadEvent106): Map<string, Lead106> {
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
  }
  return next;
}

export function applyRefundEvent871141(state: ReadonlyMap<string, Refund87>, event: RefundEvent87): Map<string, Refund87> {
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

export function validateCartInput1142(input: Readonly<Record<string, unknown>>): string[] {
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

export function summarizeAppointment801143(items: readonly Appointment80[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === AppointmentStatus80.Suspended) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function describeReport74Status1144(item: Report74): string {
  switch (item.status) {
  case ReportStatus74.Draft:
    return 'Draft';
  case ReportStatus74.Suspended:
    return 'Suspended';
  default:
    return 'unknown';
  }
}
