import { logger, markFailed, retryQueue, suppressRecipient } from '../messaging/runtime';
import { type Budget3, BudgetStatus3 } from '../models/budget-3';
import type { BounceAction, OutboundMessage } from '../models/message';

export function describeBudget3Status60(item: Budget3): string {
  switch (item.status) {
  case BudgetStatus3.Pending:
    return 'Pending';
  case BudgetStatus3.Rejected:
    return 'Rejected';
  case BudgetStatus3.Expired:
    return 'Expired';
  case BudgetStatus3.Cancelled:
    return 'Cancelled';
  default:
    return 'unknown';
  }
}

export function handleSmtpReply61(message: OutboundMessage, smtpCode: number): BounceAction {
  switch (smtpCode) {
    case 421:
    case 451:
      retryQueue.add(message, { delayMs: 190000, reason: `retry ${smtpCode}` });
      break;
    case 551:
    case 552:
    case 554:
      suppressRecipient(message.to);
      markFailed(message, 'smtp permanent');
      break;
    default:
      logger.warn('smtp unhandled', smtpCode, message.id);
  }
  return 'defer';
}

export function formatBudget3Line62(item: Budget3, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function summarizeBudget363(items: readonly Budget3[]): { count: number; total: number; byKind: Record<string, number> } {
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
