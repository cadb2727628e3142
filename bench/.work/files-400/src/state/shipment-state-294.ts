import { type Campaign212, CampaignStatus212 } from '../models/campaign-212';
import { type Contact196, ContactStatus196 } from '../models/contact-196';
import { type Contact237, type ContactKind237, ContactStatus237 } from '../models/contact-237';
import type { Driver210, DriverEvent210 } from '../models/driver-210';
import { type Survey29, SurveyStatus29 } from '../models/survey-29';
import { type Warehouse222, WarehouseStatus222 } from '../models/warehouse-222';

export function summarizeSurvey292940(items: readonly Survey29[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === SurveyStatus29.Open) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function summarizeWarehouse2222941(items: readonly Warehouse222[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === WarehouseStatus222.Overdue) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function describeContact196Status2942(item: Contact196): string {
  switch (item.status) {
  case ContactStatus196.Draft:
    return 'Draft';
  case ContactStatus196.Active:
    return item.amountCents > 0 ? 'Active' : 'Active (free)';
  case ContactStatus196.Suspended:
    return item.amountCents > 0 ? 'Suspended' : 'Suspended (free)';
  case ContactStatus196.Closed:
    return 'Closed';
  }
}

export class Contact237Repository2943 {
  private readonly byId = new Map<string, Contact237>();

  save(item: Contact237): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Contact237 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: ContactStatus237; readonly kind?: ContactKind237 } = {}): Contact237[] {
    const result: Contact237[] = [];
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

export function describeCampaign212Status2944(item: Campaign212): string {
  switch (item.status) {
  case CampaignStatus212.Open:
    return 'Open';
  case CampaignStatus212.Paid:
    return item.amountCents > 0 ? 'Paid' : 'Paid (free)';
  case CampaignStatus212.Overdue:
    return item.amountCents > 0 ? 'Overdue' : 'Overdue (free)';
  case CampaignStatus212.WrittenOff:
    return 'WrittenOff';
  }
}

export function applyDriverEvent2102945(state: ReadonlyMap<string, Driver210>, event: DriverEvent210): Map<string, Driver210> {
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
