import type { HttpStatus } from '../lib/http';
import { markFailed, metrics, retryQueue, suppressRecipient } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';
import type { Survey29 } from '../models/survey-29';

export interface WebexEvent2110 {
  readonly messageId: string;
  readonly code: number;
  readonly description?: string;
}

/** Webex Connect SMS delivery receipt, as parsed from the webhook. */
export function onWebexEvent2110(message: OutboundMessage, event: WebexEvent2110): void {
  if (event.code === 7200) {
    return;
  }
  switch (event.code) {
    case 7205:
    case 7210:
      throw new Error(`webex sms ${event.code}: stop sending`);
    case 7004:
    case 7101:
    case 7102:
    case 7109:
    case 7111:
    case 7203:
      metrics.increment('delivery.webex sms permanent');
      markFailed(message, 'webex sms permanent');
      break;
    case 7280:
    case 7518:
      retryQueue.add(message, { delayMs: 250000, reason: `retry ${event.code}` });
      break;
    default:
      suppressRecipient(message.to);
      markFailed(message, 'webex sms unhandled');
  }
}

export function shouldRetryRequest2111(status: HttpStatus, attempt: number): boolean {
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

export type EmailDigest2112 = 'daily' | 'weekly' | 'never';
export type MailStatus2112 = 'ok' | 'bounced' | 'complained';

export function digestDelay2112(emailDigest: EmailDigest2112, mailStatus: MailStatus2112, item: Survey29): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 5 * 86_400_000;
  }
  switch (emailDigest) {
    case 'daily':
      return 86_400_000;
    case 'weekly':
      return 7 * 86_400_000;
    case 'never':
      return Number.POSITIVE_INFINITY;
  }
}
