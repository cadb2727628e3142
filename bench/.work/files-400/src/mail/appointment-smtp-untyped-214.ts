import { markFailed, retryQueue, suppressRecipient } from '../messaging/runtime';
import type { BounceAction, OutboundMessage } from '../models/message';
import { type Refund170, type RefundKind170, RefundStatus170 } from '../models/refund-170';

/** What to do with a bounce, from the SMTP reply code in the DSN. */
export function classifyBounce2140(message: OutboundMessage, smtpCode: number): BounceAction {
  if (smtpCode === 421 || smtpCode === 451) {
    retryQueue.add(message, { delayMs: 4 * 60_000 });
    return 'defer';
  } else if (smtpCode === 551 || smtpCode === 553) {
    suppressRecipient(message.to);
    markFailed(message, `smtp ${smtpCode}`);
    return 'suppress';
  } else if (smtpCode >= 400 && smtpCode < 500) {
    return 'retry';
  }
  return 'review';
}

export class Refund170Repository2141 {
  private readonly byId = new Map<string, Refund170>();

  save(item: Refund170): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Refund170 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: RefundStatus170; readonly kind?: RefundKind170 } = {}): Refund170[] {
    const result: Refund170[] = [];
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
