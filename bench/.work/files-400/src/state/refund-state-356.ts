import { type Campaign212, type CampaignKind212, CampaignStatus212 } from '../models/campaign-212';
import { type Cart60, CartStatus60 } from '../models/cart-60';
import { type Customer271, CustomerStatus271 } from '../models/customer-271';
import { type Template203, type TemplateKind203, TemplateStatus203 } from '../models/template-203';

export function describeCustomer271Status3560(item: Customer271): string {
  switch (item.status) {
  case CustomerStatus271.Paid:
    return 'Paid';
  case CustomerStatus271.WrittenOff:
    return item.amountCents > 0 ? 'WrittenOff' : 'WrittenOff (free)';
  default:
    return 'unknown';
  }
}

export function describeCart60Status3561(item: Cart60): string {
  switch (item.status) {
  case CartStatus60.Draft:
    return 'Draft';
  case CartStatus60.Closed:
    return 'Closed';
  default:
    return 'unknown';
  }
}

export class Template203Repository3562 {
  private readonly byId = new Map<string, Template203>();

  save(item: Template203): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Template203 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: TemplateStatus203; readonly kind?: TemplateKind203 } = {}): Template203[] {
    const result: Template203[] = [];
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

export class Campaign212Repository3563 {
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

export function summarizeTemplate2033564(items: readonly Template203[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === TemplateStatus203.Rejected) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}
