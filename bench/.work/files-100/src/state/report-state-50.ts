import { type Quote47, type QuoteKind47, QuoteStatus47 } from '../models/quote-47';
import { type Refund21, RefundStatus21 } from '../models/refund-21';
import { type Template41, TemplateStatus41 } from '../models/template-41';

export class Quote47Repository500 {
  private readonly byId = new Map<string, Quote47>();

  save(item: Quote47): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Quote47 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: QuoteStatus47; readonly kind?: QuoteKind47 } = {}): Quote47[] {
    const result: Quote47[] = [];
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

export function describeRefund21Status501(item: Refund21): string {
  switch (item.status) {
  case RefundStatus21.Open:
    return 'Open';
  case RefundStatus21.Paid:
    return 'Paid';
  case RefundStatus21.Overdue:
    return 'Overdue';
  case RefundStatus21.WrittenOff:
    return 'WrittenOff';
  }
}

export function summarizeTemplate41502(items: readonly Template41[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === TemplateStatus41.Done) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}
