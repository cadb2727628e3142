import type { CollectAiReasonCode } from 'eslint-plugin-delivery-codes/codes';
import { logger, markFailed, retryQueue, suppressRecipient } from '../messaging/runtime';
import { type Cart73, CartStatus73 } from '../models/cart-73';
import type { OutboundMessage } from '../models/message';

export function describeCart73Status1670(item: Cart73): string {
  switch (item.status) {
  case CartStatus73.New:
    return 'New';
  case CartStatus73.InProgress:
    return 'InProgress';
  default:
    return 'unknown';
  }
}

/** collect.AI e-mail communication events. */
export function onCollectAiEmail1671(message: OutboundMessage, reason: CollectAiReasonCode<'email'>): void {
  switch (reason) {
    case 'BOUNCE_TRANSIENT_GENERAL':
    case 'BOUNCE_TRANSIENT_MBX_FULL':
      retryQueue.add(message);
      break;
    case 'BOUNCE_TRANSIENT_ATTACHMENT_REJECTED':
    case 'BOUNCE_TRANSIENT_MESSAGE_TOO_LARGE':
      logger.warn('collect.ai email needs review', reason, message.id);
      break;
    case 'BOUNCE_PERMANENT_GENERAL':
    case 'BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE':
    case 'BOUNCE_PERMANENT_ON_SUPPRESSION_LIST':
      suppressRecipient(message.to);
      markFailed(message, 'collect.ai email permanent');
      break;
    case 'INVALID_EMAIL_ADDRESS':
      markFailed(message, 'collect.ai email rejected');
      break;
    default:
      logger.warn('collect.ai email unhandled', reason, message.id);
  }
}
