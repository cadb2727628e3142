/** Subscription records as the billing service stores them. */
export enum SubscriptionStatus258 {
  Pending = 'pending',
  Approved = 'approved',
  Rejected = 'rejected',
  Expired = 'expired',
  Cancelled = 'cancelled',
}

export type SubscriptionKind258 = 'standard' | 'premium' | 'trial';

export interface Subscription258 {
  readonly id: string;
  readonly status: SubscriptionStatus258;
  readonly kind: SubscriptionKind258;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type SubscriptionEvent258 =
  | { readonly type: 'created'; readonly payload: Subscription258 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Subscription258> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_SUBSCRIPTION_PAGE_SIZE_258 = 466;

export function isSubscription258(value: unknown): value is Subscription258 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newSubscription258(id: string, ownerEmail: string, kind: SubscriptionKind258 = 'standard'): Subscription258 {
  return {
    id,
    status: SubscriptionStatus258.Pending,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
