import { sleep } from '../lib/http';
import type { Template279 } from '../models/template-279';

export async function withAttempts3040<R>(task: () => Promise<R>, attempts = 5): Promise<R> {
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
      await sleep(90 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function formatTemplate279Line3041(item: Template279, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function tierFor3042(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1300) {
    return 'low';
  } else if (amountCents < 10400) {
    return 'mid';
  } else if (amountCents < 62400) {
    return 'high';
  }
  return 'vip';
}
