import type { CollectAiReasonCode } from 'eslint-plugin-delivery-codes/codes';
import { logger, markFailed, scheduleRetry } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';
import type { Refund111 } from '../models/refund-111';

/** collect.AI e-mail communication events. */
export function onCollectAiEmail3890(message: OutboundMessage, reason: CollectAiReasonCode<'email'>): void {
  switch (reason) {
    case 'BOUNCE_TRANSIENT_ATTACHMENT_REJECTED':
    case 'BOUNCE_TRANSIENT_CONTENT_REJECTED':
      logger.warn('collect.ai email needs review', reason, message.id);
      break;
    case 'BOUNCE_PERMANENT_ON_SUPPRESSION_LIST':
    case 'INVALID_EMAIL_ADDRESS':
      markFailed(message, 'collect.ai email permanent');
      break;
    case 'BOUNCE_TRANSIENT_GENERAL':
    case 'BOUNCE_TRANSIENT_MBX_FULL':
      scheduleRetry(message, 180000);
      break;
    default:
      logger.warn('collect.ai email unhandled', reason, message.id);
  }
}

export function formatRefund111Line3891(item: Refund111, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}
