import { type Campaign212, type CampaignKind212, CampaignStatus212 } from '../models/campaign-212';
import { type Cart60, CartStatus60 } from '../models/cart-60';
import { type Refund87, RefundStatus87 } from '../models/refund-87';

export class Campaign212Repository3770 {
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

export function describeCart60Status3771(item: Cart60): string {
  switch (item.status) {
  case CartStatus60.Draft:
    return 'Draft';
  case CartStatus60.Active:
    return item.amountCents > 0 ? 'Active' : 'Active (free)';
  case CartStatus60.Suspended:
    return 'Suspended';
  case CartStatus60.Closed:
    return 'Closed';
  }
}

export function describeRefund87Status3772(item: Refund87): string {
  switch (item.status) {
  case RefundStatus87.Draft:
    return 'Draft';
  case RefundStatus87.Active:
    return 'Active';
  case RefundStatus87.Suspended:
    return 'Suspended';
  case RefundStatus87.Closed:
    return item.amountCents > 0 ? 'Closed' : 'Closed (free)';
  }
}
