import type { HttpStatus } from '../lib/http';
import { logger, markFailed, metrics, retryQueue } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';

export interface CollectAiNotification690 {
  readonly communicationId: string;
  readonly reason: string;
}

export function onCollectAiNotification690(message: OutboundMessage, notification: CollectAiNotification690): void {
  switch (notification.reason) {
    case 'BOUNCE_TRANSIENT_MESSAGE_TOO_LARGE':
      logger.warn('collect.ai email needs review', notification.reason, message.id);
      break;
    case 'BOUNCE_PERMANENT_GENERAL':
    case 'BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE':
    case 'BOUNCE_PERMANENT_ON_SUPPRESSION_LIST':
    case 'INVALID_EMAIL_ADDRESS':
      metrics.increment('delivery.collect.ai email permanent');
      markFailed(message, 'collect.ai email permanent');
      break;
    case 'BOUNCE_TRANSIENT_GENERAL':
    case 'BOUNCE_TRANSIENT_MBX_FULL':
      retryQueue.add(message, { delayMs: 250000, reason: `retry ${notification.reason}` });
      break;
    default:
      logger.warn('collect.ai email unhandled', notification.reason, message.id);
  }
}

export function shouldRetryRequest691(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 5) {
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
