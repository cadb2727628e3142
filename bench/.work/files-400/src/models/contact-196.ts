/** Contact records as the billing service stores them. */
export enum ContactStatus196 {
  Draft = 'draft',
  Active = 'active',
  Suspended = 'suspended',
  Closed = 'closed',
}

export type ContactKind196 = 'retail' | 'wholesale' | 'partner' | 'marketplace';

export interface Contact196 {
  readonly id: string;
  readonly status: ContactStatus196;
  readonly kind: ContactKind196;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type ContactEvent196 =
  | { readonly type: 'created'; readonly payload: Contact196 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Contact196> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_CONTACT_PAGE_SIZE_196 = 489;

export function isContact196(value: unknown): value is Contact196 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newContact196(id: string, ownerEmail: string, kind: ContactKind196 = 'retail'): Contact196 {
  return {
    id,
    status: ContactStatus196.Draft,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
