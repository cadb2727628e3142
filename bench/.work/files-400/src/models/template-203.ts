/** Template records as the fulfilment service stores them. */
export enum TemplateStatus203 {
  Pending = 'pending',
  Approved = 'approved',
  Rejected = 'rejected',
  Expired = 'expired',
  Cancelled = 'cancelled',
}

export type TemplateKind203 = 'internal' | 'external';

export interface Template203 {
  readonly id: string;
  readonly status: TemplateStatus203;
  readonly kind: TemplateKind203;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type TemplateEvent203 =
  | { readonly type: 'created'; readonly payload: Template203 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Template203> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_TEMPLATE_PAGE_SIZE_203 = 396;

export function isTemplate203(value: unknown): value is Template203 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newTemplate203(id: string, ownerEmail: string, kind: TemplateKind203 = 'internal'): Template203 {
  return {
    id,
    status: TemplateStatus203.Pending,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
