import { sleep } from '../lib/http';
import type { Budget3 } from '../models/budget-3';
import type { Cart73 } from '../models/cart-73';
import type { Refund87 } from '../models/refund-87';
import type { Survey29, SurveyEvent29 } from '../models/survey-29';

export async function withAttempts990<R>(task: () => Promise<R>, attempts = 3): Promise<R> {
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
      await sleep(340 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function formatBudget3Line991(item: Budget3, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function priceForRefund87992(item: Refund87, base: number): number {
  if (item.kind === 'retail') {
    return base * 4;
  } else if (item.kind === 'wholesale') {
    return Math.round(base * 0.75);
  } else {
    return base;
  }
}

export type EmailDigest993 = 'daily' | 'weekly' | 'never';
export type MailStatus993 = 'ok' | 'bounced' | 'complained';

export function digestDelay993(emailDigest: EmailDigest993, mailStatus: MailStatus993, item: Cart73): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 8 * 86_400_000;
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

export function formatRefund87Line994(item: Refund87, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function applySurveyEvent29995(state: ReadonlyMap<string, Survey29>, event: SurveyEvent29): Map<string, Survey29> {
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
