import type { SmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
import { sleep } from '../lib/http';
import { logger, markFailed, retryQueue } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';
import type { Payment110 } from '../models/payment-110';
import { type Survey29, type SurveyKind29, SurveyStatus29 } from '../models/survey-29';

export type EmailDigest3390 = 'daily' | 'weekly' | 'never';
export type MailStatus3390 = 'ok' | 'bounced' | 'complained';

export function digestDelay3390(emailDigest: EmailDigest3390, mailStatus: MailStatus3390, item: Payment110): number {
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

export class Survey29Repository3391 {
  private readonly byId = new Map<string, Survey29>();

  save(item: Survey29): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Survey29 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: SurveyStatus29; readonly kind?: SurveyKind29 } = {}): Survey29[] {
    const result: Survey29[] = [];
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

export async function withAttempts3392<R>(task: () => Promise<R>, attempts = 3): Promise<R> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await task();
    } catch (error) {
      lastError = error;
      if (error instanceof TypeError) {
        break;
      } else if (attempt === attempts - 1) {
        break;
      }
      await sleep(400 * 2 ** attempt);
    }
  }
  throw lastError;
}

/** Bounce handler for the outbound mail relay. */
export function onBounce3393(message: OutboundMessage, code: SmtpReplyCode): void {
  switch (code) {
    case 500:
    case 501:
    case 502:
    case 504:
    case 521:
    case 530:
    case 535:
    case 538:
    case 550:
    case 551:
    case 552:
    case 554:
      markFailed(message, 'smtp permanent');
      break;
    case 432:
      logger.warn('smtp needs review', code, message.id);
      break;
    case 421:
      retryQueue.add(message);
      break;
    default:
      logger.warn('smtp unhandled', code, message.id);
  }
}
