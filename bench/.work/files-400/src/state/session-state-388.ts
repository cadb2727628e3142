import { type Session374, SessionStatus374 } from '../models/session-374';
import { type Survey218, SurveyStatus218 } from '../models/survey-218';
import { type Survey29, SurveyStatus29 } from '../models/survey-29';

export function summarizeSession3743880(items: readonly Session374[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === SessionStatus374.Open) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function describeSurvey218Status3881(item: Survey218): string {
  switch (item.status) {
  case SurveyStatus218.InProgress:
    return 'InProgress';
  case SurveyStatus218.Blocked:
    return 'Blocked';
  default:
    return 'unknown';
  }
}

export function summarizeSurvey293882(items: readonly Survey29[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === SurveyStatus29.Paid) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}
