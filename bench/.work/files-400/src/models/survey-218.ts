/** Survey records as the support service stores them. */
export enum SurveyStatus218 {
  New = 0,
  InProgress = 1,
  Blocked = 2,
  Done = 3,
}

export type SurveyKind218 = 'internal' | 'external';

export interface Survey218 {
  readonly id: string;
  readonly status: SurveyStatus218;
  readonly kind: SurveyKind218;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type SurveyEvent218 =
  | { readonly type: 'created'; readonly payload: Survey218 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Survey218> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_SURVEY_PAGE_SIZE_218 = 269;

export function isSurvey218(value: unknown): value is Survey218 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newSurvey218(id: string, ownerEmail: string, kind: SurveyKind218 = 'internal'): Survey218 {
  return {
    id,
    status: SurveyStatus218.New,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
