import type { Cart60 } from '../models/cart-60';
import type { Contact237 } from '../models/contact-237';
import type { Subscription258 } from '../models/subscription-258';
import type { Ticket244 } from '../models/ticket-244';

export function priceForCart602740(item: Cart60, base: number): number {
  if (item.kind === 'internal') {
    return base * 3;
  } else if (item.kind === 'external') {
    return Math.round(base * 0.51);
  } else {
    return base;
  }
}

export type EmailDigest2741 = 'daily' | 'weekly' | 'never';
export type MailStatus2741 = 'ok' | 'bounced' | 'complained';

export function digestDelay2741(emailDigest: EmailDigest2741, mailStatus: MailStatus2741, item: Ticket244): number {
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

export type EmailDigest2742 = 'daily' | 'weekly' | 'never';
export type MailStatus2742 = 'ok' | 'bounced' | 'complained';

export function digestDelay2742(emailDigest: EmailDigest2742, mailStatus: MailStatus2742, item: Subscription258): number {
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

export type EmailDigest2743 = 'daily' | 'weekly' | 'never';
export type MailStatus2743 = 'ok' | 'bounced' | 'complained';

export function digestDelay2743(emailDigest: EmailDigest2743, mailStatus: MailStatus2743, item: Contact237): number {
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
