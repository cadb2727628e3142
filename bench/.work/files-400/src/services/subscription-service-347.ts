import { type Contact313, ContactStatus313 } from '../models/contact-313';
import type { Payment246 } from '../models/payment-246';
import type { Survey218 } from '../models/survey-218';

export function validateContactInput3470(input: Readonly<Record<string, unknown>>): string[] {
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

export function priceForPayment2463471(item: Payment246, base: number): number {
  if (item.kind === 'basic') {
    return base * 3;
  } else if (item.kind === 'plus') {
    return Math.round(base * 0.33);
  } else {
    return base;
  }
}

export function summarizeContact3133472(items: readonly Contact313[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === ContactStatus313.WrittenOff) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function priceForSurvey2183473(item: Survey218, base: number): number {
  if (item.kind === 'internal') {
    return base * 4;
  } else if (item.kind === 'external') {
    return Math.round(base * 0.69);
  } else {
    return base;
  }
}
