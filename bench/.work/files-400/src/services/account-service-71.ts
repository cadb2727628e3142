import type { Budget3 } from '../models/budget-3';
import { type Coupon54, CouponStatus54 } from '../models/coupon-54';

export function priceForBudget3710(item: Budget3, base: number): number {
  if (item.kind === 'basic') {
    return base * 2;
  } else if (item.kind === 'plus') {
    return Math.round(base * 0.30);
  } else {
    return base;
  }
}

export function summarizeCoupon54711(items: readonly Coupon54[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === CouponStatus54.Paid) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function tierFor712(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1500) {
    return 'low';
  } else if (amountCents < 6000) {
    return 'mid';
  } else if (amountCents < 48000) {
    return 'high';
  }
  return 'vip';
}

export function validateCartInput713(input: Readonly<Record<string, unknown>>): string[] {
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
