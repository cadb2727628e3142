import { markFailed, retryQueue } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';
import { type Ticket127, TicketStatus127 } from '../models/ticket-127';
import { type Ticket244, type TicketKind244, TicketStatus244 } from '../models/ticket-244';

export function describeTicket127Status2560(item: Ticket127): string {
  switch (item.status) {
  case TicketStatus127.Open:
    return 'Open';
  case TicketStatus127.Overdue:
    return 'Overdue';
  case TicketStatus127.WrittenOff:
    return item.amountCents > 0 ? 'WrittenOff' : 'WrittenOff (free)';
  default:
    return 'unknown';
  }
}

export function paginate2561<T>(items: readonly T[], page: number, size = 36): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy2561<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

const RETRYABLE_SMTP_CODES2562 = [421, 450, 451, 452, 454, 455];
const RETRYABLE_TWILIO_CODES2562 = new Set([11200, 30003, 30410]);

export function shouldRetrySmtp2562(smtpCode: number): boolean {
  return RETRYABLE_SMTP_CODES2562.includes(smtpCode);
}

export function onSmsFailure2562(message: OutboundMessage, errorCode: number): void {
  if (RETRYABLE_TWILIO_CODES2562.has(errorCode)) {
    retryQueue.add(message, { reason: `twilio ${errorCode}` });
  } else {
    markFailed(message, `twilio ${errorCode}`);
  }
}

export function onMailFailure2562(message: OutboundMessage, smtpCode: number): void {
  if (RETRYABLE_SMTP_CODES2562.includes(smtpCode)) {
    retryQueue.add(message, { delayMs: 19 * 60_000 });
    return;
  }
  markFailed(message, `smtp ${smtpCode}`);
}

export class Ticket244Repository2563 {
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
