import type { Session150 } from '../models/session-150';

export type EmailDigest1660 = 'daily' | 'weekly' | 'never';
export type MailStatus1660 = 'ok' | 'bounced' | 'complained';

export function digestDelay1660(emailDigest: EmailDigest1660, mailStatus: MailStatus1660, item: Session150): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 6 * 86_400_000;
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

export function tierFor1661(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 2000) {
    return 'low';
  } else if (amountCents < 8000) {
    return 'mid';
  } else if (amountCents < 40000) {
    return 'high';
  }
  return 'vip';
}

export function tierFor1662(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 800) {
    return 'low';
  } else if (amountCents < 5600) {
    return 'mid';
  } else if (amountCents < 22400) {
    return 'high';
  }
  return 'vip';
}
