/** Lead records as the marketing service stores them. */
export enum LeadStatus78 {
  Pending = 'pending',
  Approved = 'approved',
  Rejected = 'rejected',
  Expired = 'expired',
  Cancelled = 'cancelled',
}

export type LeadKind78 = 'internal' | 'external';

export interface Lead78 {
  readonly id: string;
  readonly status: LeadStatus78;
  readonly kind: LeadKind78;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type LeadEvent78 =
  | { readonly type: 'created'; readonly payload: Lead78 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Lead78> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_LEAD_PAGE_SIZE_78 = 225;

export function isLead78(value: unknown): value is Lead78 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newLead78(id: string, ownerEmail: string, kind: LeadKind78 = 'internal'): Lead78 {
  return {
    id,
    status: LeadStatus78.Pending,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
