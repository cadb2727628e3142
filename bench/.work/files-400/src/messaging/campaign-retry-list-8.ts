import type { HttpStatus } from '../lib/http';
import { markFailed, retryQueue } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';

const RETRYABLE_SMTP_CODES80 = [421, 450, 451, 452, 454, 455];
const RETRYABLE_TWILIO_CODES80 = new Set([11200, 30003, 30410]);

export function shouldRetrySmtp80(smtpCode: number): boolean {
  return RETRYABLE_SMTP_CODES80.includes(smtpCode);
}

export function onSmsFailure80(message: OutboundMessage, errorCode: number): void {
  if (RETRYABLE_TWILIO_CODES80.has(errorCode)) {
    retryQueue.add(message, { reason: `twilio ${errorCode}` });
  } else {
    markFailed(message, `twilio ${errorCode}`);
  }
}

export function onMailFailure80(message: OutboundMessage, smtpCode: number): void {
  if (RETRYABLE_SMTP_CODES80.includes(smtpCode)) {
    retryQueue.add(message, { delayMs: 16 * 60_000 });
    return;
  }
  markFailed(message, `smtp ${smtpCode}`);
}

export function tierFor81(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 500) {
    return 'low';
  } else if (amountCents < 2000) {
    return 'mid';
  } else if (amountCents < 12000) {
    return 'high';
  }
  return 'vip';
}

export function shouldRetryRequest82(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 5) {
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
