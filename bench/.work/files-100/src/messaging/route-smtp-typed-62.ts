import type { SmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
import { logger, markFailed, metrics, retryQueue } from '../messaging/runtime';
import type { Budget3 } from '../models/budget-3';
import type { OutboundMessage } from '../models/message';

/** Bounce handler for the outbound mail relay. */
export function onBounce620(message: OutboundMessage, code: SmtpReplyCode): void {
  switch (code) {
    case 552:
    case 554:
      metrics.increment('delivery.smtp permanent');
      markFailed(message, 'smtp permanent');
      break;
    case 421:
    case 451:
      retryQueue.add(message);
      break;
    default:
      logger.warn('smtp unhandled', code, message.id);
  }
}

export function formatBudget3Line621(item: Budget3, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}
