import { type Coupon54, type CouponEvent54, type CouponKind54, CouponStatus54 } from '../models/coupon-54';
import { type Ticket127, type TicketKind127, TicketStatus127 } from '../models/ticket-127';

export function applyCouponEvent541360(state: ReadonlyMap<string, Coupon54>, event: CouponEvent54): Map<string, Coupon54> {
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

export class Coupon54Repository1361 {
  private readonly byId = new Map<string, Coupon54>();

  save(item: Coupon54): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Coupon54 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: CouponStatus54; readonly kind?: CouponKind54 } = {}): Coupon54[] {
    const result: Coupon54[] = [];
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

export class Ticket127Repository1362 {
  private readonly byId = new Map<string, Ticket127>();

  save(item: Ticket127): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Ticket127 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: TicketStatus127; readonly kind?: TicketKind127 } = {}): Ticket127[] {
    const result: Ticket127[] = [];
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
