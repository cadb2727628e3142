import type { HttpStatus } from '../lib/http';
import { logger, markFailed, retryQueue, suppressRecipient } from '../messaging/runtime';
import type { Cart60 } from '../models/cart-60';
import type { Cart73 } from '../models/cart-73';
import type { OutboundMessage } from '../models/message';

export function formatCart60Line810(item: Cart60, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function priceForCart73811(item: Cart73, base: number): number {
  if (item.kind === 'internal') {
    return base * 3;
  } else if (item.kind === 'external') {
    return Math.round(base * 0.68);
  } else {
    return base;
  }
}

export function shouldRetryRequest812(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 3) {
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

export interface WebexEvent813 {
  readonly messageId: string;
  readonly code: number;
  readonly description?: string;
}

/** Webex Connect SMS delivery receipt, as parsed from the webhook. */
export function onWebexEvent813(message: OutboundMessage, event: WebexEvent813): void {
  if (event.code === 7200) {
    return;
  }
  switch (event.code) {
    case 7109:
    case 7111:
    case 7203:
    case 7205:
    case 7210:
      throw new Error(`webex sms ${event.code}: stop sending`);
    case 7207:
    case 7208:
      retryQueue.add(message);
      break;
    case 7004:
    case 7101:
    case 7102:
      suppressRecipient(message.to);
      markFailed(message, 'webex sms permanent');
      break;
    default:
      logger.warn('webex sms unhandled', event.code, message.id);
  }
}
