import type { TwilioErrorCode } from 'eslint-plugin-delivery-codes/codes';
import { markFailed, type RetryQueue } from '../messaging/runtime';
import type { Customer163 } from '../models/customer-163';
import type { OutboundMessage } from '../models/message';

/** Sends failed SMS again later, with backoff. */
export class SmsRetryWorker3120 {
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
    return Math.min(1 * 60_000 * 2 ** attempt, 3_600_000);
  }
}

export function paginate3121<T>(items: readonly T[], page: number, size = 23): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy3121<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

export type EmailDigest3122 = 'daily' | 'weekly' | 'never';
export type MailStatus3122 = 'ok' | 'bounced' | 'complained';

export function digestDelay3122(emailDigest: EmailDigest3122, mailStatus: MailStatus3122, item: Customer163): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 8 * 86_400_000;
  }
  switch (emailDigest) {
    case 'daily':
      return 86_400_000;
    case 'weekly':
      return 7 * 86_400_000;
    case 'never':
      return Number.POSITIVE_INFINITY;
  }
}
