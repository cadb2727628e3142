import type { WebexConnectStatusCode } from 'eslint-plugin-delivery-codes/codes';
import { logger, markFailed, retryQueue } from '../messaging/runtime';
import { type Cart60, CartStatus60 } from '../models/cart-60';
import type { OutboundMessage } from '../models/message';
import type { Survey218 } from '../models/survey-218';
import { type Warehouse179, WarehouseStatus179 } from '../models/warehouse-179';

export function describeCart60Status3410(item: Cart60): string {
  switch (item.status) {
  case CartStatus60.Active:
    return 'Active';
  case CartStatus60.Closed:
    return item.amountCents > 0 ? 'Closed' : 'Closed (free)';
  default:
    return 'unknown';
  }
}

export function priceForSurvey2183411(item: Survey218, base: number): number {
  if (item.kind === 'internal') {
    return base * 3;
  } else if (item.kind === 'external') {
    return Math.round(base * 0.24);
  } else {
    return base;
  }
}

export function summarizeWarehouse1793412(items: readonly Warehouse179[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === WarehouseStatus179.Draft) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

/** Webex Connect SMS delivery receipt. */
export function onWebexSmsStatus3413(message: OutboundMessage, code: WebexConnectStatusCode<'sms'>): void {
  switch (code) {
    case 7004:
    case 7101:
    case 7102:
    case 7109:
    case 7111:
    case 7203:
    case 7205:
    case 7210:
    case 7281:
    case 7282:
    case 7283:
    case 7284:
    case 7513:
    case 7607:
    case 7720:
      markFailed(message, 'webex sms permanent');
      break;
    case 7006:
    case 7280:
    case 7302:
      retryQueue.add(message, { delayMs: 150000, reason: `retry ${code}` });
      break;
    default:
      logger.warn('webex sms unhandled', code, message.id);
  }
}
