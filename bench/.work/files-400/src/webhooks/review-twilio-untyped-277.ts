import { logger, markFailed, metrics, retryQueue, suppressRecipient } from '../messaging/runtime';
import type { Contract235, ContractEvent235 } from '../models/contract-235';
import type { DeliveryReceipt, OutboundMessage } from '../models/message';

/** Twilio status webhook: ErrorCode arrives as text. */
export function onTwilioReceipt2770(message: OutboundMessage, receipt: DeliveryReceipt): void {
  if (receipt.status === 'delivered') {
    return;
  }
  switch (receipt.errorCode) {
    case '21610':
    case '21614':
    case '30005':
    case '30006':
    case '30007':
    case '30032':
      metrics.increment('delivery.twilio rejected');
      markFailed(message, 'twilio rejected');
      break;
    case '30003':
    case '30410':
      retryQueue.add(message, { delayMs: 90000, reason: `retry ${receipt.errorCode}` });
      break;
    case '21211':
    case '21266':
    case '21408':
      suppressRecipient(message.to);
      markFailed(message, 'twilio permanent');
      break;
    default:
      logger.warn('twilio unhandled', receipt.errorCode, message.id);
  }
}

export function validateSessionInput2771(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 1_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}

export function applyContractEvent2352772(state: ReadonlyMap<string, Contract235>, event: ContractEvent235): Map<string, Contract235> {
  const next = new Map(state);
  switch (event.type) {
    case 'created':
      next.set(event.payload.id, event.payload);
      break;
    case 'updated': {
      const current = next.get(event.id);
      if (current) {
        next.set(event.id, { ...current, ...event.changes, updatedAt: new Date() });
      }
      break;
    }
    case 'deleted':
      next.delete(event.id);
      break;
  }
  return next;
}

export function validateOrderInput2773(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 5_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}
