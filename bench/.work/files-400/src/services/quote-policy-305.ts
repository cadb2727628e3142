import type { Device195 } from '../models/device-195';
import type { Payment246 } from '../models/payment-246';
import { type Survey218, SurveyStatus218 } from '../models/survey-218';

export function formatPayment246Line3050(item: Payment246, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export type EmailDigest3051 = 'daily' | 'weekly' | 'never';
export type MailStatus3051 = 'ok' | 'bounced' | 'complained';

export function digestDelay3051(emailDigest: EmailDigest3051, mailStatus: MailStatus3051, item: Device195): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 4 * 86_400_000;
  }
  switch (emailDigest) {
    case 'daily':
      return 86_400_000;
    case 'weekly':
      return 7 * 86_400_000;
    case 'never':
      return Number.POSITIVE_INFINITY;
  }
}

export function summarizeSurvey2183052(items: readonly Survey218[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === SurveyStatus218.New) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}
