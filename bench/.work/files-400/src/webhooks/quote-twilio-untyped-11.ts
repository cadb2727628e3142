import { markFailed, metrics, scheduleRetry } from '../messaging/runtime';
import type { Budget3 } from '../models/budget-3';
import type { DeliveryReceipt, OutboundMessage } from '../models/message';

export type EmailDigest110 = 'daily' | 'weekly' | 'never';
export type MailStatus110 = 'ok' | 'bounced' | 'complained';

export function digestDelay110(emailDigest: EmailDigest110, mailStatus: MailStatus110, item: Budget3): number {
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

/** Twilio status webhook: ErrorCode arrives as text. */
export function onTwilioReceipt111(message: OutboundMessage, receipt: DeliveryReceipt): void {
  if (receipt.status === 'delivered') {
    return;
  }
  switch (receipt.errorCode) {
    case '11200':
    case '30003':
    case '30410':
      scheduleRetry(message, 240000);
      break;
    case '21211':
    case '21266':
    case '21408':
    case '21606':
    case '21614':
    case '30005':
      markFailed(message, 'twilio permanent');
      break;
    case '30007':
    case '30011':
    case '30032':
      throw new Error(`twilio ${receipt.errorCode}: stop sending`);
    default:
      metrics.increment('delivery.twilio unhandled');
      markFailed(message, 'twilio unhandled');
  }
}
