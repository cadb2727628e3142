import type { TwilioErrorCode } from 'eslint-plugin-delivery-codes/codes';
import { markFailed, type RetryQueue } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';
import { type Refund87, type RefundKind87, RefundStatus87 } from '../models/refund-87';

export class Refund87Repository1030 {
  private readonly byId = new Map<string, Refund87>();

  save(item: Refund87): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Refund87 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: RefundStatus87; readonly kind?: RefundKind87 } = {}): Refund87[] {
    const result: Refund87[] = [];
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

/** Sends failed SMS again later, with backoff. */
export class SmsRetryWorker1031 {
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
    return Math.min(4 * 60_000 * 2 ** attempt, 3_600_000);
  }
}
