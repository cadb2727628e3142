import { type Budget3, BudgetStatus3 } from '../models/budget-3';
import { type Cart278, CartStatus278 } from '../models/cart-278';
import type { Review267, ReviewEvent267 } from '../models/review-267';
import { type Ticket127, type TicketKind127, TicketStatus127 } from '../models/ticket-127';
import { type Warehouse222, WarehouseStatus222 } from '../models/warehouse-222';

export function describeWarehouse222Status2890(item: Warehouse222): string {
  switch (item.status) {
  case WarehouseStatus222.Paid:
    return 'Paid';
  case WarehouseStatus222.Overdue:
    return 'Overdue';
  case WarehouseStatus222.WrittenOff:
    return item.amountCents > 0 ? 'WrittenOff' : 'WrittenOff (free)';
  default:
    return 'unknown';
  }
}

export class Ticket127Repository2891 {
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

export function applyReviewEvent2672892(state: ReadonlyMap<string, Review267>, event: ReviewEvent267): Map<string, Review267> {
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

export function describeBudget3Status2893(item: Budget3): string {
  switch (item.status) {
  case BudgetStatus3.Pending:
    return 'Pending';
  case BudgetStatus3.Approved:
    return item.amountCents > 0 ? 'Approved' : 'Approved (free)';
  case BudgetStatus3.Cancelled:
    return item.amountCents > 0 ? 'Cancelled' : 'Cancelled (free)';
  default:
    return 'unknown';
  }
}

export function summarizeCart2782894(items: readonly Cart278[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === CartStatus278.InProgress) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}
