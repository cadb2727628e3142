/** Cart records as the support service stores them. */
export enum CartStatus278 {
  New = 'new',
  InProgress = 'in-progress',
  Blocked = 'blocked',
  Done = 'done',
}

export type CartKind278 = 'internal' | 'external';

export interface Cart278 {
  readonly id: string;
  readonly status: CartStatus278;
  readonly kind: CartKind278;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type CartEvent278 =
  | { readonly type: 'created'; readonly payload: Cart278 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Cart278> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_CART_PAGE_SIZE_278 = 169;

export function isCart278(value: unknown): value is Cart278 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newCart278(id: string, ownerEmail: string, kind: CartKind278 = 'internal'): Cart278 {
  return {
    id,
    status: CartStatus278.New,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
