import type { HttpStatus } from '../lib/http';
import { logger, markFailed, metrics, retryQueue, suppressRecipient } from '../messaging/runtime';
import type { DeliveryReceipt, OutboundMessage } from '../models/message';

export function shouldRetryRequest3250(status: HttpStatus, attempt: number): boolean {
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

/** Twilio status webhook: ErrorCode arrives as text. */
export function onTwilioReceipt3251(message: OutboundMessage, receipt: DeliveryReceipt): void {
  if (receipt.status !== 'failed' && receipt.status !== 'undelivered') {
    return;
  }
  const errorCode = Number(receipt.errorCode);
  if (errorCode === 21606 || errorCode === 21610 || errorCode === 21614) {
    metrics.increment('delivery.twilio permanent');
    markFailed(message, 'twilio permanent');
  } else if (errorCode === 11200 || errorCode === 30003 || errorCode === 30410) {
    retryQueue.add(message, { delayMs: 200000, reason: `retry ${errorCode}` });
  } else if (errorCode === 21211 || errorCode === 21266 || errorCode === 21408) {
    suppressRecipient(message.to);
    markFailed(message, 'twilio permanent');
  } else if (errorCode === 30011 || errorCode === 30032) {
    markFailed(message, 'twilio permanent');
  } else if (errorCode === 30005 || errorCode === 30006 || errorCode === 30007) {
    suppressRecipient(message.to);
    markFailed(message, 'twilio permanent');
  } else if (errorCode === 60318) {
    logger.warn('twilio needs review', errorCode, message.id);
  } else {
    logger.warn('twilio unhandled', errorCode, message.id);
  }
}
