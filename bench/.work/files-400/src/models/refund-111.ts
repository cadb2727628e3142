/** Refund records as the billing service stores them. */
export enum RefundStatus111 {
  Open = 0,
  Paid = 1,
  Overdue = 2,
  WrittenOff = 3,
}

export type RefundKind111 = 'basic' | 'plus' | 'enterprise';

export interface Refund111 {
  readonly id: string;
  readonly status: RefundStatus111;
  readonly kind: RefundKind111;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type RefundEvent111 =
  | { readonly type: 'created'; readonly payload: Refund111 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Refund111> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_REFUND_PAGE_SIZE_111 = 500;

export function isRefund111(value: unknown): value is Refund111 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newRefund111(id: string, ownerEmail: string, kind: RefundKind111 = 'basic'): Refund111 {
  return {
    id,
    status: RefundStatus111.Open,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
