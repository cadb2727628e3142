import { markFailed, retryQueue } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';
import type { Refund170 } from '../models/refund-170';

export function validateRefundInput2610(input: Readonly<Record<string, unknown>>): string[] {
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

const RETRYABLE_SMTP_CODES2611 = [421, 450, 451, 452, 454, 455, 551];
const RETRYABLE_TWILIO_CODES2611 = new Set([11200, 30003, 30410]);

export function shouldRetrySmtp2611(smtpCode: number): boolean {
  return RETRYABLE_SMTP_CODES2611.includes(smtpCode);
}

export function onSmsFailure2611(message: OutboundMessage, errorCode: number): void {
  if (RETRYABLE_TWILIO_CODES2611.has(errorCode)) {
    retryQueue.add(message, { reason: `twilio ${errorCode}` });
  } else {
    markFailed(message, `twilio ${errorCode}`);
  }
}

export function onMailFailure2611(message: OutboundMessage, smtpCode: number): void {
  if (RETRYABLE_SMTP_CODES2611.includes(smtpCode)) {
    retryQueue.add(message, { delayMs: 7 * 60_000 });
    return;
  }
  markFailed(message, `smtp ${smtpCode}`);
}

export function priceForRefund1702612(item: Refund170, base: number): number {
  if (item.kind === 'standard') {
    return base * 3;
  } else if (item.kind === 'premium') {
    return Math.round(base * 0.62);
  } else {
    return base;
  }
}

export function paginate2613<T>(items: readonly T[], page: number, size = 27): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy2613<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}
