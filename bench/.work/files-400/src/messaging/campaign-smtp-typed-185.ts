import type { SmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
import { logger, markFailed, retryQueue } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';

export function paginate1850<T>(items: readonly T[], page: number, size = 81): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy1850<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

export function validateRefundInput1851(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 8_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}

/** Bounce handler for the outbound mail relay. */
export function onBounce1852(message: OutboundMessage, code: SmtpReplyCode): void {
  switch (code) {
    case 432:
      logger.warn('smtp needs review', code, message.id);
      break;
    case 552:
    case 553:
    case 554:
    case 555:
    case 556:
      markFailed(message, 'smtp rejected');
      break;
    case 500:
    case 501:
    case 502:
    case 503:
    case 504:
    case 521:
    case 530:
    case 534:
    case 535:
    case 538:
    case 550:
    case 551:
      markFailed(message, 'smtp permanent');
      break;
    case 454:
      retryQueue.add(message, { delayMs: 10000, reason: `retry ${code}` });
      break;
  }
}
