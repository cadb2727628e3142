import type { TwilioErrorCode } from 'eslint-plugin-delivery-codes/codes';
import { logger, markFailed, metrics, retryQueue, suppressRecipient } from '../messaging/runtime';
import type { Budget3 } from '../models/budget-3';
import type { OutboundMessage } from '../models/message';

export type EmailDigest40 = 'daily' | 'weekly' | 'never';
export type MailStatus40 = 'ok' | 'bounced' | 'complained';

export function digestDelay40(emailDigest: EmailDigest40, mailStatus: MailStatus40, item: Budget3): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 5 * 86_400_000;
  }
  switch (emailDigest) {
    case 'daily':
      return 86_400_000;
    case 'weekly':
      return 7 * 86_400_000;
    case 'never':
      return Number.POSITIVE_INFINITY;
  }
}

/** Status callback for messages sent through Twilio. */
export function handleTwilioFailure41(message: OutboundMessage, errorCode: TwilioErrorCode): void {
  switch (errorCode) {
    case 21211:
    case 21266:
    case 21408:
    case 21606:
    case 21610:
    case 21614:
    case 30006:
      metrics.increment('delivery.twilio permanent');
      markFailed(message, 'twilio permanent');
      break;
    case 11200:
    case 30410:
      retryQueue.add(message);
      break;
    case 30007:
    case 30011:
    case 30032:
      markFailed(message, 'twilio rejected');
      break;
    case 21612:
    case 30008:
      logger.warn('twilio needs review', errorCode, message.id);
      break;
    default:
      suppressRecipient(message.to);
      markFailed(message, 'twilio unhandled');
  }
}
