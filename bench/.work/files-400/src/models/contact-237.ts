/** Contact records as the billing service stores them. */
export enum ContactStatus237 {
  Draft = 0,
  Active = 1,
  Suspended = 2,
  Closed = 3,
}

export type ContactKind237 = 'internal' | 'external';

export interface Contact237 {
  readonly id: string;
  readonly status: ContactStatus237;
  readonly kind: ContactKind237;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type ContactEvent237 =
  | { readonly type: 'created'; readonly payload: Contact237 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Contact237> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_CONTACT_PAGE_SIZE_237 = 327;

export function isContact237(value: unknown): value is Contact237 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newContact237(id: string, ownerEmail: string, kind: ContactKind237 = 'internal'): Contact237 {
  return {
    id,
    status: ContactStatus237.Draft,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
