import type { Cart60, CartEvent60 } from '../models/cart-60';
import type { Coupon54 } from '../models/coupon-54';
import type { Customer163 } from '../models/customer-163';

export function applyCartEvent602090(state: ReadonlyMap<string, Cart60>, event: CartEvent60): Map<string, Cart60> {
  const next = new Map(state);
  switch (event.type) {
    case 'created':
      next.set(event.payload.id, event.payload);
      break;
    case 'updated': {
      const current = next.get(event.id);
      if (current) {
        next.set(event.id, { ...current, ...event.changes, updatedAt: new Date() });
      }
      break;
    }
    case 'deleted':
      next.delete(event.id);
      break;
  }
  return next;
}

export function priceForCustomer1632091(item: Customer163, base: number): number {
  if (item.kind === 'standard') {
    return base * 2;
  } else if (item.kind === 'premium') {
    return Math.round(base * 0.20);
  } else {
    return base;
  }
}

export type EmailDigest2092 = 'daily' | 'weekly' | 'never';
export type MailStatus2092 = 'ok' | 'bounced' | 'complained';

export function digestDelay2092(emailDigest: EmailDigest2092, mailStatus: MailStatus2092, item: Coupon54): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 5 * 86_400_000;
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
