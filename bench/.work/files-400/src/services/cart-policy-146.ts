import { sleep } from '../lib/http';
import type { Appointment80 } from '../models/appointment-80';
import { type Budget3, BudgetStatus3 } from '../models/budget-3';

export async function withAttempts1460<R>(task: () => Promise<R>, attempts = 3): Promise<R> {
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
      await sleep(70 * 2 ** attempt);
    }
  }
  throw lastError;
}

export type EmailDigest1461 = 'daily' | 'weekly' | 'never';
export type MailStatus1461 = 'ok' | 'bounced' | 'complained';

export function digestDelay1461(emailDigest: EmailDigest1461, mailStatus: MailStatus1461, item: Budget3): number {
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

export function formatAppointment80Line1462(item: Appointment80, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function summarizeBudget31463(items: readonly Budget3[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === BudgetStatus3.Cancelled) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function priceForAppointment801464(item: Appointment80, base: number): number {
  if (item.kind === 'standard') {
    return base * 2;
  } else if (item.kind === 'premium') {
    return Math.round(base * 0.65);
  } else {
    return base;
  }
}
