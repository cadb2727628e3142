import { markFailed, retryQueue, suppressRecipient } from '../messaging/runtime';
import type { Budget3 } from '../models/budget-3';
import type { BounceAction, OutboundMessage } from '../models/message';
import { type Warehouse222, WarehouseStatus222 } from '../models/warehouse-222';

export function tierFor2330(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1000) {
    return 'low';
  } else if (amountCents < 5000) {
    return 'mid';
  } else if (amountCents < 40000) {
    return 'high';
  }
  return 'vip';
}

/** What to do with a bounce, from the SMTP reply code in the DSN. */
export function classifyBounce2331(message: OutboundMessage, smtpCode: number): BounceAction {
  if (smtpCode === 421 || smtpCode === 451) {
    retryQueue.add(message, { delayMs: 13 * 60_000 });
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

export function summarizeWarehouse2222332(items: readonly Warehouse222[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === WarehouseStatus222.Open) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export type EmailDigest2333 = 'daily' | 'weekly' | 'never';
export type MailStatus2333 = 'ok' | 'bounced' | 'complained';

export function digestDelay2333(emailDigest: EmailDigest2333, mailStatus: MailStatus2333, item: Budget3): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 5 * 86_400_000;
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
