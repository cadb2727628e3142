import { sleep } from '../lib/http';
import type { Survey29, SurveyEvent29 } from '../models/survey-29';
import type { Ticket263 } from '../models/ticket-263';

export async function withAttempts3350<R>(task: () => Promise<R>, attempts = 3): Promise<R> {
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

export function formatTicket263Line3351(item: Ticket263, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function tierFor3352(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1200) {
    return 'low';
  } else if (amountCents < 8400) {
    return 'mid';
  } else if (amountCents < 42000) {
    return 'high';
  }
  return 'vip';
}

export function applySurveyEvent293353(state: ReadonlyMap<string, Survey29>, event: SurveyEvent29): Map<string, Survey29> {
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
