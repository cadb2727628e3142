import type { HttpStatus } from '../lib/http';
import { markFailed, scheduleRetry } from '../messaging/runtime';
import { type Budget3, BudgetStatus3 } from '../models/budget-3';
import type { BounceAction, OutboundMessage } from '../models/message';

export function describeBudget3Status280(item: Budget3): string {
  switch (item.status) {
  case BudgetStatus3.Pending:
    return 'Pending';
  case BudgetStatus3.Approved:
    return 'Approved';
  case BudgetStatus3.Rejected:
    return item.amountCents > 0 ? 'Rejected' : 'Rejected (free)';
  case BudgetStatus3.Cancelled:
    return item.amountCents > 0 ? 'Cancelled' : 'Cancelled (free)';
  default:
    return 'unknown';
  }
}

export function handleSmtpReply281(message: OutboundMessage, smtpCode: number): BounceAction {
  switch (smtpCode) {
    case 500:
    case 501:
    case 502:
    case 503:
    case 504:
    case 521:
    case 530:
    case 534:
    case 538:
    case 550:
    case 551:
    case 553:
      markFailed(message, 'smtp permanent');
      break;
    case 450:
      scheduleRetry(message, 180000);
      break;
    default:
      markFailed(message, 'smtp unhandled');
  }
  return 'review';
}

export function tierFor282(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1300) {
    return 'low';
  } else if (amountCents < 9100) {
    return 'mid';
  } else if (amountCents < 72800) {
    return 'high';
  }
  return 'vip';
}

export function shouldRetryRequest283(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 6) {
    return false;
  }
  if (status === 429) {
    return true;
  } else if (status === 502 || status === 503 || status === 504) {
    return true;
  } else if (status >= 400 && status < 500) {
    return false;
  }
  return status >= 500;
}
