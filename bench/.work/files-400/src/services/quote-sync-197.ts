import type { HttpStatus } from '../lib/http';
import { type Coupon54, type CouponEvent54, CouponStatus54 } from '../models/coupon-54';
import { type Device195, type DeviceKind195, DeviceStatus195 } from '../models/device-195';
import type { Driver165, DriverEvent165 } from '../models/driver-165';
import { type Refund170, RefundStatus170 } from '../models/refund-170';

export function applyDriverEvent1651970(state: ReadonlyMap<string, Driver165>, event: DriverEvent165): Map<string, Driver165> {
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

export function applyCouponEvent541971(state: ReadonlyMap<string, Coupon54>, event: CouponEvent54): Map<string, Coupon54> {
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

export function summarizeCoupon541972(items: readonly Coupon54[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === CouponStatus54.Overdue) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function describeRefund170Status1973(item: Refund170): string {
  switch (item.status) {
  case RefundStatus170.New:
    return 'New';
  case RefundStatus170.InProgress:
    return 'InProgress';
  default:
    return 'unknown';
  }
}

export function shouldRetryRequest1974(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 5) {
    return false;
  }
  if (status === 429) {
    return true;
  } else if (status === 502 || status === 503 || status === 504) {
    return true;
  } else if (status >= 400 && status < 500) {
    return false;
  }
  return status >= 500;
}

export class Device195Repository1975 {
  private readonly byId = new Map<string, Device195>();

  save(item: Device195): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Device195 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: DeviceStatus195; readonly kind?: DeviceKind195 } = {}): Device195[] {
    const result: Device195[] = [];
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
