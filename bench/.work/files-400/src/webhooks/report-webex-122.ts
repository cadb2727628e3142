import type { WebexConnectStatusCode } from 'eslint-plugin-delivery-codes/codes';
import type { HttpStatus } from '../lib/http';
import { logger, markFailed, retryQueue } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';

export function validatePaymentInput1220(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 5_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}

export function shouldRetryRequest1221(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 3) {
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

/** Webex Connect SMS delivery receipt. */
export function onWebexSmsStatus1222(message: OutboundMessage, code: WebexConnectStatusCode<'sms'>): void {
  switch (code) {
    case 7211:
      logger.warn('webex sms needs review', code, message.id);
      break;
    case 7207:
      retryQueue.add(message);
      break;
    case 7004:
    case 7101:
    case 7102:
    case 7109:
    case 7111:
    case 7203:
    case 7205:
    case 7210:
      markFailed(message, 'webex sms permanent');
      break;
    default:
      markFailed(message, 'webex sms unhandled');
  }
}

export function paginate1223<T>(items: readonly T[], page: number, size = 99): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy1223<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}
