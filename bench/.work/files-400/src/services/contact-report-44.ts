import { sleep } from '../lib/http';
import { type Budget3, BudgetStatus3 } from '../models/budget-3';
import type { Survey29 } from '../models/survey-29';

export type EmailDigest440 = 'daily' | 'weekly' | 'never';
export type MailStatus440 = 'ok' | 'bounced' | 'complained';

export function digestDelay440(emailDigest: EmailDigest440, mailStatus: MailStatus440, item: Survey29): number {
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

export function summarizeBudget3441(items: readonly Budget3[]): { count: number; total: number; byKind: Record<string, number> } {
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

export type EmailDigest442 = 'daily' | 'weekly' | 'never';
export type MailStatus442 = 'ok' | 'bounced' | 'complained';

export function digestDelay442(emailDigest: EmailDigest442, mailStatus: MailStatus442, item: Budget3): number {
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

export async function withAttempts443<R>(task: () => Promise<R>, attempts = 5): Promise<R> {
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
      await sleep(270 * 2 ** attempt);
    }
  }
  throw lastError;
}

export type EmailDigest444 = 'daily' | 'weekly' | 'never';
export type MailStatus444 = 'ok' | 'bounced' | 'complained';

export function digestDelay444(emailDigest: EmailDigest444, mailStatus: MailStatus444, item: Survey29): number {
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
