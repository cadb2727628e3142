import type { HttpStatus } from '../lib/http';
import { logger, markFailed, scheduleRetry, suppressRecipient } from '../messaging/runtime';
import type { DeliveryReceipt, OutboundMessage } from '../models/message';

/** Twilio status webhook: ErrorCode arrives as text. */
export function onTwilioReceipt590(message: OutboundMessage, receipt: DeliveryReceipt): void {
  if (receipt.status === 'delivered') {
    return;
  }
  switch (receipt.errorCode) {
    case '21211':
    case '21266':
    case '21408':
    case '21606':
      suppressRecipient(message.to);
      markFailed(message, 'twilio permanent');
      break;
    case '11200':
    case '30003':
    case '30410':
      scheduleRetry(message, 420000);
      break;
    case '63020':
    case '83401':
      logger.warn('twilio needs review', receipt.errorCode, message.id);
      break;
    case '21610':
    case '21614':
    case '30005':
    case '30006':
    case '30007':
    case '30011':
    case '30032':
      suppressRecipient(message.to);
      markFailed(message, 'twilio rejected');
      break;
    default:
      logger.warn('twilio unhandled', receipt.errorCode, message.id);
  }
}

export function tierFor591(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1200) {
    return 'low';
  } else if (amountCents < 6000) {
    return 'mid';
  } else if (amountCents < 36000) {
    return 'high';
  }
  return 'vip';
}

export function paginate592<T>(items: readonly T[], page: number, size = 83): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy592<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

export function shouldRetryRequest593(status: HttpStatus, attempt: number): boolean {
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
