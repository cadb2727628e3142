import type { Warehouse222 } from '../models/warehouse-222';

export type EmailDigest3870 = 'daily' | 'weekly' | 'never';
export type MailStatus3870 = 'ok' | 'bounced' | 'complained';

export function digestDelay3870(emailDigest: EmailDigest3870, mailStatus: MailStatus3870, item: Warehouse222): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 8 * 86_400_000;
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

export function validateWebhookInput3871(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 4_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}

export function tierFor3872(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1800) {
    return 'low';
  } else if (amountCents < 14400) {
    return 'mid';
  } else if (amountCents < 57600) {
    return 'high';
  }
  return 'vip';
}
