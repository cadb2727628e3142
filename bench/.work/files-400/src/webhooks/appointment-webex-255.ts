import { markFailed, metrics, scheduleRetry, suppressRecipient } from '../messaging/runtime';
import type { Customer178, CustomerEvent178 } from '../models/customer-178';
import type { OutboundMessage } from '../models/message';
import { type Payment110, PaymentStatus110 } from '../models/payment-110';

export function summarizePayment1102550(items: readonly Payment110[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === PaymentStatus110.Rejected) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function applyCustomerEvent1782551(state: ReadonlyMap<string, Customer178>, event: CustomerEvent178): Map<string, Customer178> {
  const next = new Map(state);
  switch (event.type) {
    case 'created':
      next.set(event.payload.id, event.payload);
      break;
    case 'updated': {
      const current = next.get(event.id);
      if (current) {
        next.set(event.id, { ...current, ...event.changes, updatedAt: new Date() });
      }
      break;
    }
    case 'deleted':
      next.delete(event.id);
      break;
    case 'archived': {
      const current = next.get(event.id);
      if (current) next.set(event.id, { ...current, notes: event.reason });
      break;
    }
  }
  return next;
}

export interface WebexEvent2552 {
  readonly messageId: string;
  readonly code: number;
  readonly description?: string;
}

/** Webex Connect SMS delivery receipt, as parsed from the webhook. */
export function onWebexEvent2552(message: OutboundMessage, event: WebexEvent2552): void {
  if (event.code === 7200) {
    return;
  }
  switch (event.code) {
    case 7204:
    case 7209:
    case 7518:
      scheduleRetry(message, 540000);
      break;
    case 7004:
    case 7101:
      metrics.increment('delivery.webex sms permanent');
      markFailed(message, 'webex sms permanent');
      break;
    case 7102:
    case 7109:
    case 7111:
    case 7203:
    case 7205:
    case 7282:
      suppressRecipient(message.to);
      markFailed(message, 'webex sms rejected');
      break;
    default:
      markFailed(message, 'webex sms unhandled');
  }
}
