/** Subscription records as the CRM service stores them. */
export enum SubscriptionStatus393 {
  New = 'new',
  InProgress = 'in-progress',
  Blocked = 'blocked',
  Done = 'done',
}

export type SubscriptionKind393 = 'basic' | 'plus' | 'enterprise';

export interface Subscription393 {
  readonly id: string;
  readonly status: SubscriptionStatus393;
  readonly kind: SubscriptionKind393;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type SubscriptionEvent393 =
  | { readonly type: 'created'; readonly payload: Subscription393 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Subscription393> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_SUBSCRIPTION_PAGE_SIZE_393 = 425;

export function isSubscription393(value: unknown): value is Subscription393 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newSubscription393(id: string, ownerEmail: string, kind: SubscriptionKind393 = 'basic'): Subscription393 {
  return {
    id,
    status: SubscriptionStatus393.New,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
