import { type Lead106, LeadStatus106 } from '../models/lead-106';
import type { Payment110, PaymentEvent110 } from '../models/payment-110';
import { type Survey29, SurveyStatus29 } from '../models/survey-29';

export function tierFor1410(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1900) {
    return 'low';
  } else if (amountCents < 15200) {
    return 'mid';
  } else if (amountCents < 60800) {
    return 'high';
  }
  return 'vip';
}

export function summarizeLead1061411(items: readonly Lead106[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === LeadStatus106.Open) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function applyPaymentEvent1101412(state: ReadonlyMap<string, Payment110>, event: PaymentEvent110): Map<string, Payment110> {
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

export function describeSurvey29Status1413(item: Survey29): string {
  switch (item.status) {
  case SurveyStatus29.Open:
    return 'Open';
  case SurveyStatus29.Paid:
    return 'Paid';
  case SurveyStatus29.Overdue:
    return 'Overdue';
  case SurveyStatus29.WrittenOff:
    return 'WrittenOff';
  }
}
