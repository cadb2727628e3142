import { logger, markFailed, retryQueue } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';
import { type Payment352, PaymentStatus352 } from '../models/payment-352';
import { type Session150, type SessionKind150, SessionStatus150 } from '../models/session-150';

export interface WebexEvent3720 {
  readonly messageId: string;
  readonly code: number;
  readonly description?: string;
}

/** Webex Connect SMS delivery receipt, as parsed from the webhook. */
export function onWebexEvent3720(message: OutboundMessage, event: WebexEvent3720): void {
  if (event.code === 7200) {
    return;
  }
  switch (event.code) {
    case 7201:
      retryQueue.add(message, { delayMs: 200000, reason: `retry ${event.code}` });
      break;
    case 7211:
      logger.warn('webex sms needs review', event.code, message.id);
      break;
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
    default:
      logger.warn('webex sms unhandled', event.code, message.id);
  }
}

export class Session150Repository3721 {
  private readonly byId = new Map<string, Session150>();

  save(item: Session150): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Session150 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: SessionStatus150; readonly kind?: SessionKind150 } = {}): Session150[] {
    const result: Session150[] = [];
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

export function summarizePayment3523722(items: readonly Payment352[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === PaymentStatus352.Active) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}
