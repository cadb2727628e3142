/** Payment records as the support service stores them. */
export enum PaymentStatus352 {
  Draft = 0,
  Active = 1,
  Suspended = 2,
  Closed = 3,
}

export type PaymentKind352 = 'standard' | 'premium' | 'trial';

export interface Payment352 {
  readonly id: string;
  readonly status: PaymentStatus352;
  readonly kind: PaymentKind352;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type PaymentEvent352 =
  | { readonly type: 'created'; readonly payload: Payment352 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Payment352> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_PAYMENT_PAGE_SIZE_352 = 358;

export function isPayment352(value: unknown): value is Payment352 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newPayment352(id: string, ownerEmail: string, kind: PaymentKind352 = 'standard'): Payment352 {
  return {
    id,
    status: PaymentStatus352.Draft,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
