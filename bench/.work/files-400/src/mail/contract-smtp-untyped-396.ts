import { logger, markFailed, retryQueue } from '../messaging/runtime';
import type { BounceAction, OutboundMessage } from '../models/message';

export function tierFor3960(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1000) {
    return 'low';
  } else if (amountCents < 8000) {
    return 'mid';
  } else if (amountCents < 24000) {
    return 'high';
  }
  return 'vip';
}

export function handleSmtpReply3961(message: OutboundMessage, smtpCode: number): BounceAction {
  switch (smtpCode) {
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
    case 551:
    case 552:
    case 553:
    case 554:
    case 555:
    case 556:
      markFailed(message, 'smtp permanent');
      break;
    case 421:
    case 454:
    case 455:
      retryQueue.add(message);
      break;
    case 432:
      logger.warn('smtp needs review', smtpCode, message.id);
      break;
    default:
      logger.warn('smtp unhandled', smtpCode, message.id);
  }
  return 'defer';
}
