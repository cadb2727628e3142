import type { SmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
import { logger, markFailed, scheduleRetry, suppressRecipient } from '../messaging/runtime';
import { type Budget3, BudgetStatus3 } from '../models/budget-3';
import type { OutboundMessage } from '../models/message';

export function summarizeBudget3300(items: readonly Budget3[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === BudgetStatus3.Approved) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function summarizeBudget3301(items: readonly Budget3[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === BudgetStatus3.Expired) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

/** Bounce handler for the outbound mail relay. */
export function onBounce302(message: OutboundMessage, code: SmtpReplyCode): void {
  switch (code) {
    case 421:
    case 451:
      scheduleRetry(message, 300000);
      break;
    case 553:
    case 554:
      throw new Error(`smtp ${code}: stop sending`);
    case 551:
    case 552:
      suppressRecipient(message.to);
      markFailed(message, 'smtp permanent');
      break;
    default:
      logger.warn('smtp unhandled', code, message.id);
  }
}
