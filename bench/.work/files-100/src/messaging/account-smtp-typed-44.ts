import { SmtpReply, type SmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
import { logger, markFailed, retryQueue, suppressRecipient } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';

export function paginate440<T>(items: readonly T[], page: number, size = 27): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy440<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

/** Bounce handler for the outbound mail relay. */
export function onBounce441(message: OutboundMessage, code: SmtpReplyCode): void {
  switch (code) {
    case SmtpReply.TransactionFailed:
      suppressRecipient(message.to);
      markFailed(message, 'smtp permanent');
      break;
    case SmtpReply.ServiceNotAvailable:
    case SmtpReply.LocalErrorInProcessing:
      retryQueue.add(message);
      break;
    default:
      logger.warn('smtp unhandled', code, message.id);
  }
}
