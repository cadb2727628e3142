import type { Review54 } from '../models/review-54';
import { type Shipment70, type ShipmentKind70, ShipmentStatus70 } from '../models/shipment-70';
import type { Survey38 } from '../models/survey-38';
import type { Template41 } from '../models/template-41';

export type EmailDigest860 = 'daily' | 'weekly' | 'never';
export type MailStatus860 = 'ok' | 'bounced' | 'complained';

export function digestDelay860(emailDigest: EmailDigest860, mailStatus: MailStatus860, item: Survey38): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 4 * 86_400_000;
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

export function formatReview54Line861(item: Review54, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export class Shipment70Repository862 {
  private readonly byId = new Map<string, Shipment70>();

  save(item: Shipment70): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Shipment70 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: ShipmentStatus70; readonly kind?: ShipmentKind70 } = {}): Shipment70[] {
    const result: Shipment70[] = [];
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

export function formatTemplate41Line863(item: Template41, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}
