/** Product records as the support service stores them. */
export enum ProductStatus169 {
  Pending = 'pending',
  Approved = 'approved',
  Rejected = 'rejected',
  Expired = 'expired',
  Cancelled = 'cancelled',
}

export type ProductKind169 = 'retail' | 'wholesale' | 'partner' | 'marketplace';

export interface Product169 {
  readonly id: string;
  readonly status: ProductStatus169;
  readonly kind: ProductKind169;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type ProductEvent169 =
  | { readonly type: 'created'; readonly payload: Product169 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Product169> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_PRODUCT_PAGE_SIZE_169 = 139;

export function isProduct169(value: unknown): value is Product169 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newProduct169(id: string, ownerEmail: string, kind: ProductKind169 = 'retail'): Product169 {
  return {
    id,
    status: ProductStatus169.Pending,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
