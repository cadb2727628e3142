import type { SmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
import { markFailed, scheduleRetry } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';
import { type Ticket127, TicketStatus127 } from '../models/ticket-127';

/** Bounce handler for the outbound mail relay. */
export function onBounce1550(message: OutboundMessage, code: SmtpReplyCode): void {
  switch (code) {
    case 538:
    case 550:
    case 551:
    case 552:
    case 553:
    case 554:
    case 555:
    case 556:
      throw new Error(`smtp ${code}: stop sending`);
    case 450:
      scheduleRetry(message, 180000);
      break;
    case 500:
    case 501:
    case 502:
    case 503:
    case 504:
    case 521:
    case 530:
    case 534:
    case 535:
      markFailed(message, 'smtp permanent');
      break;
  }
}

export function summarizeTicket1271551(items: readonly Ticket127[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === TicketStatus127.Open) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}
