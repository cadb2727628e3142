/** Coupon records as the marketing service stores them. */
export enum CouponStatus54 {
  Open = 'open',
  Paid = 'paid',
  Overdue = 'overdue',
  WrittenOff = 'written-off',
}

export type CouponKind54 = 'internal' | 'external';

export interface Coupon54 {
  readonly id: string;
  readonly status: CouponStatus54;
  readonly kind: CouponKind54;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type CouponEvent54 =
  | { readonly type: 'created'; readonly payload: Coupon54 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Coupon54> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_COUPON_PAGE_SIZE_54 = 233;

export function isCoupon54(value: unknown): value is Coupon54 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newCoupon54(id: string, ownerEmail: string, kind: CouponKind54 = 'internal'): Coupon54 {
  return {
    id,
    status: CouponStatus54.Open,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
