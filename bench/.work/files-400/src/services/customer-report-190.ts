import type { Budget3 } from '../models/budget-3';
import { type Refund170, RefundStatus170 } from '../models/refund-170';

export function summarizeRefund1701900(items: readonly Refund170[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === RefundStatus170.InProgress) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function priceForRefund1701901(item: Refund170, base: number): number {
  if (item.kind === 'standard') {
    return base * 3;
  } else if (item.kind === 'premium') {
    return Math.round(base * 0.28);
  } else {
    return base;
  }
}

export type EmailDigest1902 = 'daily' | 'weekly' | 'never';
export type MailStatus1902 = 'ok' | 'bounced' | 'complained';

export function digestDelay1902(emailDigest: EmailDigest1902, mailStatus: MailStatus1902, item: Budget3): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 4 * 86_400_000;
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
