import type { SmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
import { logger, markFailed, scheduleRetry, suppressRecipient } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';
import type { Report74 } from '../models/report-74';

/** Bounce handler for the outbound mail relay. */
export function onBounce840(message: OutboundMessage, code: SmtpReplyCode): void {
  switch (code) {
    case 500:
    case 501:
    case 502:
    case 503:
      suppressRecipient(message.to);
      markFailed(message, 'smtp permanent');
      break;
    case 504:
    case 521:
    case 530:
    case 534:
    case 535:
    case 538:
    case 550:
    case 551:
    case 552:
    case 553:
    case 554:
    case 555:
    case 556:
      markFailed(message, 'smtp rejected');
      break;
    case 421:
    case 451:
    case 452:
      scheduleRetry(message, 300000);
      break;
    case 432:
      logger.warn('smtp needs review', code, message.id);
      break;
  }
}

export type EmailDigest841 = 'daily' | 'weekly' | 'never';
export type MailStatus841 = 'ok' | 'bounced' | 'complained';

export function digestDelay841(emailDigest: EmailDigest841, mailStatus: MailStatus841, item: Report74): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 2 * 86_400_000;
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
