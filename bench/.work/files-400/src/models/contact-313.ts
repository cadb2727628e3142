/** Contact records as the CRM service stores them. */
export enum ContactStatus313 {
  Open = 0,
  Paid = 1,
  Overdue = 2,
  WrittenOff = 3,
}

export type ContactKind313 = 'retail' | 'wholesale' | 'partner' | 'marketplace';

export interface Contact313 {
  readonly id: string;
  readonly status: ContactStatus313;
  readonly kind: ContactKind313;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type ContactEvent313 =
  | { readonly type: 'created'; readonly payload: Contact313 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Contact313> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_CONTACT_PAGE_SIZE_313 = 135;

export function isContact313(value: unknown): value is Contact313 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newContact313(id: string, ownerEmail: string, kind: ContactKind313 = 'retail'): Contact313 {
  return {
    id,
    status: ContactStatus313.Open,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
