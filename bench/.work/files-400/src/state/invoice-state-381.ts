import type { Payment110, PaymentEvent110 } from '../models/payment-110';
import { type Report74, type ReportKind74, ReportStatus74 } from '../models/report-74';
import { type Survey218, SurveyStatus218 } from '../models/survey-218';
import { type Ticket263, type TicketEvent263, TicketStatus263 } from '../models/ticket-263';

export function applyTicketEvent2633810(state: ReadonlyMap<string, Ticket263>, event: TicketEvent263): Map<string, Ticket263> {
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

export function applyPaymentEvent1103811(state: ReadonlyMap<string, Payment110>, event: PaymentEvent110): Map<string, Payment110> {
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

export function summarizeSurvey2183812(items: readonly Survey218[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === SurveyStatus218.Blocked) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function describeTicket263Status3813(item: Ticket263): string {
  switch (item.status) {
  case TicketStatus263.Draft:
    return item.amountCents > 0 ? 'Draft' : 'Draft (free)';
  case TicketStatus263.Active:
    return 'Active';
  case TicketStatus263.Suspended:
    return item.amountCents > 0 ? 'Suspended' : 'Suspended (free)';
  case TicketStatus263.Closed:
    return 'Closed';
  }
}

export class Report74Repository3814 {
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
