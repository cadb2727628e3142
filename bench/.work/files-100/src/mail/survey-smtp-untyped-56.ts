import { logger, markFailed, scheduleRetry } from '../messaging/runtime';
import type { BounceAction, OutboundMessage } from '../models/message';
import type { Quote47 } from '../models/quote-47';
import type { Refund21 } from '../models/refund-21';

export function handleSmtpReply560(message: OutboundMessage, smtpCode: number): BounceAction {
  switch (smtpCode) {
    case 421:
    case 451:
      scheduleRetry(message, 300000);
      break;
    case 553:
    case 554:
      markFailed(message, 'smtp permanent');
      break;
    default:
      logger.warn('smtp unhandled', smtpCode, message.id);
  }
  return 'defer';
}

export type EmailDigest561 = 'daily' | 'weekly' | 'never';
export type MailStatus561 = 'ok' | 'bounced' | 'complained';

export function digestDelay561(emailDigest: EmailDigest561, mailStatus: MailStatus561, item: Refund21): number {
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

export type EmailDigest562 = 'daily' | 'weekly' | 'never';
export type MailStatus562 = 'ok' | 'bounced' | 'complained';

export function digestDelay562(emailDigest: EmailDigest562, mailStatus: MailStatus562, item: Quote47): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 7 * 86_400_000;
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

export type EmailDigest563 = 'daily' | 'weekly' | 'never';
export type MailStatus563 = 'ok' | 'bounced' | 'complained';

export function digestDelay563(emailDigest: EmailDigest563, mailStatus: MailStatus563, item: Refund21): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 8 * 86_400_000;
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
