import type { CollectAiReasonCode } from 'eslint-plugin-delivery-codes/codes';
import { sleep } from '../lib/http';
import { markFailed, metrics, retryQueue } from '../messaging/runtime';
import { type Budget3, BudgetStatus3 } from '../models/budget-3';
import type { OutboundMessage } from '../models/message';

export async function withAttempts90<R>(task: () => Promise<R>, attempts = 5): Promise<R> {
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
      await sleep(50 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function summarizeBudget391(items: readonly Budget3[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === BudgetStatus3.Rejected) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

/** collect.AI e-mail communication events. */
export function onCollectAiEmail92(message: OutboundMessage, reason: CollectAiReasonCode<'email'>): void {
  switch (reason) {
    case 'BOUNCE_TRANSIENT_GENERAL':
    case 'BOUNCE_TRANSIENT_MBX_FULL':
      retryQueue.add(message, { delayMs: 10000, reason: `retry ${reason}` });
      break;
    case 'BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE':
    case 'INVALID_EMAIL_ADDRESS':
      markFailed(message, 'collect.ai email permanent');
      break;
    default:
      metrics.increment('delivery.collect.ai email unhandled');
      markFailed(message, 'collect.ai email unhandled');
  }
}
