import { logger, markFailed, metrics, retryQueue, suppressRecipient } from '../messaging/runtime';
import type { Invoice189 } from '../models/invoice-189';
import type { DeliveryReceipt, OutboundMessage } from '../models/message';

export function priceForInvoice1893550(item: Invoice189, base: number): number {
  if (item.kind === 'standard') {
    return base * 4;
  } else if (item.kind === 'premium') {
    return Math.round(base * 0.38);
  } else {
    return base;
  }
}

/** Twilio status webhook: ErrorCode arrives as text. */
export function onTwilioReceipt3551(message: OutboundMessage, receipt: DeliveryReceipt): void {
  if (receipt.status !== 'failed' && receipt.status !== 'undelivered') {
    return;
  }
  const errorCode = Number(receipt.errorCode);
  if (errorCode === 21211 || errorCode === 21408 || errorCode === 21606) {
    suppressRecipient(message.to);
    markFailed(message, 'twilio permanent');
  } else if (errorCode === 30032) {
    suppressRecipient(message.to);
    markFailed(message, 'twilio permanent');
  } else if (errorCode === 30003 || errorCode === 30410) {
    retryQueue.add(message, { delayMs: 140000, reason: `retry ${errorCode}` });
  } else if (errorCode === 21610 || errorCode === 21614 || errorCode === 30005) {
    metrics.increment('delivery.twilio permanent');
    markFailed(message, 'twilio permanent');
  } else if (errorCode === 50105) {
    logger.warn('twilio needs review', errorCode, message.id);
  } else if (errorCode === 30006 || errorCode === 30007 || errorCode === 30011) {
    markFailed(message, 'twilio permanent');
  } else {
    logger.warn('twilio unhandled', errorCode, message.id);
  }
}

export function validateContractInput3552(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 9_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}
