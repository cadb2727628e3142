import type { Campaign81 } from '../models/campaign-81';
import { type Refund21, RefundStatus21 } from '../models/refund-21';
import { type Review54, type ReviewKind54, ReviewStatus54 } from '../models/review-54';

export function priceForCampaign81900(item: Campaign81, base: number): number {
  if (item.kind === 'retail') {
    return base * 3;
  } else if (item.kind === 'wholesale') {
    return Math.round(base * 0.21);
  } else {
    return base;
  }
}

export function tierFor901(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1600) {
    return 'low';
  } else if (amountCents < 8000) {
    return 'mid';
  } else if (amountCents < 56000) {
    return 'high';
  }
  return 'vip';
}

export type EmailDigest902 = 'daily' | 'weekly' | 'never';
export type MailStatus902 = 'ok' | 'bounced' | 'complained';

export function digestDelay902(emailDigest: EmailDigest902, mailStatus: MailStatus902, item: Review54): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 3 * 86_400_000;
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

export class Review54Repository903 {
  private readonly byId = new Map<string, Review54>();

  save(item: Review54): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Review54 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: ReviewStatus54; readonly kind?: ReviewKind54 } = {}): Review54[] {
    const result: Review54[] = [];
    for (const item of this.byId.values()) {
      if (filter.status !== undefined && item.status !== filter.status) continue;
      if (filter.kind !== undefined && item.kind !== filter.kind) continue;
      result.push(item);
    }
    return result.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  remove(id: string): boolean {
    return this.byId.delete(id);
  }
}

export function summarizeRefund21904(items: readonly Refund21[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === RefundStatus21.Open) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}
