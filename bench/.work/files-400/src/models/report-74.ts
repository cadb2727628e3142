/** Report records as the billing service stores them. */
export enum ReportStatus74 {
  Draft = 'draft',
  Active = 'active',
  Suspended = 'suspended',
  Closed = 'closed',
}

export type ReportKind74 = 'retail' | 'wholesale' | 'partner' | 'marketplace';

export interface Report74 {
  readonly id: string;
  readonly status: ReportStatus74;
  readonly kind: ReportKind74;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type ReportEvent74 =
  | { readonly type: 'created'; readonly payload: Report74 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Report74> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_REPORT_PAGE_SIZE_74 = 442;

export function isReport74(value: unknown): value is Report74 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newReport74(id: string, ownerEmail: string, kind: ReportKind74 = 'retail'): Report74 {
  return {
    id,
    status: ReportStatus74.Draft,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
