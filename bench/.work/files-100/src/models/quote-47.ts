/** Quote records as the marketing service stores them. */
export enum QuoteStatus47 {
  Draft = 'draft',
  Active = 'active',
  Suspended = 'suspended',
  Closed = 'closed',
}

export type QuoteKind47 = 'retail' | 'wholesale' | 'partner' | 'marketplace';

export interface Quote47 {
  readonly id: string;
  readonly status: QuoteStatus47;
  readonly kind: QuoteKind47;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type QuoteEvent47 =
  | { readonly type: 'created'; readonly payload: Quote47 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Quote47> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_QUOTE_PAGE_SIZE_47 = 234;

export function isQuote47(value: unknown): value is Quote47 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newQuote47(id: string, ownerEmail: string, kind: QuoteKind47 = 'retail'): Quote47 {
  return {
    id,
    status: QuoteStatus47.Draft,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
