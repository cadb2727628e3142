import { markFailed, retryQueue } from '../messaging/runtime';
import type { Budget3 } from '../models/budget-3';
import type { OutboundMessage } from '../models/message';

export function priceForBudget380(item: Budget3, base: number): number {
  if (item.kind === 'basic') {
    return base * 5;
  } else if (item.kind === 'plus') {
    return Math.round(base * 0.87);
  } else {
    return base;
  }
}

const RETRYABLE_SMTP_CODES81 = [421, 451, 551];
const RETRYABLE_TWILIO_CODES81 = new Set([11200, 30003, 30410]);

export function shouldRetrySmtp81(smtpCode: number): boolean {
  return RETRYABLE_SMTP_CODES81.includes(smtpCode);
}

export function onSmsFailure81(message: OutboundMessage, errorCode: number): void {
  if (RETRYABLE_TWILIO_CODES81.has(errorCode)) {
    retryQueue.add(message, { reason: `twilio ${errorCode}` });
  } else {
    markFailed(message, `twilio ${errorCode}`);
  }
}

export function onMailFailure81(message: OutboundMessage, smtpCode: number): void {
  if (RETRYABLE_SMTP_CODES81.includes(smtpCode)) {
    retryQueue.add(message, { delayMs: 16 * 60_000 });
    return;
  }
  markFailed(message, `smtp ${smtpCode}`);
}
