import type { WebexConnectStatusCode } from 'eslint-plugin-delivery-codes/codes';
import { markFailed, metrics, retryQueue } from '../messaging/runtime';
import { type Budget3, type BudgetKind3, BudgetStatus3 } from '../models/budget-3';
import type { OutboundMessage } from '../models/message';

/** Webex Connect SMS delivery receipt. */
export function onWebexSmsStatus120(message: OutboundMessage, code: WebexConnectStatusCode<'sms'>): void {
  switch (code) {
    case 7201:
    case 7209:
    case 7302:
      retryQueue.add(message);
      break;
    case 7004:
    case 7101:
    case 7102:
    case 7109:
    case 7111:
    case 7203:
    case 7205:
    case 7210:
    case 7281:
    case 7282:
    case 7283:
    case 7284:
    case 7513:
    case 7607:
    case 7720:
      metrics.increment('delivery.webex sms permanent');
      markFailed(message, 'webex sms permanent');
      break;
  }
}

export function summarizeBudget3121(items: readonly Budget3[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === BudgetStatus3.Pending) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function formatBudget3Line122(item: Budget3, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export class Budget3Repository123 {
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
