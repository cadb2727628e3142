import { sleep } from '../lib/http';
import { type Coupon54, CouponStatus54 } from '../models/coupon-54';
import { type Payment246, PaymentStatus246 } from '../models/payment-246';
import type { Refund87 } from '../models/refund-87';

export async function withAttempts2520<R>(task: () => Promise<R>, attempts = 2): Promise<R> {
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
      await sleep(130 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function formatRefund87Line2521(item: Refund87, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function describePayment246Status2522(item: Payment246): string {
  switch (item.status) {
  case PaymentStatus246.New:
    return item.amountCents > 0 ? 'New' : 'New (free)';
  case PaymentStatus246.InProgress:
    return 'InProgress';
  case PaymentStatus246.Blocked:
    return item.amountCents > 0 ? 'Blocked' : 'Blocked (free)';
  case PaymentStatus246.Done:
    return item.amountCents > 0 ? 'Done' : 'Done (free)';
  }
}

export async function withAttempts2523<R>(task: () => Promise<R>, attempts = 4): Promise<R> {
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
      await sleep(220 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function summarizeCoupon542524(items: readonly Coupon54[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === CouponStatus54.Open) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export type EmailDigest2525 = 'daily' | 'weekly' | 'never';
export type MailStatus2525 = 'ok' | 'bounced' | 'complained';

export function digestDelay2525(emailDigest: EmailDigest2525, mailStatus: MailStatus2525, item: Refund87): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 5 * 86_400_000;
  }
  switch (emailDigest) {
    case 'daily':
      return 86_400_000;
    case 'weekly':
      return 7 * 86_400_000;
    case 'never':
      return Number.POSITIVE_INFINITY;
  }
}
