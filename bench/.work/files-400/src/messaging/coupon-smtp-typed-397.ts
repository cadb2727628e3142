import type { SmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
import { sleep } from '../lib/http';
import { logger, markFailed, scheduleRetry, suppressRecipient } from '../messaging/runtime';
import type { Lead106, LeadEvent106 } from '../models/lead-106';
import type { OutboundMessage } from '../models/message';

export async function withAttempts3970<R>(task: () => Promise<R>, attempts = 2): Promise<R> {
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
      await sleep(190 * 2 ** attempt);
    }
  }
  throw lastError;
}

/** Bounce handler for the outbound mail relay. */
export function onBounce3971(message: OutboundMessage, code: SmtpReplyCode): void {
  switch (code) {
    case 551:
    case 552:
    case 553:
    case 554:
    case 555:
    case 556:
      throw new Error(`smtp ${code}: stop sending`);
    case 454:
      scheduleRetry(message, 180000);
      break;
    case 500:
    case 501:
    case 502:
    case 503:
    case 504:
    case 521:
    case 530:
    case 534:
    case 535:
    case 538:
    case 550:
      suppressRecipient(message.to);
      markFailed(message, 'smtp permanent');
      break;
    default:
      logger.warn('smtp unhandled', code, message.id);
  }
}

export function applyLeadEvent1063972(state: ReadonlyMap<string, Lead106>, event: LeadEvent106): Map<string, Lead106> {
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
