/** Payment records as the billing service stores them. */
export enum PaymentStatus110 {
  Pending = 'pending',
  Approved = 'approved',
  Rejected = 'rejected',
  Expired = 'expired',
  Cancelled = 'cancelled',
}

export type PaymentKind110 = 'retail' | 'wholesale' | 'partner' | 'marketplace';

export interface Payment110 {
  readonly id: string;
  readonly status: PaymentStatus110;
  readonly kind: PaymentKind110;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type PaymentEvent110 =
  | { readonly type: 'created'; readonly payload: Payment110 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Payment110> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_PAYMENT_PAGE_SIZE_110 = 419;

export function isPayment110(value: unknown): value is Payment110 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newPayment110(id: string, ownerEmail: string, kind: PaymentKind110 = 'retail'): Payment110 {
  return {
    id,
    status: PaymentStatus110.Pending,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
