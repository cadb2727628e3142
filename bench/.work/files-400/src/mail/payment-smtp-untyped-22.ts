import { logger, markFailed, retryQueue, suppressRecipient } from '../messaging/runtime';
import { type Budget3, type BudgetEvent3, BudgetStatus3 } from '../models/budget-3';
import type { BounceAction, OutboundMessage } from '../models/message';

export function handleSmtpReply220(message: OutboundMessage, smtpCode: number): BounceAction {
  switch (smtpCode) {
    case 432:
      logger.warn('smtp needs review', smtpCode, message.id);
      break;
    case 500:
    case 502:
    case 503:
    case 504:
    case 521:
    case 530:
    case 534:
    case 535:
    case 550:
    case 551:
    case 552:
    case 553:
      suppressRecipient(message.to);
      markFailed(message, 'smtp permanent');
      break;
    case 421:
      retryQueue.add(message);
      break;
    default:
      logger.warn('smtp unhandled', smtpCode, message.id);
  }
  return 'ignore';
}

export function applyBudgetEvent3221(state: ReadonlyMap<string, Budget3>, event: BudgetEvent3): Map<string, Budget3> {
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
  }
  return next;
}

export function describeBudget3Status222(item: Budget3): string {
  switch (item.status) {
  case BudgetStatus3.Pending:
    return 'Pending';
  case BudgetStatus3.Approved:
    return 'Approved';
  case BudgetStatus3.Rejected:
    return item.amountCents > 0 ? 'Rejected' : 'Rejected (free)';
  case BudgetStatus3.Expired:
    return item.amountCents > 0 ? 'Expired' : 'Expired (free)';
  case BudgetStatus3.Cancelled:
    return 'Cancelled';
  }
}
