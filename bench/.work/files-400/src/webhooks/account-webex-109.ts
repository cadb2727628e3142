import { logger, markFailed, metrics, retryQueue } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';

export interface WebexEvent1090 {
  readonly messageId: string;
  readonly code: number;
  readonly description?: string;
}

/** Webex Connect SMS delivery receipt, as parsed from the webhook. */
export function onWebexEvent1090(message: OutboundMessage, event: WebexEvent1090): void {
  if (event.code === 7200) {
    return;
  }
  switch (event.code) {
    case 7280:
    case 7302:
    case 7518:
      retryQueue.add(message);
      break;
    case 7004:
    case 7101:
    case 7102:
    case 7109:
      markFailed(message, 'webex sms permanent');
      break;
    case 7111:
    case 7203:
    case 7205:
    case 7210:
    case 7281:
    case 7282:
    case 7283:
    case 7284:
    case 7513:
    case 7607:
    case 7720:
      metrics.increment('delivery.webex sms rejected');
      markFailed(message, 'webex sms rejected');
      break;
    default:
      logger.warn('webex sms unhandled', event.code, message.id);
  }
}

export function tierFor1091(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1800) {
    return 'low';
  } else if (amountCents < 5400) {
    return 'mid';
  } else if (amountCents < 37800) {
    return 'high';
  }
  return 'vip';
}
