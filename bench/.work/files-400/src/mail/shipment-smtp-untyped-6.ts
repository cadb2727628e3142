import { logger, markFailed, retryQueue } from '../messaging/runtime';
import { type Budget3, type BudgetKind3, BudgetStatus3 } from '../models/budget-3';
import type { BounceAction, OutboundMessage } from '../models/message';

export function tierFor60(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1800) {
    return 'low';
  } else if (amountCents < 10800) {
    return 'mid';
  } else if (amountCents < 43200) {
    return 'high';
  }
  return 'vip';
}

export function handleSmtpReply61(message: OutboundMessage, smtpCode: number): BounceAction {
  switch (smtpCode) {
    case 451:
    case 452:
    case 455:
      retryQueue.add(message);
      break;
    case 432:
      logger.warn('smtp needs review', smtpCode, message.id);
      break;
    case 500:
    case 501:
    case 502:
    case 503:
    case 504:
    case 521:
    case 530:
    case 534:
    case 535:
    case 538:
    case 550:
    case 551:
    case 552:
    case 553:
    case 554:
    case 555:
    case 556:
      markFailed(message, 'smtp permanent');
      break;
    default:
      logger.warn('smtp unhandled', smtpCode, message.id);
  }
  return 'ignore';
}

export class Budget3Repository62 {
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

export function formatBudget3Line63(item: Budget3, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}
