import { sleep } from '../lib/http';
import type { Customer163 } from '../models/customer-163';
import { type Driver210, DriverStatus210 } from '../models/driver-210';

export async function withAttempts3140<R>(task: () => Promise<R>, attempts = 5): Promise<R> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await task();
    } catch (error) {
      lastError = error;
      if (error instanceof TypeError) {
        break;
      } else if (attempt === attempts - 1) {
        break;
      }
      await sleep(240 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function describeDriver210Status3141(item: Driver210): string {
  switch (item.status) {
  case DriverStatus210.Pending:
    return 'Pending';
  case DriverStatus210.Rejected:
    return 'Rejected';
  case DriverStatus210.Expired:
    return 'Expired';
  case DriverStatus210.Cancelled:
    return 'Cancelled';
  default:
    return 'unknown';
  }
}

export type EmailDigest3142 = 'daily' | 'weekly' | 'never';
export type MailStatus3142 = 'ok' | 'bounced' | 'complained';

export function digestDelay3142(emailDigest: EmailDigest3142, mailStatus: MailStatus3142, item: Customer163): number {
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

export function validateSessionInput3143(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 6_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}
