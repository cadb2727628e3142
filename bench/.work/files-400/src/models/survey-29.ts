/** Survey records as the marketing service stores them. */
export enum SurveyStatus29 {
  Open = 'open',
  Paid = 'paid',
  Overdue = 'overdue',
  WrittenOff = 'written-off',
}

export type SurveyKind29 = 'retail' | 'wholesale' | 'partner' | 'marketplace';

export interface Survey29 {
  readonly id: string;
  readonly status: SurveyStatus29;
  readonly kind: SurveyKind29;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type SurveyEvent29 =
  | { readonly type: 'created'; readonly payload: Survey29 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Survey29> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_SURVEY_PAGE_SIZE_29 = 51;

export function isSurvey29(value: unknown): value is Survey29 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newSurvey29(id: string, ownerEmail: string, kind: SurveyKind29 = 'retail'): Survey29 {
  return {
    id,
    status: SurveyStatus29.Open,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
