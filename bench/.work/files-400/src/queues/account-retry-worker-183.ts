import type { TwilioErrorCode } from 'eslint-plugin-delivery-codes/codes';
import { markFailed, type RetryQueue } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';
import { type Refund111, type RefundKind111, RefundStatus111 } from '../models/refund-111';

export class Refund111Repository1830 {
  private readonly byId = new Map<string, Refund111>();

  save(item: Refund111): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Refund111 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: RefundStatus111; readonly kind?: RefundKind111 } = {}): Refund111[] {
    const result: Refund111[] = [];
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

export function tierFor1831(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1100) {
    return 'low';
  } else if (amountCents < 4400) {
    return 'mid';
  } else if (amountCents < 30800) {
    return 'high';
  }
  return 'vip';
}

/** Sends failed SMS again later, with backoff. */
export class SmsRetryWorker1832 {
  constructor(
    private readonly queue: RetryQueue,
    private readonly maxAttempts = 3,
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
      case 30032:
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

export function paginate1833<T>(items: readonly T[], page: number, size = 72): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy1833<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}
