/** Refund records as the billing service stores them. */
export enum RefundStatus21 {
  Open = 'open',
  Paid = 'paid',
  Overdue = 'overdue',
  WrittenOff = 'written-off',
}

export type RefundKind21 = 'standard' | 'premium' | 'trial';

export interface Refund21 {
  readonly id: string;
  readonly status: RefundStatus21;
  readonly kind: RefundKind21;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type RefundEvent21 =
  | { readonly type: 'created'; readonly payload: Refund21 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Refund21> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_REFUND_PAGE_SIZE_21 = 302;

export function isRefund21(value: unknown): value is Refund21 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newRefund21(id: string, ownerEmail: string, kind: RefundKind21 = 'standard'): Refund21 {
  return {
    id,
    status: RefundStatus21.Open,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
