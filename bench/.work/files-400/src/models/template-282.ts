/** Template records as the fulfilment service stores them. */
export enum TemplateStatus282 {
  Draft = 'draft',
  Active = 'active',
  Suspended = 'suspended',
  Closed = 'closed',
}

export type TemplateKind282 = 'basic' | 'plus' | 'enterprise';

export interface Template282 {
  readonly id: string;
  readonly status: TemplateStatus282;
  readonly kind: TemplateKind282;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type TemplateEvent282 =
  | { readonly type: 'created'; readonly payload: Template282 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Template282> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_TEMPLATE_PAGE_SIZE_282 = 35;

export function isTemplate282(value: unknown): value is Template282 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newTemplate282(id: string, ownerEmail: string, kind: TemplateKind282 = 'basic'): Template282 {
  return {
    id,
    status: TemplateStatus282.Draft,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
