/** Refund records as the CRM service stores them. */
export enum RefundStatus287 {
  New = 'new',
  InProgress = 'in-progress',
  Blocked = 'blocked',
  Done = 'done',
}

export type RefundKind287 = 'internal' | 'external';

export interface Refund287 {
  readonly id: string;
  readonly status: RefundStatus287;
  readonly kind: RefundKind287;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type RefundEvent287 =
  | { readonly type: 'created'; readonly payload: Refund287 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Refund287> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_REFUND_PAGE_SIZE_287 = 377;

export function isRefund287(value: unknown): value is Refund287 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newRefund287(id: string, ownerEmail: string, kind: RefundKind287 = 'internal'): Refund287 {
  return {
    id,
    status: RefundStatus287.New,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
