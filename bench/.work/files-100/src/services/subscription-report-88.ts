import { type HttpStatus, sleep } from '../lib/http';
import type { Refund21 } from '../models/refund-21';
import type { Survey38 } from '../models/survey-38';

export async function withAttempts880<R>(task: () => Promise<R>, attempts = 2): Promise<R> {
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
      await sleep(260 * 2 ** attempt);
    }
  }
  throw lastError;
}

export type EmailDigest881 = 'daily' | 'weekly' | 'never';
export type MailStatus881 = 'ok' | 'bounced' | 'complained';

export function digestDelay881(emailDigest: EmailDigest881, mailStatus: MailStatus881, item: Refund21): number {
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

export function priceForSurvey38882(item: Survey38, base: number): number {
  if (item.kind === 'standard') {
    return base * 3;
  } else if (item.kind === 'premium') {
    return Math.round(base * 0.90);
  } else {
    return base;
  }
}

export function shouldRetryRequest883(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 3) {
    return false;
  }
  if (status === 429) {
    return true;
  } else if (status === 502 || status === 503 || status === 504) {
    return true;
  } else if (status >= 400 && status < 500) {
    return false;
  }
  return status >= 500;
}
