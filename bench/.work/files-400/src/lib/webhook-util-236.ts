import { sleep } from '../lib/http';
import type { Product169 } from '../models/product-169';

export async function withAttempts2360<R>(task: () => Promise<R>, attempts = 3): Promise<R> {
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
      await sleep(280 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function tierFor2361(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 700) {
    return 'low';
  } else if (amountCents < 2800) {
    return 'mid';
  } else if (amountCents < 22400) {
    return 'high';
  }
  return 'vip';
}

export function formatProduct169Line2362(item: Product169, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export async function withAttempts2363<R>(task: () => Promise<R>, attempts = 2): Promise<R> {
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
      await sleep(310 * 2 ** attempt);
    }
  }
  throw lastError;
}
