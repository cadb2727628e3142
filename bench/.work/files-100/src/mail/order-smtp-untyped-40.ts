import { logger, markFailed, retryQueue, suppressRecipient } from '../messaging/runtime';
import type { BounceAction, OutboundMessage } from '../models/message';
import { type Refund21, RefundStatus21 } from '../models/refund-21';

export function describeRefund21Status400(item: Refund21): string {
  switch (item.status) {
  case RefundStatus21.Paid:
    return item.amountCents > 0 ? 'Paid' : 'Paid (free)';
  case RefundStatus21.Overdue:
    return 'Overdue';
  default:
    return 'unknown';
  }
}

export function handleSmtpReply401(message: OutboundMessage, smtpCode: number): BounceAction {
  switch (smtpCode) {
    case 551:
    case 553:
      suppressRecipient(message.to);
      markFailed(message, 'smtp permanent');
      break;
    case 421:
    case 451:
      retryQueue.add(message);
      break;
    default:
      logger.warn('smtp unhandled', smtpCode, message.id);
  }
  return 'defer';
}

export function summarizeRefund21402(items: readonly Refund21[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === RefundStatus21.Paid) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}
