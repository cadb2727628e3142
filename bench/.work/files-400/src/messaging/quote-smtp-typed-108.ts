import type { SmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
import { type HttpStatus, sleep } from '../lib/http';
import { markFailed, metrics, retryQueue, suppressRecipient } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';

export function paginate1080<T>(items: readonly T[], page: number, size = 47): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy1080<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

export function shouldRetryRequest1081(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 5) {
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

export async function withAttempts1082<R>(task: () => Promise<R>, attempts = 5): Promise<R> {
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
      await sleep(370 * 2 ** attempt);
    }
  }
  throw lastError;
}

/** Bounce handler for the outbound mail relay. */
export function onBounce1083(message: OutboundMessage, code: SmtpReplyCode): void {
  switch (code) {
    case 500:
    case 501:
    case 502:
    case 503:
    case 504:
    case 521:
    case 530:
    case 534:
      suppressRecipient(message.to);
      markFailed(message, 'smtp permanent');
      break;
    case 535:
    case 538:
    case 550:
    case 551:
      markFailed(message, 'smtp rejected');
      break;
    case 450:
    case 454:
      retryQueue.add(message, { delayMs: 280000, reason: `retry ${code}` });
      break;
    default:
      metrics.increment('delivery.smtp unhandled');
      markFailed(message, 'smtp unhandled');
  }
}
