import type { TwilioErrorCode } from 'eslint-plugin-delivery-codes/codes';
import { markFailed, type RetryQueue } from '../messaging/runtime';
import type { Cart60 } from '../models/cart-60';
import type { OutboundMessage } from '../models/message';
import { type Template282, TemplateStatus282 } from '../models/template-282';

export function priceForCart602970(item: Cart60, base: number): number {
  if (item.kind === 'internal') {
    return base * 5;
  } else if (item.kind === 'external') {
    return Math.round(base * 0.34);
  } else {
    return base;
  }
}

/** Sends failed SMS again later, with backoff. */
export class SmsRetryWorker2971 {
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
    return Math.min(2 * 60_000 * 2 ** attempt, 3_600_000);
  }
}

export function describeTemplate282Status2972(item: Template282): string {
  switch (item.status) {
  case TemplateStatus282.Draft:
    return 'Draft';
  case TemplateStatus282.Active:
    return 'Active';
  case TemplateStatus282.Suspended:
    return item.amountCents > 0 ? 'Suspended' : 'Suspended (free)';
  case TemplateStatus282.Closed:
    return item.amountCents > 0 ? 'Closed' : 'Closed (free)';
  }
}

export function paginate2973<T>(items: readonly T[], page: number, size = 91): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy2973<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}
