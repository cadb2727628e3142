/** Ticket records as the CRM service stores them. */
export enum TicketStatus263 {
  Draft = 'draft',
  Active = 'active',
  Suspended = 'suspended',
  Closed = 'closed',
}

export type TicketKind263 = 'internal' | 'external';

export interface Ticket263 {
  readonly id: string;
  readonly status: TicketStatus263;
  readonly kind: TicketKind263;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type TicketEvent263 =
  | { readonly type: 'created'; readonly payload: Ticket263 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Ticket263> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_TICKET_PAGE_SIZE_263 = 283;

export function isTicket263(value: unknown): value is Ticket263 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newTicket263(id: string, ownerEmail: string, kind: TicketKind263 = 'internal'): Ticket263 {
  return {
    id,
    status: TicketStatus263.Draft,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
