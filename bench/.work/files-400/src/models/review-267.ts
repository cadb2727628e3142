/** Review records as the fulfilment service stores them. */
export enum ReviewStatus267 {
  Open = 'open',
  Paid = 'paid',
  Overdue = 'overdue',
  WrittenOff = 'written-off',
}

export type ReviewKind267 = 'retail' | 'wholesale' | 'partner' | 'marketplace';

export interface Review267 {
  readonly id: string;
  readonly status: ReviewStatus267;
  readonly kind: ReviewKind267;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type ReviewEvent267 =
  | { readonly type: 'created'; readonly payload: Review267 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Review267> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_REVIEW_PAGE_SIZE_267 = 440;

export function isReview267(value: unknown): value is Review267 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newReview267(id: string, ownerEmail: string, kind: ReviewKind267 = 'retail'): Review267 {
  return {
    id,
    status: ReviewStatus267.Open,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
