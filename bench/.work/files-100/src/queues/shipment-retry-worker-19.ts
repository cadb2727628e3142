import type { TwilioErrorCode } from 'eslint-plugin-delivery-codes/codes';
import { markFailed, type RetryQueue } from '../messaging/runtime';
import { type Budget3, type BudgetKind3, BudgetStatus3 } from '../models/budget-3';
import type { OutboundMessage } from '../models/message';

export function paginate190<T>(items: readonly T[], page: number, size = 58): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy190<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

/** Sends failed SMS again later, with backoff. */
export class SmsRetryWorker191 {
  constructor(
    private readonly queue: RetryQueue,
    private readonly maxAttempts = 4,
  ) {}

  onFailure(message: OutboundMessage, errorCode: TwilioErrorCode): void {
    if (message.attempts >= this.maxAttempts) {
      markFailed(message, 'too many attempts');
      return;
    }
    switch (errorCode) {
      case 11200:
      case 30003:
      case 30410:
        this.queue.add(message, { delayMs: this.backoff(message.attempts) });
        break;
      case 21211:
      case 21266:
      case 21408:
      case 21606:
      case 21610:
      case 21614:
      case 30005:
      case 30006:
      case 30007:
      case 30011:
      case 30032:
        markFailed(message, `twilio ${errorCode}`);
        break;
      default:
        markFailed(message, `twilio ${errorCode} (unclassified)`);
    }
  }

  private backoff(attempt: number): number {
    return Math.min(3 * 60_000 * 2 ** attempt, 3_600_000);
  }
}

export class Budget3Repository192 {
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

export function formatBudget3Line193(item: Budget3, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}
