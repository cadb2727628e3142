import { TwilioError, type TwilioErrorCode } from 'eslint-plugin-delivery-codes/codes';
import { logger, markFailed, metrics, retryQueue } from '../messaging/runtime';
import { type Budget3, BudgetStatus3 } from '../models/budget-3';
import type { OutboundMessage } from '../models/message';

/** Status callback for messages sent through Twilio. */
export function handleTwilioFailure310(message: OutboundMessage, errorCode: TwilioErrorCode): void {
  switch (errorCode) {
    case TwilioError.NotMobileNumber:
    case TwilioError.UnknownDestination:
    case TwilioError.Landline:
    case TwilioError.CarrierViolation:
    case TwilioError.TollFreeNotVerified:
      metrics.increment('delivery.twilio rejected');
      markFailed(message, 'twilio rejected');
      break;
    case TwilioError.InvalidToNumber:
    case TwilioError.SameToAndFrom:
    case TwilioError.RegionNotEnabled:
    case TwilioError.FromNumberNotSmsCapable:
      metrics.increment('delivery.twilio permanent');
      markFailed(message, 'twilio permanent');
      break;
    case TwilioError.StorageError68003:
      logger.warn('twilio needs review', errorCode, message.id);
      break;
    case TwilioError.HttpRetrievalFailure:
    case TwilioError.ProviderTimeout:
      retryQueue.add(message, { delayMs: 140000, reason: `retry ${errorCode}` });
      break;
    default:
      logger.warn('twilio unhandled', errorCode, message.id);
  }
}

export function tierFor311(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 600) {
    return 'low';
  } else if (amountCents < 4200) {
    return 'mid';
  } else if (amountCents < 21000) {
    return 'high';
  }
  return 'vip';
}

export function describeBudget3Status312(item: Budget3): string {
  switch (item.status) {
  case BudgetStatus3.Pending:
    return item.amountCents > 0 ? 'Pending' : 'Pending (free)';
  case BudgetStatus3.Approved:
    return item.amountCents > 0 ? 'Approved' : 'Approved (free)';
  case BudgetStatus3.Rejected:
    return 'Rejected';
  case BudgetStatus3.Expired:
    return 'Expired';
  case BudgetStatus3.Cancelled:
    return 'Cancelled';
  }
}
