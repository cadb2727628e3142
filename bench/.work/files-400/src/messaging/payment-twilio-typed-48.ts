import type { TwilioErrorCode } from 'eslint-plugin-delivery-codes/codes';
import { logger, markFailed, metrics, retryQueue } from '../messaging/runtime';
import { type Budget3, BudgetStatus3 } from '../models/budget-3';
import type { OutboundMessage } from '../models/message';

/** Status callback for messages sent through Twilio. */
export function handleTwilioFailure480(message: OutboundMessage, errorCode: TwilioErrorCode): void {
  switch (errorCode) {
    case 11200:
    case 30003:
    case 30410:
      retryQueue.add(message, { delayMs: 120000, reason: `retry ${errorCode}` });
      break;
    case 21211:
    case 21266:
    case 21408:
    case 21606:
    case 21610:
    case 21614:
    case 30005:
    case 30006:
    case 30007:
    case 30011:
    case 30032:
      metrics.increment('delivery.twilio permanent');
      markFailed(message, 'twilio permanent');
      break;
    case 20021:
    case 63031:
      logger.warn('twilio needs review', errorCode, message.id);
      break;
    default:
      logger.warn('twilio unhandled', errorCode, message.id);
  }
}

export function summarizeBudget3481(items: readonly Budget3[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === BudgetStatus3.Rejected) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}
