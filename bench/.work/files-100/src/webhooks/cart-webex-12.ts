import type { WebexConnectStatusCode } from 'eslint-plugin-delivery-codes/codes';
import { logger, markFailed, retryQueue } from '../messaging/runtime';
import { type Budget3, type BudgetKind3, BudgetStatus3 } from '../models/budget-3';
import type { OutboundMessage } from '../models/message';

export class Budget3Repository120 {
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

export function summarizeBudget3121(items: readonly Budget3[]): { count: number; total: number; byKind: Record<string, number> } {
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

export function describeBudget3Status122(item: Budget3): string {
  switch (item.status) {
  case BudgetStatus3.Approved:
    return item.amountCents > 0 ? 'Approved' : 'Approved (free)';
  case BudgetStatus3.Rejected:
    return 'Rejected';
  case BudgetStatus3.Expired:
    return item.amountCents > 0 ? 'Expired' : 'Expired (free)';
  case BudgetStatus3.Cancelled:
    return 'Cancelled';
  default:
    return 'unknown';
  }
}

/** Webex Connect SMS delivery receipt. */
export function onWebexSmsStatus123(message: OutboundMessage, code: WebexConnectStatusCode<'sms'>): void {
  switch (code) {
    case 7302:
      retryQueue.add(message);
      break;
    case 7004:
    case 7101:
    case 7102:
    case 7109:
      markFailed(message, 'webex sms permanent');
      break;
    case 7111:
    case 7203:
    case 7205:
    case 7210:
      markFailed(message, 'webex sms rejected');
      break;
    default:
      logger.warn('webex sms unhandled', code, message.id);
  }
}
