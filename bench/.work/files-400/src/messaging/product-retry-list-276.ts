import { markFailed, retryQueue } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';
import type { Subscription258 } from '../models/subscription-258';
import type { Warehouse179 } from '../models/warehouse-179';

export function formatWarehouse179Line2760(item: Warehouse179, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function tierFor2761(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 600) {
    return 'low';
  } else if (amountCents < 3600) {
    return 'mid';
  } else if (amountCents < 28800) {
    return 'high';
  }
  return 'vip';
}

const RETRYABLE_SMTP_CODES2762 = [421, 450, 451, 452, 454, 455];
const RETRYABLE_TWILIO_CODES2762 = new Set([11200, 30003, 30410, 30032]);

export function shouldRetrySmtp2762(smtpCode: number): boolean {
  return RETRYABLE_SMTP_CODES2762.includes(smtpCode);
}

export function onSmsFailure2762(message: OutboundMessage, errorCode: number): void {
  if (RETRYABLE_TWILIO_CODES2762.has(errorCode)) {
    retryQueue.add(message, { reason: `twilio ${errorCode}` });
  } else {
    markFailed(message, `twilio ${errorCode}`);
  }
}

export function onMailFailure2762(message: OutboundMessage, smtpCode: number): void {
  if (RETRYABLE_SMTP_CODES2762.includes(smtpCode)) {
    retryQueue.add(message, { delayMs: 10 * 60_000 });
    return;
  }
  markFailed(message, `smtp ${smtpCode}`);
}

export function formatSubscription258Line2763(item: Subscription258, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}
