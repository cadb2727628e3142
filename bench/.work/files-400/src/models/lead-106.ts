/** Lead records as the fulfilment service stores them. */
export enum LeadStatus106 {
  Open = 'open',
  Paid = 'paid',
  Overdue = 'overdue',
  WrittenOff = 'written-off',
}

export type LeadKind106 = 'internal' | 'external';

export interface Lead106 {
  readonly id: string;
  readonly status: LeadStatus106;
  readonly kind: LeadKind106;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type LeadEvent106 =
  | { readonly type: 'created'; readonly payload: Lead106 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Lead106> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_LEAD_PAGE_SIZE_106 = 369;

export function isLead106(value: unknown): value is Lead106 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newLead106(id: string, ownerEmail: string, kind: LeadKind106 = 'internal'): Lead106 {
  return {
    id,
    status: LeadStatus106.Open,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
