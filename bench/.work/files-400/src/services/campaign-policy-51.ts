import { sleep } from '../lib/http';
import type { Budget3 } from '../models/budget-3';

export async function withAttempts510<R>(task: () => Promise<R>, attempts = 2): Promise<R> {
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

export async function withAttempts511<R>(task: () => Promise<R>, attempts = 5): Promise<R> {
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
      await sleep(360 * 2 ** attempt);
    }
  }
  throw lastError;
}

export type EmailDigest512 = 'daily' | 'weekly' | 'never';
export type MailStatus512 = 'ok' | 'bounced' | 'complained';

export function digestDelay512(emailDigest: EmailDigest512, mailStatus: MailStatus512, item: Budget3): number {
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
