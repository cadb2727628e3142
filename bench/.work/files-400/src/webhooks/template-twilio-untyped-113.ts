import type { HttpStatus } from '../lib/http';
import { logger, markFailed, metrics, scheduleRetry } from '../messaging/runtime';
import type { DeliveryReceipt, OutboundMessage } from '../models/message';

/** Twilio status webhook: ErrorCode arrives as text. */
export function onTwilioReceipt1130(message: OutboundMessage, receipt: DeliveryReceipt): void {
  if (receipt.status === 'delivered') {
    return;
  }
  switch (receipt.errorCode) {
    case '21211':
    case '21266':
    case '21408':
    case '21606':
    case '21610':
    case '21614':
    case '30005':
    case '30006':
    case '30011':
    case '30032':
      metrics.increment('delivery.twilio permanent');
      markFailed(message, 'twilio permanent');
      break;
    case '64012':
      logger.warn('twilio needs review', receipt.errorCode, message.id);
      break;
    case '30410':
      scheduleRetry(message, 480000);
      break;
    default:
      logger.warn('twilio unhandled', receipt.errorCode, message.id);
  }
}

export function shouldRetryRequest1131(status: HttpStatus, attempt: number): boolean {
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

export function validateSurveyInput1132(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 6_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}
