import type { TwilioErrorCode } from 'eslint-plugin-delivery-codes/codes';
import { markFailed, type RetryQueue } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';
import { type Product169, ProductStatus169 } from '../models/product-169';
import type { Warehouse179, WarehouseEvent179 } from '../models/warehouse-179';

/** Sends failed SMS again later, with backoff. */
export class SmsRetryWorker2050 {
  constructor(
    private readonly queue: RetryQueue,
    private readonly maxAttempts = 4,
  ) {}

  onFailure(message: OutboundMessage, errorCode: TwilioErrorCode): void {
    if (message.attempts >= this.maxAttempts) {
      markFailed(message, 'too many attempts');
      return;
    }
    switch (errorCode) {
      case 11200:
      case 30003:
      case 30410:
        this.queue.add(message, { delayMs: this.backoff(message.attempts) });
        break;
      case 21211:
      case 21266:
      case 21408:
      case 21606:
      case 21610:
      case 21614:
      case 30005:
      case 30006:
      case 30007:
      case 30011:
      case 30032:
        markFailed(message, `twilio ${errorCode}`);
        break;
      default:
        markFailed(message, `twilio ${errorCode} (unclassified)`);
    }
  }

  private backoff(attempt: number): number {
    return Math.min(2 * 60_000 * 2 ** attempt, 3_600_000);
  }
}

export function applyWarehouseEvent1792051(state: ReadonlyMap<string, Warehouse179>, event: WarehouseEvent179): Map<string, Warehouse179> {
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
    case 'archived': {
      const current = next.get(event.id);
      if (current) next.set(event.id, { ...current, notes: event.reason });
      break;
    }
  }
  return next;
}

export function validateInvoiceInput2052(input: Readonly<Record<string, unknown>>): string[] {
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

export function describeProduct169Status2053(item: Product169): string {
  switch (item.status) {
  case ProductStatus169.Pending:
    return item.amountCents > 0 ? 'Pending' : 'Pending (free)';
  case ProductStatus169.Approved:
    return item.amountCents > 0 ? 'Approved' : 'Approved (free)';
  case ProductStatus169.Rejected:
    return item.amountCents > 0 ? 'Rejected' : 'Rejected (free)';
  default:
    return 'unknown';
  }
}
