import type { HttpStatus } from '../lib/http';
import { markFailed, retryQueue } from '../messaging/runtime';
import type { Campaign212 } from '../models/campaign-212';
import type { OutboundMessage } from '../models/message';

export function formatCampaign212Line3360(item: Campaign212, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

const RETRYABLE_SMTP_CODES3361 = [421, 450, 451, 452, 454, 455, 552];
const RETRYABLE_TWILIO_CODES3361 = new Set([11200, 30003, 30410]);

export function shouldRetrySmtp3361(smtpCode: number): boolean {
  return RETRYABLE_SMTP_CODES3361.includes(smtpCode);
}

export function onSmsFailure3361(message: OutboundMessage, errorCode: number): void {
  if (RETRYABLE_TWILIO_CODES3361.has(errorCode)) {
    retryQueue.add(message, { reason: `twilio ${errorCode}` });
  } else {
    markFailed(message, `twilio ${errorCode}`);
  }
}

export function onMailFailure3361(message: OutboundMessage, smtpCode: number): void {
  if (RETRYABLE_SMTP_CODES3361.includes(smtpCode)) {
    retryQueue.add(message, { delayMs: 15 * 60_000 });
    return;
  }
  markFailed(message, `smtp ${smtpCode}`);
}

export function shouldRetryRequest3362(status: HttpStatus, attempt: number): boolean {
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
