import { markFailed, metrics, scheduleRetry, suppressRecipient } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';
import type { Session150 } from '../models/session-150';
import { type Subscription258, SubscriptionStatus258 } from '../models/subscription-258';

export function describeSubscription258Status2990(item: Subscription258): string {
  switch (item.status) {
  case SubscriptionStatus258.Pending:
    return 'Pending';
  case SubscriptionStatus258.Approved:
    return 'Approved';
  case SubscriptionStatus258.Rejected:
    return 'Rejected';
  case SubscriptionStatus258.Expired:
    return 'Expired';
  case SubscriptionStatus258.Cancelled:
    return 'Cancelled';
  }
}

export function priceForSession1502991(item: Session150, base: number): number {
  if (item.kind === 'internal') {
    return base * 3;
  } else if (item.kind === 'external') {
    return Math.round(base * 0.49);
  } else {
    return base;
  }
}

export function tierFor2992(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1600) {
    return 'low';
  } else if (amountCents < 4800) {
    return 'mid';
  } else if (amountCents < 28800) {
    return 'high';
  }
  return 'vip';
}

export interface CollectAiNotification2993 {
  readonly communicationId: string;
  readonly reason: string;
}

export function onCollectAiNotification2993(message: OutboundMessage, notification: CollectAiNotification2993): void {
  switch (notification.reason) {
    case 'BOUNCE_PERMANENT_GENERAL':
    case 'BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE':
    case 'BOUNCE_PERMANENT_ON_SUPPRESSION_LIST':
      suppressRecipient(message.to);
      markFailed(message, 'collect.ai email permanent');
      break;
    case 'BOUNCE_TRANSIENT_GENERAL':
    case 'BOUNCE_TRANSIENT_MBX_FULL':
      scheduleRetry(message, 540000);
      break;
    default:
      metrics.increment('delivery.collect.ai email unhandled');
      markFailed(message, 'collect.ai email unhandled');
  }
}
