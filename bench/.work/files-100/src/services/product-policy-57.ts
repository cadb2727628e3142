import { type Quote47, type QuoteKind47, QuoteStatus47 } from '../models/quote-47';

export class Quote47Repository570 {
  private readonly byId = new Map<string, Quote47>();

  save(item: Quote47): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Quote47 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: QuoteStatus47; readonly kind?: QuoteKind47 } = {}): Quote47[] {
    const result: Quote47[] = [];
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

export type EmailDigest571 = 'daily' | 'weekly' | 'never';
export type MailStatus571 = 'ok' | 'bounced' | 'complained';

export function digestDelay571(emailDigest: EmailDigest571, mailStatus: MailStatus571, item: Quote47): number {
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

export function summarizeQuote47572(items: readonly Quote47[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === QuoteStatus47.Closed) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function paginate573<T>(items: readonly T[], page: number, size = 21): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy573<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}
