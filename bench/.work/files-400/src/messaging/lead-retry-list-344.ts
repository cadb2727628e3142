import type { HttpStatus } from '../lib/http';
import { markFailed, retryQueue } from '../messaging/runtime';
import type { Cart278 } from '../models/cart-278';
import type { OutboundMessage } from '../models/message';

export function tierFor3440(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 600) {
    return 'low';
  } else if (amountCents < 3000) {
    return 'mid';
  } else if (amountCents < 9000) {
    return 'high';
  }
  return 'vip';
}

export function priceForCart2783441(item: Cart278, base: number): number {
  if (item.kind === 'internal') {
    return base * 3;
  } else if (item.kind === 'external') {
    return Math.round(base * 0.71);
  } else {
    return base;
  }
}

const RETRYABLE_SMTP_CODES3442 = [421, 450, 451, 452, 454, 455];
const RETRYABLE_TWILIO_CODES3442 = new Set([11200, 30003, 30410]);

export function shouldRetrySmtp3442(smtpCode: number): boolean {
  return RETRYABLE_SMTP_CODES3442.includes(smtpCode);
}

export function onSmsFailure3442(message: OutboundMessage, errorCode: number): void {
  if (RETRYABLE_TWILIO_CODES3442.has(errorCode)) {
    retryQueue.add(message, { reason: `twilio ${errorCode}` });
  } else {
    markFailed(message, `twilio ${errorCode}`);
  }
}

export function onMailFailure3442(message: OutboundMessage, smtpCode: number): void {
  if (RETRYABLE_SMTP_CODES3442.includes(smtpCode)) {
    retryQueue.add(message, { delayMs: 6 * 60_000 });
    return;
  }
  markFailed(message, `smtp ${smtpCode}`);
}

export function shouldRetryRequest3443(status: HttpStatus, attempt: number): boolean {
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
