import { type Campaign212, type CampaignKind212, CampaignStatus212 } from '../models/campaign-212';
import type { Coupon54, CouponEvent54 } from '../models/coupon-54';
import type { Warehouse179 } from '../models/warehouse-179';

export class Campaign212Repository2240 {
  private readonly byId = new Map<string, Campaign212>();

  save(item: Campaign212): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Campaign212 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: CampaignStatus212; readonly kind?: CampaignKind212 } = {}): Campaign212[] {
    const result: Campaign212[] = [];
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

export function formatWarehouse179Line2241(item: Warehouse179, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function applyCouponEvent542242(state: ReadonlyMap<string, Coupon54>, event: CouponEvent54): Map<string, Coupon54> {
  const next = new Map(state);
  switch (event.type) {
    case 'created':
      next.set(event.payload.id, event.payload);
      break;
    case 'updated': {
      const current = next.get(event.id);
      if (current) {
        next.set(event.id, { ...current, ...event.changes, updatedAt: new Date() });
      }
      break;
    }
    case 'deleted':
      next.delete(event.id);
      break;
    case 'archived': {
      const current = next.get(event.id);
      if (current) next.set(event.id, { ...current, notes: event.reason });
      break;
    }
  }
  return next;
}
