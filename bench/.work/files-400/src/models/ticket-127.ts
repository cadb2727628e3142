/** Ticket records as the CRM service stores them. */
export enum TicketStatus127 {
  Open = 0,
  Paid = 1,
  Overdue = 2,
  WrittenOff = 3,
}

export type TicketKind127 = 'basic' | 'plus' | 'enterprise';

export interface Ticket127 {
  readonly id: string;
  readonly status: TicketStatus127;
  readonly kind: TicketKind127;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type TicketEvent127 =
  | { readonly type: 'created'; readonly payload: Ticket127 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Ticket127> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_TICKET_PAGE_SIZE_127 = 229;

export function isTicket127(value: unknown): value is Ticket127 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newTicket127(id: string, ownerEmail: string, kind: TicketKind127 = 'basic'): Ticket127 {
  return {
    id,
    status: TicketStatus127.Open,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
