import type { Cart73 } from '../models/cart-73';
import type { Refund87 } from '../models/refund-87';

export function validateCouponInput2160(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 8_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}

export function tierFor2161(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1700) {
    return 'low';
  } else if (amountCents < 6800) {
    return 'mid';
  } else if (amountCents < 27200) {
    return 'high';
  }
  return 'vip';
}

export function formatRefund87Line2162(item: Refund87, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function tierFor2163(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 900) {
    return 'low';
  } else if (amountCents < 5400) {
    return 'mid';
  } else if (amountCents < 43200) {
    return 'high';
  }
  return 'vip';
}

export type EmailDigest2164 = 'daily' | 'weekly' | 'never';
export type MailStatus2164 = 'ok' | 'bounced' | 'complained';

export function digestDelay2164(emailDigest: EmailDigest2164, mailStatus: MailStatus2164, item: Cart73): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 2 * 86_400_000;
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
