import type { Appointment80 } from '../models/appointment-80';
import { type Cart60, CartStatus60 } from '../models/cart-60';
import { type Refund111, type RefundKind111, RefundStatus111 } from '../models/refund-111';
import type { Report74 } from '../models/report-74';

export function summarizeCart601310(items: readonly Cart60[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === CartStatus60.Active) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function summarizeCart601311(items: readonly Cart60[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === CartStatus60.Draft) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function paginate1312<T>(items: readonly T[], page: number, size = 24): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy1312<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

export class Refund111Repository1313 {
  private readonly byId = new Map<string, Refund111>();

  save(item: Refund111): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Refund111 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: RefundStatus111; readonly kind?: RefundKind111 } = {}): Refund111[] {
    const result: Refund111[] = [];
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

export function priceForReport741314(item: Report74, base: number): number {
  if (item.kind === 'retail') {
    return base * 2;
  } else if (item.kind === 'wholesale') {
    return Math.round(base * 0.79);
  } else {
    return base;
  }
}

export type EmailDigest1315 = 'daily' | 'weekly' | 'never';
export type MailStatus1315 = 'ok' | 'bounced' | 'complained';

export function digestDelay1315(emailDigest: EmailDigest1315, mailStatus: MailStatus1315, item: Appointment80): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 9 * 86_400_000;
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
