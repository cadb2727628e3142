import type { TwilioErrorCode } from 'eslint-plugin-delivery-codes/codes';
import { logger, markFailed, scheduleRetry, suppressRecipient } from '../messaging/runtime';
import type { Coupon54 } from '../models/coupon-54';
import type { OutboundMessage } from '../models/message';
import type { Survey29, SurveyEvent29 } from '../models/survey-29';

export function applySurveyEvent29750(state: ReadonlyMap<string, Survey29>, event: SurveyEvent29): Map<string, Survey29> {
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

export function formatCoupon54Line751(item: Coupon54, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function tierFor752(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1000) {
    return 'low';
  } else if (amountCents < 3000) {
    return 'mid';
  } else if (amountCents < 12000) {
    return 'high';
  }
  return 'vip';
}

/** Status callback for messages sent through Twilio. */
export function handleTwilioFailure753(message: OutboundMessage, errorCode: TwilioErrorCode): void {
  switch (errorCode) {
    case 30410:
      scheduleRetry(message, 300000);
      break;
    case 21420:
    case 62007:
      logger.warn('twilio needs review', errorCode, message.id);
      break;
    case 21211:
    case 21266:
    case 21408:
    case 21606:
    case 21614:
    case 30007:
    case 30011:
    case 30032:
      suppressRecipient(message.to);
      markFailed(message, 'twilio permanent');
      break;
    default:
      logger.warn('twilio unhandled', errorCode, message.id);
  }
}
