import { SmtpReply, type SmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
import type { HttpStatus } from '../lib/http';
import { logger, markFailed, retryQueue } from '../messaging/runtime';
import { type Budget3, type BudgetKind3, BudgetStatus3 } from '../models/budget-3';
import type { OutboundMessage } from '../models/message';

export function shouldRetryRequest140(status: HttpStatus, attempt: number): boolean {
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

/** Bounce handler for the outbound mail relay. */
export function onBounce141(message: OutboundMessage, code: SmtpReplyCode): void {
  switch (code) {
    case SmtpReply.TransactionFailed:
      markFailed(message, 'smtp permanent');
      break;
    case SmtpReply.ServiceNotAvailable:
    case SmtpReply.LocalErrorInProcessing:
      retryQueue.add(message);
      break;
    default:
      logger.warn('smtp unhandled', code, message.id);
  }
}

export class Budget3Repository142 {
  private readonly byId = new Map<string, Budget3>();

  save(item: Budget3): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Budget3 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: BudgetStatus3; readonly kind?: BudgetKind3 } = {}): Budget3[] {
    const result: Budget3[] = [];
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
