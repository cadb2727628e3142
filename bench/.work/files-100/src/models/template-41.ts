/** Template records as the CRM service stores them. */
export enum TemplateStatus41 {
  New = 0,
  InProgress = 1,
  Blocked = 2,
  Done = 3,
}

export type TemplateKind41 = 'internal' | 'external';

export interface Template41 {
  readonly id: string;
  readonly status: TemplateStatus41;
  readonly kind: TemplateKind41;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type TemplateEvent41 =
  | { readonly type: 'created'; readonly payload: Template41 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Template41> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_TEMPLATE_PAGE_SIZE_41 = 232;

export function isTemplate41(value: unknown): value is Template41 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newTemplate41(id: string, ownerEmail: string, kind: TemplateKind41 = 'internal'): Template41 {
  return {
    id,
    status: TemplateStatus41.New,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
