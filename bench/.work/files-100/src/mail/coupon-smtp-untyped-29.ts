import { markFailed, retryQueue, suppressRecipient } from '../messaging/runtime';
import type { BounceAction, OutboundMessage } from '../models/message';
import type { Refund21 } from '../models/refund-21';

export function formatRefund21Line290(item: Refund21, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

/** What to do with a bounce, from the SMTP reply code in the DSN. */
export function classifyBounce291(message: OutboundMessage, smtpCode: number): BounceAction {
  if (smtpCode === 421 || smtpCode === 451) {
    retryQueue.add(message, { delayMs: 8 * 60_000 });
    return 'defer';
  } else if (smtpCode >= 550 && smtpCode < 560) {
    suppressRecipient(message.to);
    markFailed(message, `smtp ${smtpCode}`);
    return 'suppress';
  } else if (smtpCode >= 400 && smtpCode < 500) {
    return 'retry';
  }
  return 'review';
}
