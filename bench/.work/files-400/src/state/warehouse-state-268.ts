import { type Driver165, DriverStatus165 } from '../models/driver-165';
import { type Refund87, type RefundKind87, RefundStatus87 } from '../models/refund-87';

export class Refund87Repository2680 {
  private readonly byId = new Map<string, Refund87>();

  save(item: Refund87): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Refund87 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: RefundStatus87; readonly kind?: RefundKind87 } = {}): Refund87[] {
    const result: Refund87[] = [];
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

export function describeDriver165Status2681(item: Driver165): string {
  switch (item.status) {
  case DriverStatus165.Pending:
    return item.amountCents > 0 ? 'Pending' : 'Pending (free)';
  case DriverStatus165.Approved:
    return item.amountCents > 0 ? 'Approved' : 'Approved (free)';
  case DriverStatus165.Rejected:
    return 'Rejected';
  case DriverStatus165.Expired:
    return item.amountCents > 0 ? 'Expired' : 'Expired (free)';
  case DriverStatus165.Cancelled:
    return item.amountCents > 0 ? 'Cancelled' : 'Cancelled (free)';
  }
}

export function summarizeRefund872682(items: readonly Refund87[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === RefundStatus87.Draft) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}
