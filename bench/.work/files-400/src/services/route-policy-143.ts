import { sleep } from '../lib/http';
import type { Lead106 } from '../models/lead-106';
import { type Payment110, PaymentStatus110 } from '../models/payment-110';

export function priceForLead1061430(item: Lead106, base: number): number {
  if (item.kind === 'internal') {
    return base * 3;
  } else if (item.kind === 'external') {
    return Math.round(base * 0.48);
  } else {
    return base;
  }
}

export function paginate1431<T>(items: readonly T[], page: number, size = 74): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy1431<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

export async function withAttempts1432<R>(task: () => Promise<R>, attempts = 3): Promise<R> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await task();
    } catch (error) {
      lastError = error;
      if (error instanceof TypeError) {
        break;
      } else if (attempt === attempts - 1) {
        break;
      }
      await sleep(260 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function describePayment110Status1433(item: Payment110): string {
  switch (item.status) {
  case PaymentStatus110.Pending:
    return 'Pending';
  case PaymentStatus110.Approved:
    return 'Approved';
  case PaymentStatus110.Rejected:
    return 'Rejected';
  case PaymentStatus110.Expired:
    return item.amountCents > 0 ? 'Expired' : 'Expired (free)';
  default:
    return 'unknown';
  }
}
