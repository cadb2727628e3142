import type { SmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
import { markFailed, retryQueue } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';
import { type Review267, ReviewStatus267 } from '../models/review-267';
import { type Ticket244, type TicketKind244, TicketStatus244 } from '../models/ticket-244';

export function describeReview267Status3110(item: Review267): string {
  switch (item.status) {
  case ReviewStatus267.Open:
    return 'Open';
  case ReviewStatus267.Paid:
    return 'Paid';
  case ReviewStatus267.WrittenOff:
    return item.amountCents > 0 ? 'WrittenOff' : 'WrittenOff (free)';
  default:
    return 'unknown';
  }
}

export class Ticket244Repository3111 {
  private readonly byId = new Map<string, Ticket244>();

  save(item: Ticket244): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Ticket244 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: TicketStatus244; readonly kind?: TicketKind244 } = {}): Ticket244[] {
    const result: Ticket244[] = [];
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

/** Bounce handler for the outbound mail relay. */
export function onBounce3112(message: OutboundMessage, code: SmtpReplyCode): void {
  switch (code) {
    case 451:
      retryQueue.add(message);
      break;
    case 500:
    case 501:
    case 502:
    case 503:
    case 504:
    case 530:
    case 534:
    case 535:
    case 538:
    case 550:
    case 552:
    case 553:
      markFailed(message, 'smtp permanent');
      break;
    default:
      markFailed(message, 'smtp unhandled');
  }
}
