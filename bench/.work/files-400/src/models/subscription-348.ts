/** Subscription records as the marketing service stores them. */
export enum SubscriptionStatus348 {
  Open = 0,
  Paid = 1,
  Overdue = 2,
  WrittenOff = 3,
}

export type SubscriptionKind348 = 'basic' | 'plus' | 'enterprise';

export interface Subscription348 {
  readonly id: string;
  readonly status: SubscriptionStatus348;
  readonly kind: SubscriptionKind348;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type SubscriptionEvent348 =
  | { readonly type: 'created'; readonly payload: Subscription348 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Subscription348> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_SUBSCRIPTION_PAGE_SIZE_348 = 403;

export function isSubscription348(value: unknown): value is Subscription348 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newSubscription348(id: string, ownerEmail: string, kind: SubscriptionKind348 = 'basic'): Subscription348 {
  return {
    id,
    status: SubscriptionStatus348.Open,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
