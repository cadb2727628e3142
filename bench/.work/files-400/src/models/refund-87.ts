/** Refund records as the marketing service stores them. */
export enum RefundStatus87 {
  Draft = 'draft',
  Active = 'active',
  Suspended = 'suspended',
  Closed = 'closed',
}

export type RefundKind87 = 'retail' | 'wholesale' | 'partner' | 'marketplace';

export interface Refund87 {
  readonly id: string;
  readonly status: RefundStatus87;
  readonly kind: RefundKind87;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type RefundEvent87 =
  | { readonly type: 'created'; readonly payload: Refund87 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Refund87> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_REFUND_PAGE_SIZE_87 = 88;

export function isRefund87(value: unknown): value is Refund87 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newRefund87(id: string, ownerEmail: string, kind: RefundKind87 = 'retail'): Refund87 {
  return {
    id,
    status: RefundStatus87.Draft,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
