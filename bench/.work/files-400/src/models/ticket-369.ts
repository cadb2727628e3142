/** Ticket records as the fulfilment service stores them. */
export enum TicketStatus369 {
  New = 'new',
  InProgress = 'in-progress',
  Blocked = 'blocked',
  Done = 'done',
}

export type TicketKind369 = 'internal' | 'external';

export interface Ticket369 {
  readonly id: string;
  readonly status: TicketStatus369;
  readonly kind: TicketKind369;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type TicketEvent369 =
  | { readonly type: 'created'; readonly payload: Ticket369 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Ticket369> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_TICKET_PAGE_SIZE_369 = 217;

export function isTicket369(value: unknown): value is Ticket369 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newTicket369(id: string, ownerEmail: string, kind: TicketKind369 = 'internal'): Ticket369 {
  return {
    id,
    status: TicketStatus369.New,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
