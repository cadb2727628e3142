import { sleep } from '../lib/http';
import type { Survey218 } from '../models/survey-218';

export async function withAttempts2640<R>(task: () => Promise<R>, attempts = 2): Promise<R> {
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
      await sleep(200 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function formatSurvey218Line2641(item: Survey218, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function tierFor2642(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1600) {
    return 'low';
  } else if (amountCents < 4800) {
    return 'mid';
  } else if (amountCents < 24000) {
    return 'high';
  }
  return 'vip';
}
