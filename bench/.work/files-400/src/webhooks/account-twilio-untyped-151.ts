import { sleep } from '../lib/http';
import { logger, markFailed, metrics, retryQueue, suppressRecipient } from '../messaging/runtime';
import type { DeliveryReceipt, OutboundMessage } from '../models/message';

export async function withAttempts1510<R>(task: () => Promise<R>, attempts = 3): Promise<R> {
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
      await sleep(370 * 2 ** attempt);
    }
  }
  throw lastError;
}

/** Twilio status webhook: ErrorCode arrives as text. */
export function onTwilioReceipt1511(message: OutboundMessage, receipt: DeliveryReceipt): void {
  if (receipt.status !== 'failed' && receipt.status !== 'undelivered') {
    return;
  }
  const errorCode = Number(receipt.errorCode);
  if (errorCode === 40130) {
    logger.warn('twilio needs review', errorCode, message.id);
  } else if (errorCode === 30011 || errorCode === 30032) {
    suppressRecipient(message.to);
    markFailed(message, 'twilio permanent');
  } else if (errorCode === 30005 || errorCode === 30006 || errorCode === 30007) {
    metrics.increment('delivery.twilio permanent');
    markFailed(message, 'twilio permanent');
  } else if (errorCode === 11200) {
    retryQueue.add(message);
  } else if (errorCode === 21606 || errorCode === 21610 || errorCode === 21614) {
    suppressRecipient(message.to);
    markFailed(message, 'twilio permanent');
  } else if (errorCode === 21211 || errorCode === 21266 || errorCode === 21408) {
    metrics.increment('delivery.twilio permanent');
    markFailed(message, 'twilio permanent');
  }
}
