import { type Appointment80, type AppointmentKind80, AppointmentStatus80 } from '../models/appointment-80';
import { type Ticket127, type TicketKind127, TicketStatus127 } from '../models/ticket-127';

export class Ticket127Repository1280 {
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

export class Appointment80Repository1281 {
  private readonly byId = new Map<string, Appointment80>();

  save(item: Appointment80): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Appointment80 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: AppointmentStatus80; readonly kind?: AppointmentKind80 } = {}): Appointment80[] {
    const result: Appointment80[] = [];
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

export function describeTicket127Status1282(item: Ticket127): string {
  switch (item.status) {
  case TicketStatus127.Paid:
    return 'Paid';
  case TicketStatus127.Overdue:
    return 'Overdue';
  default:
    return 'unknown';
  }
}
