/** Review records as the fulfilment service stores them. */
export enum ReviewStatus54 {
  New = 'new',
  InProgress = 'in-progress',
  Blocked = 'blocked',
  Done = 'done',
}

export type ReviewKind54 = 'internal' | 'external';

export interface Review54 {
  readonly id: string;
  readonly status: ReviewStatus54;
  readonly kind: ReviewKind54;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type ReviewEvent54 =
  | { readonly type: 'created'; readonly payload: Review54 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Review54> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_REVIEW_PAGE_SIZE_54 = 442;

export function isReview54(value: unknown): value is Review54 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newReview54(id: string, ownerEmail: string, kind: ReviewKind54 = 'internal'): Review54 {
  return {
    id,
    status: ReviewStatus54.New,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
