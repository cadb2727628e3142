/** Cart records as the support service stores them. */
export enum CartStatus60 {
  Draft = 0,
  Active = 1,
  Suspended = 2,
  Closed = 3,
}

export type CartKind60 = 'internal' | 'external';

export interface Cart60 {
  readonly id: string;
  readonly status: CartStatus60;
  readonly kind: CartKind60;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type CartEvent60 =
  | { readonly type: 'created'; readonly payload: Cart60 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Cart60> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_CART_PAGE_SIZE_60 = 149;

export function isCart60(value: unknown): value is Cart60 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newCart60(id: string, ownerEmail: string, kind: CartKind60 = 'internal'): Cart60 {
  return {
    id,
    status: CartStatus60.Draft,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
