/** Ticket records as the billing service stores them. */
export enum TicketStatus244 {
  Open = 0,
  Paid = 1,
  Overdue = 2,
  WrittenOff = 3,
}

export type TicketKind244 = 'retail' | 'wholesale' | 'partner' | 'marketplace';

export interface Ticket244 {
  readonly id: string;
  readonly status: TicketStatus244;
  readonly kind: TicketKind244;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type TicketEvent244 =
  | { readonly type: 'created'; readonly payload: Ticket244 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Ticket244> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_TICKET_PAGE_SIZE_244 = 382;

export function isTicket244(value: unknown): value is Ticket244 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newTicket244(id: string, ownerEmail: string, kind: TicketKind244 = 'retail'): Ticket244 {
  return {
    id,
    status: TicketStatus244.Open,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
