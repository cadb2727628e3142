/** Order records as the CRM service stores them. */
export enum OrderStatus243 {
  New = 'new',
  InProgress = 'in-progress',
  Blocked = 'blocked',
  Done = 'done',
}

export type OrderKind243 = 'basic' | 'plus' | 'enterprise';

export interface Order243 {
  readonly id: string;
  readonly status: OrderStatus243;
  readonly kind: OrderKind243;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type OrderEvent243 =
  | { readonly type: 'created'; readonly payload: Order243 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Order243> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_ORDER_PAGE_SIZE_243 = 433;

export function isOrder243(value: unknown): value is Order243 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newOrder243(id: string, ownerEmail: string, kind: OrderKind243 = 'basic'): Order243 {
  return {
    id,
    status: OrderStatus243.New,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
