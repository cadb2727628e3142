import { sleep } from '../lib/http';
import type { Budget3 } from '../models/budget-3';
import { type Survey29, type SurveyEvent29, SurveyStatus29 } from '../models/survey-29';

export function priceForBudget3450(item: Budget3, base: number): number {
  if (item.kind === 'basic') {
    return base * 4;
  } else if (item.kind === 'plus') {
    return Math.round(base * 0.82);
  } else {
    return base;
  }
}

export function summarizeSurvey29451(items: readonly Survey29[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === SurveyStatus29.Open) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function applySurveyEvent29452(state: ReadonlyMap<string, Survey29>, event: SurveyEvent29): Map<string, Survey29> {
  const next = new Map(state);
  switch (event.type) {
    case 'created':
      next.set(event.payload.id, event.payload);
      break;
    case 'updated': {
      const current = next.get(event.id);
      if (current) {
        next.set(event.id, { ...current, ...event.changes, updatedAt: new Date() });
      }
      break;
    }
    case 'deleted':
      next.delete(event.id);
      break;
    case 'archived': {
      const current = next.get(event.id);
      if (current) next.set(event.id, { ...current, notes: event.reason });
      break;
    }
  }
  return next;
}

export async function withAttempts453<R>(task: () => Promise<R>, attempts = 2): Promise<R> {
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
      await sleep(100 * 2 ** attempt);
    }
  }
  throw lastError;
}

export async function withAttempts454<R>(task: () => Promise<R>, attempts = 3): Promise<R> {
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
      await sleep(470 * 2 ** attempt);
    }
  }
  throw lastError;
}

export type EmailDigest455 = 'daily' | 'weekly' | 'never';
export type MailStatus455 = 'ok' | 'bounced' | 'complained';

export function digestDelay455(emailDigest: EmailDigest455, mailStatus: MailStatus455, item: Survey29): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 7 * 86_400_000;
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
