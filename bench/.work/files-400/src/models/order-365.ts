/** Order records as the support service stores them. */
export enum OrderStatus365 {
  New = 0,
  InProgress = 1,
  Blocked = 2,
  Done = 3,
}

export type OrderKind365 = 'standard' | 'premium' | 'trial';

export interface Order365 {
  readonly id: string;
  readonly status: OrderStatus365;
  readonly kind: OrderKind365;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type OrderEvent365 =
  | { readonly type: 'created'; readonly payload: Order365 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Order365> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_ORDER_PAGE_SIZE_365 = 474;

export function isOrder365(value: unknown): value is Order365 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newOrder365(id: string, ownerEmail: string, kind: OrderKind365 = 'standard'): Order365 {
  return {
    id,
    status: OrderStatus365.New,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
