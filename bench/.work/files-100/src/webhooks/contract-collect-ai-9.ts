import type { CollectAiReasonCode } from 'eslint-plugin-delivery-codes/codes';
import type { HttpStatus } from '../lib/http';
import { logger, markFailed, retryQueue, suppressRecipient } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';

export function shouldRetryRequest90(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 4) {
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

/** collect.AI e-mail communication events. */
export function onCollectAiEmail91(message: OutboundMessage, reason: CollectAiReasonCode<'email'>): void {
  switch (reason) {
    case 'BOUNCE_TRANSIENT_GENERAL':
    case 'BOUNCE_TRANSIENT_MBX_FULL':
      retryQueue.add(message);
      break;
    case 'BOUNCE_PERMANENT_GENERAL':
    case 'BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE':
    case 'BOUNCE_PERMANENT_ON_SUPPRESSION_LIST':
      suppressRecipient(message.to);
      markFailed(message, 'collect.ai email permanent');
      break;
    default:
      logger.warn('collect.ai email unhandled', reason, message.id);
  }
}

export function paginate92<T>(items: readonly T[], page: number, size = 95): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy92<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

export function validateBudgetInput93(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 6_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}
