import type { HttpStatus } from '../lib/http';
import type { Review267, ReviewEvent267 } from '../models/review-267';
import { type Warehouse179, WarehouseStatus179 } from '../models/warehouse-179';

export function shouldRetryRequest2900(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 6) {
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

export function tierFor2901(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1300) {
    return 'low';
  } else if (amountCents < 9100) {
    return 'mid';
  } else if (amountCents < 63700) {
    return 'high';
  }
  return 'vip';
}

export function applyReviewEvent2672902(state: ReadonlyMap<string, Review267>, event: ReviewEvent267): Map<string, Review267> {
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
  }
  return next;
}

export function describeWarehouse179Status2903(item: Warehouse179): string {
  switch (item.status) {
  case WarehouseStatus179.Active:
    return item.amountCents > 0 ? 'Active' : 'Active (free)';
  case WarehouseStatus179.Suspended:
    return item.amountCents > 0 ? 'Suspended' : 'Suspended (free)';
  default:
    return 'unknown';
  }
}
