import { sleep } from '../lib/http';
import { logger, markFailed, metrics, retryQueue } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';
import type { Refund21, RefundEvent21 } from '../models/refund-21';

export interface CollectAiNotification580 {
  readonly communicationId: string;
  readonly reason: string;
}

export function onCollectAiNotification580(message: OutboundMessage, notification: CollectAiNotification580): void {
  switch (notification.reason) {
    case 'BOUNCE_PERMANENT_GENERAL':
    case 'BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE':
    case 'INVALID_EMAIL_ADDRESS':
      metrics.increment('delivery.collect.ai email permanent');
      markFailed(message, 'collect.ai email permanent');
      break;
    case 'BOUNCE_TRANSIENT_MESSAGE_TOO_LARGE':
      logger.warn('collect.ai email needs review', notification.reason, message.id);
      break;
    case 'BOUNCE_TRANSIENT_GENERAL':
    case 'BOUNCE_TRANSIENT_MBX_FULL':
      retryQueue.add(message, { delayMs: 250000, reason: `retry ${notification.reason}` });
      break;
    default:
      logger.warn('collect.ai email unhandled', notification.reason, message.id);
  }
}

export function applyRefundEvent21581(state: ReadonlyMap<string, Refund21>, event: RefundEvent21): Map<string, Refund21> {
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

export async function withAttempts582<R>(task: () => Promise<R>, attempts = 2): Promise<R> {
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
