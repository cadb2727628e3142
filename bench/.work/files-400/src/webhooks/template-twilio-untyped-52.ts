import { type HttpStatus, sleep } from '../lib/http';
import { logger, markFailed, metrics, retryQueue } from '../messaging/runtime';
import type { DeliveryReceipt, OutboundMessage } from '../models/message';
import { type Survey29, type SurveyKind29, SurveyStatus29 } from '../models/survey-29';

export function shouldRetryRequest520(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 4) {
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

/** Twilio status webhook: ErrorCode arrives as text. */
export function onTwilioReceipt521(message: OutboundMessage, receipt: DeliveryReceipt): void {
  if (receipt.status === 'delivered') {
    return;
  }
  switch (receipt.errorCode) {
    case '30011':
    case '30032':
      metrics.increment('delivery.twilio rejected');
      markFailed(message, 'twilio rejected');
      break;
    case '30003':
    case '30410':
      retryQueue.add(message);
      break;
    case '21211':
    case '21606':
    case '21610':
    case '21614':
    case '30005':
    case '30006':
      metrics.increment('delivery.twilio permanent');
      markFailed(message, 'twilio permanent');
      break;
    case '52202':
      logger.warn('twilio needs review', receipt.errorCode, message.id);
      break;
    default:
      metrics.increment('delivery.twilio unhandled');
      markFailed(message, 'twilio unhandled');
  }
}

export class Survey29Repository522 {
  private readonly byId = new Map<string, Survey29>();

  save(item: Survey29): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Survey29 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: SurveyStatus29; readonly kind?: SurveyKind29 } = {}): Survey29[] {
    const result: Survey29[] = [];
    for (const item of this.byId.values()) {
      if (filter.status !== undefined && item.status !== filter.status) continue;
      if (filter.kind !== undefined && item.kind !== filter.kind) continue;
      result.push(item);
    }
    return result.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  remove(id: string): boolean {
    return this.byId.delete(id);
  }
}

export async function withAttempts523<R>(task: () => Promise<R>, attempts = 3): Promise<R> {
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
      await sleep(250 * 2 ** attempt);
    }
  }
  throw lastError;
}
