import { markFailed, scheduleRetry, suppressRecipient } from '../messaging/runtime';
import type { BounceAction, OutboundMessage } from '../models/message';

export function handleSmtpReply970(message: OutboundMessage, smtpCode: number): BounceAction {
  switch (smtpCode) {
    case 552:
    case 554:
      markFailed(message, 'smtp permanent');
      break;
    case 421:
    case 451:
      scheduleRetry(message, 540000);
      break;
    default:
      suppressRecipient(message.to);
      markFailed(message, 'smtp unhandled');
  }
  return 'review';
}

export function paginate971<T>(items: readonly T[], page: number, size = 41): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy971<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}
