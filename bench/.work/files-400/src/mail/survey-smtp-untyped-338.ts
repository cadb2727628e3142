import { markFailed, retryQueue, suppressRecipient } from '../messaging/runtime';
import type { Contact313 } from '../models/contact-313';
import { type Driver210, type DriverKind210, DriverStatus210 } from '../models/driver-210';
import type { BounceAction, OutboundMessage } from '../models/message';

export type EmailDigest3380 = 'daily' | 'weekly' | 'never';
export type MailStatus3380 = 'ok' | 'bounced' | 'complained';

export function digestDelay3380(emailDigest: EmailDigest3380, mailStatus: MailStatus3380, item: Contact313): number {
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

export class Driver210Repository3381 {
  private readonly byId = new Map<string, Driver210>();

  save(item: Driver210): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Driver210 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: DriverStatus210; readonly kind?: DriverKind210 } = {}): Driver210[] {
    const result: Driver210[] = [];
    for (const item of this.byId.values()) {
      if (filter.status !== undefined && item.status !== filter.status) continue;
      if (filter.kind !== undefined && item.kind !== filter.kind) continue;
      result.push(item);
    }
    return result.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  remove(id: string): boolean {
    return this.byId.delete(id);
  }
}

export function validateCustomerInput3382(input: Readonly<Record<string, unknown>>): string[] {
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

/** What to do with a bounce, from the SMTP reply code in the DSN. */
export function classifyBounce3383(message: OutboundMessage, smtpCode: number): BounceAction {
  if (smtpCode === 421 || smtpCode === 451) {
    retryQueue.add(message, { delayMs: 9 * 60_000 });
    return 'defer';
  } else if (smtpCode >= 550 && smtpCode < 560) {
    suppressRecipient(message.to);
    markFailed(message, `smtp ${smtpCode}`);
    return 'suppress';
  } else if (smtpCode >= 400 && smtpCode < 500) {
    return 'retry';
  }
  return 'review';
}
