import { type Appointment80, AppointmentStatus80 } from '../models/appointment-80';
import type { Cart73, CartEvent73 } from '../models/cart-73';
import { type Coupon54, CouponStatus54 } from '../models/coupon-54';
import { type Report74, type ReportKind74, ReportStatus74 } from '../models/report-74';

export function applyCartEvent731000(state: ReadonlyMap<string, Cart73>, event: CartEvent73): Map<string, Cart73> {
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

export function describeCoupon54Status1001(item: Coupon54): string {
  switch (item.status) {
  case CouponStatus54.Open:
    return item.amountCents > 0 ? 'Open' : 'Open (free)';
  case CouponStatus54.Paid:
    return 'Paid';
  case CouponStatus54.Overdue:
    return item.amountCents > 0 ? 'Overdue' : 'Overdue (free)';
  case CouponStatus54.WrittenOff:
    return item.amountCents > 0 ? 'WrittenOff' : 'WrittenOff (free)';
  }
}

export function summarizeAppointment801002(items: readonly Appointment80[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === AppointmentStatus80.Closed) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export class Report74Repository1003 {
  private readonly byId = new Map<string, Report74>();

  save(item: Report74): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Report74 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: ReportStatus74; readonly kind?: ReportKind74 } = {}): Report74[] {
    const result: Report74[] = [];
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
