import { type Driver210, DriverStatus210 } from '../models/driver-210';
import { type Subscription258, SubscriptionStatus258 } from '../models/subscription-258';

export function tierFor3210(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1300) {
    return 'low';
  } else if (amountCents < 6500) {
    return 'mid';
  } else if (amountCents < 32500) {
    return 'high';
  }
  return 'vip';
}

export function validateContractInput3211(input: Readonly<Record<string, unknown>>): string[] {
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

export function tierFor3212(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1500) {
    return 'low';
  } else if (amountCents < 10500) {
    return 'mid';
  } else if (amountCents < 73500) {
    return 'high';
  }
  return 'vip';
}

export function paginate3213<T>(items: readonly T[], page: number, size = 57): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy3213<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

export function summarizeDriver2103214(items: readonly Driver210[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === DriverStatus210.Approved) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function describeSubscription258Status3215(item: Subscription258): string {
  switch (item.status) {
  case SubscriptionStatus258.Pending:
    return 'Pending';
  case SubscriptionStatus258.Approved:
    return 'Approved';
  case SubscriptionStatus258.Rejected:
    return 'Rejected';
  case SubscriptionStatus258.Expired:
    return item.amountCents > 0 ? 'Expired' : 'Expired (free)';
  case SubscriptionStatus258.Cancelled:
    return 'Cancelled';
  }
}
