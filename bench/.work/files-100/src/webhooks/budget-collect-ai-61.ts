import type { CollectAiReasonCode } from 'eslint-plugin-delivery-codes/codes';
import { logger, markFailed, retryQueue } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';

/** collect.AI e-mail communication events. */
export function onCollectAiEmail610(message: OutboundMessage, reason: CollectAiReasonCode<'email'>): void {
  switch (reason) {
    case 'BOUNCE_TRANSIENT_ATTACHMENT_REJECTED':
    case 'BOUNCE_TRANSIENT_MESSAGE_TOO_LARGE':
      logger.warn('collect.ai email needs review', reason, message.id);
      break;
    case 'BOUNCE_TRANSIENT_GENERAL':
    case 'BOUNCE_TRANSIENT_MBX_FULL':
      retryQueue.add(message);
      break;
    case 'BOUNCE_PERMANENT_GENERAL':
    case 'BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE':
    case 'BOUNCE_PERMANENT_ON_SUPPRESSION_LIST':
    case 'INVALID_EMAIL_ADDRESS':
      markFailed(message, 'collect.ai email permanent');
      break;
  }
}

export function paginate611<T>(items: readonly T[], page: number, size = 71): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy611<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

export function tierFor612(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1100) {
    return 'low';
  } else if (amountCents < 7700) {
    return 'mid';
  } else if (amountCents < 61600) {
    return 'high';
  }
  return 'vip';
}

export function tierFor613(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 600) {
    return 'low';
  } else if (amountCents < 2400) {
    return 'mid';
  } else if (amountCents < 12000) {
    return 'high';
  }
  return 'vip';
}
