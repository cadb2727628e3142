/** Template records as the support service stores them. */
export enum TemplateStatus279 {
  Draft = 'draft',
  Active = 'active',
  Suspended = 'suspended',
  Closed = 'closed',
}

export type TemplateKind279 = 'retail' | 'wholesale' | 'partner' | 'marketplace';

export interface Template279 {
  readonly id: string;
  readonly status: TemplateStatus279;
  readonly kind: TemplateKind279;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type TemplateEvent279 =
  | { readonly type: 'created'; readonly payload: Template279 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Template279> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_TEMPLATE_PAGE_SIZE_279 = 79;

export function isTemplate279(value: unknown): value is Template279 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newTemplate279(id: string, ownerEmail: string, kind: TemplateKind279 = 'retail'): Template279 {
  return {
    id,
    status: TemplateStatus279.Draft,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
