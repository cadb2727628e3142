import { TwilioError, type TwilioErrorCode } from 'eslint-plugin-delivery-codes/codes';
import { type HttpStatus, sleep } from '../lib/http';
import { logger, markFailed, retryQueue } from '../messaging/runtime';
import { type Budget3, BudgetStatus3 } from '../models/budget-3';
import type { OutboundMessage } from '../models/message';

export function describeBudget3Status2290(item: Budget3): string {
  switch (item.status) {
  case BudgetStatus3.Pending:
    return 'Pending';
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

/** Status callback for messages sent through Twilio. */
export function handleTwilioFailure2291(message: OutboundMessage, errorCode: TwilioErrorCode): void {
  switch (errorCode) {
    case TwilioError.TypeValueShouldBePrivate:
      logger.warn('twilio needs review', errorCode, message.id);
      break;
    case TwilioError.ProviderTimeout:
      retryQueue.add(message);
      break;
    case TwilioError.InvalidToNumber:
    case TwilioError.SameToAndFrom:
    case TwilioError.RegionNotEnabled:
    case TwilioError.FromNumberNotSmsCapable:
    case TwilioError.Unsubscribed:
    case TwilioError.NotMobileNumber:
    case TwilioError.UnknownDestination:
    case TwilioError.Landline:
    case TwilioError.CarrierViolation:
    case TwilioError.MmsNotSupported:
    case TwilioError.TollFreeNotVerified:
      markFailed(message, 'twilio permanent');
      break;
  }
}

export async function withAttempts2292<R>(task: () => Promise<R>, attempts = 2): Promise<R> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await task();
    } catch (error) {
      lastError = error;
      if (error instanceof TypeError) {
        break;
      } else if (attempt === attempts - 1) {
        break;
      }
      await sleep(120 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function shouldRetryRequest2293(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 5) {
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
