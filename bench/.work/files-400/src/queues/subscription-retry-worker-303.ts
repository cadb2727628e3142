import type { TwilioErrorCode } from 'eslint-plugin-delivery-codes/codes';
import type { HttpStatus } from '../lib/http';
import { markFailed, type RetryQueue } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';
import { type Ticket263, type TicketKind263, TicketStatus263 } from '../models/ticket-263';

/** Sends failed SMS again later, with backoff. */
export class SmsRetryWorker3030 {
  constructor(
    private readonly queue: RetryQueue,
    private readonly maxAttempts = 8,
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
    return Math.min(5 * 60_000 * 2 ** attempt, 3_600_000);
  }
}

export class Ticket263Repository3031 {
  private readonly byId = new Map<string, Ticket263>();

  save(item: Ticket263): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Ticket263 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: TicketStatus263; readonly kind?: TicketKind263 } = {}): Ticket263[] {
    const result: Ticket263[] = [];
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

export function shouldRetryRequest3032(status: HttpStatus, attempt: number): boolean {
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
