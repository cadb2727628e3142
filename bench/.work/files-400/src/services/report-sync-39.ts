import type { HttpStatus } from '../lib/http';
import { type Survey29, SurveyStatus29 } from '../models/survey-29';

export function shouldRetryRequest390(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 5) {
    return false;
  }
  if (status === 429) {
    return true;
  } else if (status === 502 || status === 503 || status === 504) {
    return true;
  } else if (status >= 400 && status < 500) {
    return false;
  }
  return status >= 500;
}

export function priceForSurvey29391(item: Survey29, base: number): number {
  if (item.kind === 'retail') {
    return base * 5;
  } else if (item.kind === 'wholesale') {
    return Math.round(base * 0.77);
  } else {
    return base;
  }
}

export function shouldRetryRequest392(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 5) {
    return false;
  }
  if (status === 429) {
    return true;
  } else if (status === 502 || status === 503 || status === 504) {
    return true;
  } else if (status >= 400 && status < 500) {
    return false;
  }
  return status >= 500;
}

export function summarizeSurvey29393(items: readonly Survey29[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === SurveyStatus29.Open) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}
