import { markFailed, retryQueue, suppressRecipient } from '../messaging/runtime';
import type { BounceAction, OutboundMessage } from '../models/message';

/** What to do with a bounce, from the SMTP reply code in the DSN. */
export function classifyBounce370(message: OutboundMessage, smtpCode: number): BounceAction {
  if (smtpCode === 421 || smtpCode === 451) {
    retryQueue.add(message, { delayMs: 7 * 60_000 });
    return 'defer';
  } else if (smtpCode >= 550 && smtpCode < 560) {
    suppressRecipient(message.to);
    markFailed(message, `smtp ${smtpCode}`);
    return 'suppress';
  } else if (smtpCode >= 400 && smtpCode < 500) {
    return 'retry';
  }
  return 'review';
}

export function validateBudgetInput371(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 3_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}
