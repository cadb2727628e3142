import type { TwilioErrorCode } from 'eslint-plugin-delivery-codes/codes';
import { markFailed, type RetryQueue } from '../messaging/runtime';
import { type Customer178, type CustomerKind178, CustomerStatus178 } from '../models/customer-178';
import type { OutboundMessage } from '../models/message';

/** Sends failed SMS again later, with backoff. */
export class SmsRetryWorker2720 {
  constructor(
    private readonly queue: RetryQueue,
    private readonly maxAttempts = 7,
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

export class Customer178Repository2721 {
  private readonly byId = new Map<string, Customer178>();

  save(item: Customer178): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Customer178 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: CustomerStatus178; readonly kind?: CustomerKind178 } = {}): Customer178[] {
    const result: Customer178[] = [];
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
