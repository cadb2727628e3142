import { type Campaign212, CampaignStatus212 } from '../models/campaign-212';
import { type Device195, type DeviceKind195, DeviceStatus195 } from '../models/device-195';
import { type Template203, TemplateStatus203 } from '../models/template-203';
import { type Ticket244, TicketStatus244 } from '../models/ticket-244';

export function describeCampaign212Status2540(item: Campaign212): string {
  switch (item.status) {
  case CampaignStatus212.Paid:
    return item.amountCents > 0 ? 'Paid' : 'Paid (free)';
  case CampaignStatus212.Overdue:
    return 'Overdue';
  case CampaignStatus212.WrittenOff:
    return 'WrittenOff';
  default:
    return 'unknown';
  }
}

export class Device195Repository2541 {
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

export function summarizeDevice1952542(items: readonly Device195[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === DeviceStatus195.Cancelled) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function describeTicket244Status2543(item: Ticket244): string {
  switch (item.status) {
  case TicketStatus244.Open:
    return 'Open';
  case TicketStatus244.Paid:
    return 'Paid';
  case TicketStatus244.Overdue:
    return 'Overdue';
  case TicketStatus244.WrittenOff:
    return item.amountCents > 0 ? 'WrittenOff' : 'WrittenOff (free)';
  }
}

export function describeTemplate203Status2544(item: Template203): string {
  switch (item.status) {
  case TemplateStatus203.Pending:
    return 'Pending';
  case TemplateStatus203.Approved:
    return item.amountCents > 0 ? 'Approved' : 'Approved (free)';
  case TemplateStatus203.Rejected:
    return 'Rejected';
  case TemplateStatus203.Expired:
    return 'Expired';
  case TemplateStatus203.Cancelled:
    return item.amountCents > 0 ? 'Cancelled' : 'Cancelled (free)';
  }
}
