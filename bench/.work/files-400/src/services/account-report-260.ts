import type { Budget3 } from '../models/budget-3';
import { type Payment110, type PaymentKind110, PaymentStatus110 } from '../models/payment-110';
import type { Ticket127 } from '../models/ticket-127';

export type EmailDigest2600 = 'daily' | 'weekly' | 'never';
export type MailStatus2600 = 'ok' | 'bounced' | 'complained';

export function digestDelay2600(emailDigest: EmailDigest2600, mailStatus: MailStatus2600, item: Budget3): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 6 * 86_400_000;
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

export function formatTicket127Line2601(item: Ticket127, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export class Payment110Repository2602 {
  private readonly byId = new Map<string, Payment110>();

  save(item: Payment110): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Payment110 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: PaymentStatus110; readonly kind?: PaymentKind110 } = {}): Payment110[] {
    const result: Payment110[] = [];
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
