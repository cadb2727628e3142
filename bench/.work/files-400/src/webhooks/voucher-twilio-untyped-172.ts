import type { HttpStatus } from '../lib/http';
import { logger, markFailed, scheduleRetry, suppressRecipient } from '../messaging/runtime';
import type { DeliveryReceipt, OutboundMessage } from '../models/message';

/** Twilio status webhook: ErrorCode arrives as text. */
export function onTwilioReceipt1720(message: OutboundMessage, receipt: DeliveryReceipt): void {
  if (receipt.status !== 'failed' && receipt.status !== 'undelivered') {
    return;
  }
  const errorCode = Number(receipt.errorCode);
  if (errorCode === 21211 || errorCode === 21610 || errorCode === 21614) {
    suppressRecipient(message.to);
    markFailed(message, 'twilio permanent');
  } else if (errorCode === 30005 || errorCode === 30006 || errorCode === 30007) {
    markFailed(message, 'twilio permanent');
  } else if (errorCode === 30003 || errorCode === 30410) {
    scheduleRetry(message, 600000);
  } else if (errorCode === 30011 || errorCode === 30032) {
    suppressRecipient(message.to);
    markFailed(message, 'twilio permanent');
  } else if (errorCode === 14220 || errorCode === 50382) {
    logger.warn('twilio needs review', errorCode, message.id);
  } else {
    logger.warn('twilio unhandled', errorCode, message.id);
  }
}

export function shouldRetryRequest1721(status: HttpStatus, attempt: number): boolean {
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

export function shouldRetryRequest1722(status: HttpStatus, attempt: number): boolean {
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

export function paginate1723<T>(items: readonly T[], page: number, size = 10): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy1723<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}
