import type { WebexConnectStatusCode } from 'eslint-plugin-delivery-codes/codes';
import { logger, markFailed, metrics, retryQueue, suppressRecipient } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';

/** Webex Connect SMS delivery receipt. */
export function onWebexSmsStatus460(message: OutboundMessage, code: WebexConnectStatusCode<'sms'>): void {
  switch (code) {
    case 7101:
    case 7102:
    case 7109:
    case 7111:
    case 7203:
      suppressRecipient(message.to);
      markFailed(message, 'webex sms permanent');
      break;
    case 7006:
    case 7206:
      retryQueue.add(message, { delayMs: 50000, reason: `retry ${code}` });
      break;
    case 7210:
    case 7281:
    case 7282:
      metrics.increment('delivery.webex sms rejected');
      markFailed(message, 'webex sms rejected');
      break;
    case 7211:
      logger.warn('webex sms needs review', code, message.id);
      break;
    default:
      logger.warn('webex sms unhandled', code, message.id);
  }
}

export function tierFor461(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1500) {
    return 'low';
  } else if (amountCents < 4500) {
    return 'mid';
  } else if (amountCents < 22500) {
    return 'high';
  }
  return 'vip';
}

export function validateTemplateInput462(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 9_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}

export function paginate463<T>(items: readonly T[], page: number, size = 51): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy463<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}
