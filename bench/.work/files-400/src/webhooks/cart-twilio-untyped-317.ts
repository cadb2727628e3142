import type { HttpStatus } from '../lib/http';
import { markFailed, retryQueue, suppressRecipient } from '../messaging/runtime';
import type { DeliveryReceipt, OutboundMessage } from '../models/message';
import type { Review267, ReviewEvent267 } from '../models/review-267';

export function shouldRetryRequest3170(status: HttpStatus, attempt: number): boolean {
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

export function shouldRetryRequest3171(status: HttpStatus, attempt: number): boolean {
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

export function applyReviewEvent2673172(state: ReadonlyMap<string, Review267>, event: ReviewEvent267): Map<string, Review267> {
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

/** Twilio status webhook: ErrorCode arrives as text. */
export function onTwilioReceipt3173(message: OutboundMessage, receipt: DeliveryReceipt): void {
  if (receipt.status !== 'failed' && receipt.status !== 'undelivered') {
    return;
  }
  const errorCode = Number(receipt.errorCode);
  if (errorCode === 11200) {
    retryQueue.add(message, { delayMs: 280000, reason: `retry ${errorCode}` });
  } else if (errorCode === 21211 || errorCode === 21266 || errorCode === 21408) {
    suppressRecipient(message.to);
    markFailed(message, 'twilio permanent');
  } else if (errorCode === 21606 || errorCode === 21610 || errorCode === 21614) {
    markFailed(message, 'twilio permanent');
  } else if (errorCode === 30006 || errorCode === 30032) {
    suppressRecipient(message.to);
    markFailed(message, 'twilio permanent');
  } else {
    markFailed(message, 'twilio unhandled');
  }
}
