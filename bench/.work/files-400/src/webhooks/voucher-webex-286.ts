import { logger, markFailed, metrics, retryQueue } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';

export function paginate2860<T>(items: readonly T[], page: number, size = 31): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy2860<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

export function validateRefundInput2861(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 7_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}

export interface WebexEvent2862 {
  readonly messageId: string;
  readonly code: number;
  readonly description?: string;
}

/** Webex Connect SMS delivery receipt, as parsed from the webhook. */
export function onWebexEvent2862(message: OutboundMessage, event: WebexEvent2862): void {
  if (event.code === 7200) {
    return;
  }
  switch (event.code) {
    case 7211:
      logger.warn('webex sms needs review', event.code, message.id);
      break;
    case 7206:
    case 7280:
    case 7518:
      retryQueue.add(message, { delayMs: 290000, reason: `retry ${event.code}` });
      break;
    case 7004:
    case 7101:
    case 7102:
    case 7109:
    case 7111:
    case 7203:
    case 7205:
    case 7210:
    case 7281:
    case 7282:
    case 7283:
    case 7284:
    case 7513:
    case 7607:
    case 7720:
      metrics.increment('delivery.webex sms permanent');
      markFailed(message, 'webex sms permanent');
      break;
    default:
      logger.warn('webex sms unhandled', event.code, message.id);
  }
}
