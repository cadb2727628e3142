/** Payment records as the billing service stores them. */
export enum PaymentStatus246 {
  New = 0,
  InProgress = 1,
  Blocked = 2,
  Done = 3,
}

export type PaymentKind246 = 'basic' | 'plus' | 'enterprise';

export interface Payment246 {
  readonly id: string;
  readonly status: PaymentStatus246;
  readonly kind: PaymentKind246;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type PaymentEvent246 =
  | { readonly type: 'created'; readonly payload: Payment246 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Payment246> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_PAYMENT_PAGE_SIZE_246 = 38;

export function isPayment246(value: unknown): value is Payment246 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newPayment246(id: string, ownerEmail: string, kind: PaymentKind246 = 'basic'): Payment246 {
  return {
    id,
    status: PaymentStatus246.New,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
