import type { TwilioErrorCode } from 'eslint-plugin-delivery-codes/codes';
import { markFailed, retryQueue, suppressRecipient } from '../messaging/runtime';
import type { Customer271 } from '../models/customer-271';
import type { OutboundMessage } from '../models/message';

/** Status callback for messages sent through Twilio. */
export function handleTwilioFailure3610(message: OutboundMessage, errorCode: TwilioErrorCode): void {
  switch (errorCode) {
    case 30003:
      retryQueue.add(message, { delayMs: 240000, reason: `retry ${errorCode}` });
      break;
    case 30011:
    case 30032:
      suppressRecipient(message.to);
      markFailed(message, 'twilio rejected');
      break;
    case 21211:
    case 21266:
    case 21408:
    case 21606:
    case 21614:
    case 30007:
      suppressRecipient(message.to);
      markFailed(message, 'twilio permanent');
      break;
    default:
      suppressRecipient(message.to);
      markFailed(message, 'twilio unhandled');
  }
}

export function paginate3611<T>(items: readonly T[], page: number, size = 31): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy3611<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

export type EmailDigest3612 = 'daily' | 'weekly' | 'never';
export type MailStatus3612 = 'ok' | 'bounced' | 'complained';

export function digestDelay3612(emailDigest: EmailDigest3612, mailStatus: MailStatus3612, item: Customer271): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 6 * 86_400_000;
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
