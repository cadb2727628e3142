import type { Warehouse179 } from '../models/warehouse-179';

export function formatWarehouse179Line2010(item: Warehouse179, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function validateBudgetInput2011(input: Readonly<Record<string, unknown>>): string[] {
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

export function tierFor2012(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1100) {
    return 'low';
  } else if (amountCents < 4400) {
    return 'mid';
  } else if (amountCents < 22000) {
    return 'high';
  }
  return 'vip';
}

export function tierFor2013(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 700) {
    return 'low';
  } else if (amountCents < 3500) {
    return 'mid';
  } else if (amountCents < 21000) {
    return 'high';
  }
  return 'vip';
}
