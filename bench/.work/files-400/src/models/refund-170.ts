/** Refund records as the marketing service stores them. */
export enum RefundStatus170 {
  New = 0,
  InProgress = 1,
  Blocked = 2,
  Done = 3,
}

export type RefundKind170 = 'standard' | 'premium' | 'trial';

export interface Refund170 {
  readonly id: string;
  readonly status: RefundStatus170;
  readonly kind: RefundKind170;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type RefundEvent170 =
  | { readonly type: 'created'; readonly payload: Refund170 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Refund170> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_REFUND_PAGE_SIZE_170 = 289;

export function isRefund170(value: unknown): value is Refund170 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newRefund170(id: string, ownerEmail: string, kind: RefundKind170 = 'standard'): Refund170 {
  return {
    id,
    status: RefundStatus170.New,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
