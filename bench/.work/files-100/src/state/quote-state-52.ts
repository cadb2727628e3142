import { type Quote47, QuoteStatus47 } from '../models/quote-47';
import { type Refund21, RefundStatus21 } from '../models/refund-21';
import { type Survey38, SurveyStatus38 } from '../models/survey-38';

export function describeQuote47Status520(item: Quote47): string {
  switch (item.status) {
  case QuoteStatus47.Draft:
    return 'Draft';
  case QuoteStatus47.Active:
    return item.amountCents > 0 ? 'Active' : 'Active (free)';
  case QuoteStatus47.Suspended:
    return 'Suspended';
  case QuoteStatus47.Closed:
    return 'Closed';
  }
}

export function describeRefund21Status521(item: Refund21): string {
  switch (item.status) {
  case RefundStatus21.Open:
    return 'Open';
  case RefundStatus21.Paid:
    return item.amountCents > 0 ? 'Paid' : 'Paid (free)';
  case RefundStatus21.Overdue:
    return 'Overdue';
  case RefundStatus21.WrittenOff:
    return 'WrittenOff';
  }
}

export function summarizeSurvey38522(items: readonly Survey38[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === SurveyStatus38.Blocked) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function describeQuote47Status523(item: Quote47): string {
  switch (item.status) {
  case QuoteStatus47.Draft:
    return 'Draft';
  case QuoteStatus47.Active:
    return 'Active';
  case QuoteStatus47.Suspended:
    return 'Suspended';
  case QuoteStatus47.Closed:
    return 'Closed';
  }
}
