/** Webhook records as the billing service stores them. */
export enum WebhookStatus366 {
  Pending = 'pending',
  Approved = 'approved',
  Rejected = 'rejected',
  Expired = 'expired',
  Cancelled = 'cancelled',
}

export type WebhookKind366 = 'internal' | 'external';

export interface Webhook366 {
  readonly id: string;
  readonly status: WebhookStatus366;
  readonly kind: WebhookKind366;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type WebhookEvent366 =
  | { readonly type: 'created'; readonly payload: Webhook366 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Webhook366> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_WEBHOOK_PAGE_SIZE_366 = 354;

export function isWebhook366(value: unknown): value is Webhook366 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newWebhook366(id: string, ownerEmail: string, kind: WebhookKind366 = 'internal'): Webhook366 {
  return {
    id,
    status: WebhookStatus366.Pending,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
