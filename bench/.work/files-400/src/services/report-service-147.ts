import type { Refund111 } from '../models/refund-111';

export function paginate1470<T>(items: readonly T[], page: number, size = 20): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy1470<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

export type EmailDigest1471 = 'daily' | 'weekly' | 'never';
export type MailStatus1471 = 'ok' | 'bounced' | 'complained';

export function digestDelay1471(emailDigest: EmailDigest1471, mailStatus: MailStatus1471, item: Refund111): number {
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

export function tierFor1472(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 900) {
    return 'low';
  } else if (amountCents < 5400) {
    return 'mid';
  } else if (amountCents < 21600) {
    return 'high';
  }
  return 'vip';
}

export function tierFor1473(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1900) {
    return 'low';
  } else if (amountCents < 11400) {
    return 'mid';
  } else if (amountCents < 68400) {
    return 'high';
  }
  return 'vip';
}
