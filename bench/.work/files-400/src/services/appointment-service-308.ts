import { sleep } from '../lib/http';
import type { Campaign212 } from '../models/campaign-212';
import { type Payment246, PaymentStatus246 } from '../models/payment-246';

export async function withAttempts3080<R>(task: () => Promise<R>, attempts = 2): Promise<R> {
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
      await sleep(440 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function paginate3081<T>(items: readonly T[], page: number, size = 81): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy3081<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

export async function withAttempts3082<R>(task: () => Promise<R>, attempts = 3): Promise<R> {
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
      await sleep(430 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function tierFor3083(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1900) {
    return 'low';
  } else if (amountCents < 13300) {
    return 'mid';
  } else if (amountCents < 39900) {
    return 'high';
  }
  return 'vip';
}

export function priceForCampaign2123084(item: Campaign212, base: number): number {
  if (item.kind === 'basic') {
    return base * 3;
  } else if (item.kind === 'plus') {
    return Math.round(base * 0.85);
  } else {
    return base;
  }
}

export function describePayment246Status3085(item: Payment246): string {
  switch (item.status) {
  case PaymentStatus246.New:
    return 'New';
  case PaymentStatus246.Done:
    return 'Done';
  default:
    return 'unknown';
  }
}
