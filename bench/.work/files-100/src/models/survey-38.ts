/** Survey records as the billing service stores them. */
export enum SurveyStatus38 {
  New = 'new',
  InProgress = 'in-progress',
  Blocked = 'blocked',
  Done = 'done',
}

export type SurveyKind38 = 'standard' | 'premium' | 'trial';

export interface Survey38 {
  readonly id: string;
  readonly status: SurveyStatus38;
  readonly kind: SurveyKind38;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type SurveyEvent38 =
  | { readonly type: 'created'; readonly payload: Survey38 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Survey38> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_SURVEY_PAGE_SIZE_38 = 269;

export function isSurvey38(value: unknown): value is Survey38 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newSurvey38(id: string, ownerEmail: string, kind: SurveyKind38 = 'standard'): Survey38 {
  return {
    id,
    status: SurveyStatus38.New,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
