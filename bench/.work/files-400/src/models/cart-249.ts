/** Cart records as the fulfilment service stores them. */
export enum CartStatus249 {
  New = 'new',
  InProgress = 'in-progress',
  Blocked = 'blocked',
  Done = 'done',
}

export type CartKind249 = 'standard' | 'premium' | 'trial';

export interface Cart249 {
  readonly id: string;
  readonly status: CartStatus249;
  readonly kind: CartKind249;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type CartEvent249 =
  | { readonly type: 'created'; readonly payload: Cart249 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Cart249> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_CART_PAGE_SIZE_249 = 132;

export function isCart249(value: unknown): value is Cart249 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newCart249(id: string, ownerEmail: string, kind: CartKind249 = 'standard'): Cart249 {
  return {
    id,
    status: CartStatus249.New,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
