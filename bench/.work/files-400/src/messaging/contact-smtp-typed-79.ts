import type { SmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
import { logger, markFailed, retryQueue, suppressRecipient } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';

export function validateBudgetInput790(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 8_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}

/** Bounce handler for the outbound mail relay. */
export function onBounce791(message: OutboundMessage, code: SmtpReplyCode): void {
  switch (code) {
    case 455:
      retryQueue.add(message, { delayMs: 240000, reason: `retry ${code}` });
      break;
    case 535:
    case 538:
    case 550:
    case 551:
    case 552:
      suppressRecipient(message.to);
      markFailed(message, 'smtp rejected');
      break;
    case 432:
      logger.warn('smtp needs review', code, message.id);
      break;
    case 500:
    case 501:
    case 502:
    case 503:
    case 504:
    case 530:
    case 534:
      markFailed(message, 'smtp permanent');
      break;
    default:
      logger.warn('smtp unhandled', code, message.id);
  }
}
