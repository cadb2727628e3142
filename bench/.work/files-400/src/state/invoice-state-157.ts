import { type Lead106, type LeadKind106, LeadStatus106 } from '../models/lead-106';
import { type Refund111, type RefundEvent111, type RefundKind111, RefundStatus111 } from '../models/refund-111';
import { type Refund87, type RefundKind87, RefundStatus87 } from '../models/refund-87';
import { type Session150, SessionStatus150 } from '../models/session-150';

export class Lead106Repository1570 {
  private readonly byId = new Map<string, Lead106>();

  save(item: Lead106): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Lead106 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: LeadStatus106; readonly kind?: LeadKind106 } = {}): Lead106[] {
    const result: Lead106[] = [];
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

export function summarizeSession1501571(items: readonly Session150[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === SessionStatus150.Blocked) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export class Refund111Repository1572 {
  private readonly byId = new Map<string, Refund111>();

  save(item: Refund111): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Refund111 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: RefundStatus111; readonly kind?: RefundKind111 } = {}): Refund111[] {
    const result: Refund111[] = [];
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

export function applyRefundEvent1111573(state: ReadonlyMap<string, Refund111>, event: RefundEvent111): Map<string, Refund111> {
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

export class Refund87Repository1574 {
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

export function describeLead106Status1575(item: Lead106): string {
  switch (item.status) {
  case LeadStatus106.Open:
    return item.amountCents > 0 ? 'Open' : 'Open (free)';
  case LeadStatus106.Paid:
    return item.amountCents > 0 ? 'Paid' : 'Paid (free)';
  case LeadStatus106.Overdue:
    return 'Overdue';
  case LeadStatus106.WrittenOff:
    return item.amountCents > 0 ? 'WrittenOff' : 'WrittenOff (free)';
  }
}
