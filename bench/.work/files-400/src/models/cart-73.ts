/** Cart records as the marketing service stores them. */
export enum CartStatus73 {
  New = 0,
  InProgress = 1,
  Blocked = 2,
  Done = 3,
}

export type CartKind73 = 'internal' | 'external';

export interface Cart73 {
  readonly id: string;
  readonly status: CartStatus73;
  readonly kind: CartKind73;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type CartEvent73 =
  | { readonly type: 'created'; readonly payload: Cart73 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Cart73> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_CART_PAGE_SIZE_73 = 282;

export function isCart73(value: unknown): value is Cart73 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newCart73(id: string, ownerEmail: string, kind: CartKind73 = 'internal'): Cart73 {
  return {
    id,
    status: CartStatus73.New,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
