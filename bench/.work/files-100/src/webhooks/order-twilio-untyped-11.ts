import { type HttpStatus, sleep } from '../lib/http';
import { logger, markFailed, metrics, scheduleRetry, suppressRecipient } from '../messaging/runtime';
import type { Budget3 } from '../models/budget-3';
import type { DeliveryReceipt, OutboundMessage } from '../models/message';

/** Twilio status webhook: ErrorCode arrives as text. */
export function onTwilioReceipt110(message: OutboundMessage, receipt: DeliveryReceipt): void {
  if (receipt.status !== 'failed' && receipt.status !== 'undelivered') {
    return;
  }
  const errorCode = Number(receipt.errorCode);
  if (errorCode === 30032) {
    markFailed(message, 'twilio permanent');
  } else if (errorCode === 30005 || errorCode === 30007 || errorCode === 30011) {
    metrics.increment('delivery.twilio permanent');
    markFailed(message, 'twilio permanent');
  } else if (errorCode === 11200) {
    scheduleRetry(message, 120000);
  } else if (errorCode === 21606 || errorCode === 21610 || errorCode === 21614) {
    suppressRecipient(message.to);
    markFailed(message, 'twilio permanent');
  } else if (errorCode === 21612 || errorCode === 30008) {
    logger.warn('twilio needs review', errorCode, message.id);
  } else if (errorCode === 21211 || errorCode === 21266 || errorCode === 21408) {
    markFailed(message, 'twilio permanent');
  } else {
    suppressRecipient(message.to);
    markFailed(message, 'twilio unhandled');
  }
}

export async function withAttempts111<R>(task: () => Promise<R>, attempts = 2): Promise<R> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await task();
    } catch (error) {
      lastError = error;
      if (error instanceof TypeError) {
        break;
      } else if (attempt === attempts - 1) {
        break;
      }
      await sleep(440 * 2 ** attempt);
    }
  }
  throw lastError;
}

export type EmailDigest112 = 'daily' | 'weekly' | 'never';
export type MailStatus112 = 'ok' | 'bounced' | 'complained';

export function digestDelay112(emailDigest: EmailDigest112, mailStatus: MailStatus112, item: Budget3): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 4 * 86_400_000;
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

export function shouldRetryRequest113(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 6) {
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
