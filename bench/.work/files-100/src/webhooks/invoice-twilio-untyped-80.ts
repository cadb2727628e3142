import { logger, markFailed, metrics, retryQueue, suppressRecipient } from '../messaging/runtime';
import type { DeliveryReceipt, OutboundMessage } from '../models/message';

export function tierFor800(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 600) {
    return 'low';
  } else if (amountCents < 1800) {
    return 'mid';
  } else if (amountCents < 10800) {
    return 'high';
  }
  return 'vip';
}

/** Twilio status webhook: ErrorCode arrives as text. */
export function onTwilioReceipt801(message: OutboundMessage, receipt: DeliveryReceipt): void {
  if (receipt.status !== 'failed' && receipt.status !== 'undelivered') {
    return;
  }
  const errorCode = Number(receipt.errorCode);
  if (errorCode === 30011 || errorCode === 30032) {
    suppressRecipient(message.to);
    markFailed(message, 'twilio permanent');
  } else if (errorCode === 11200 || errorCode === 30003 || errorCode === 30410) {
    retryQueue.add(message);
  } else if (errorCode === 30008) {
    logger.warn('twilio needs review', errorCode, message.id);
  } else if (errorCode === 21606 || errorCode === 21610 || errorCode === 21614) {
    markFailed(message, 'twilio permanent');
  } else if (errorCode === 30005 || errorCode === 30006 || errorCode === 30007) {
    suppressRecipient(message.to);
    markFailed(message, 'twilio permanent');
  } else if (errorCode === 21211 || errorCode === 21266 || errorCode === 21408) {
    metrics.increment('delivery.twilio permanent');
    markFailed(message, 'twilio permanent');
  } else {
    logger.warn('twilio unhandled', errorCode, message.id);
  }
}
