import { sleep } from '../lib/http';
import { type Report74, ReportStatus74 } from '../models/report-74';

export async function withAttempts1750<R>(task: () => Promise<R>, attempts = 4): Promise<R> {
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
      await sleep(280 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function tierFor1751(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1400) {
    return 'low';
  } else if (amountCents < 8400) {
    return 'mid';
  } else if (amountCents < 42000) {
    return 'high';
  }
  return 'vip';
}

export function describeReport74Status1752(item: Report74): string {
  switch (item.status) {
  case ReportStatus74.Draft:
    return item.amountCents > 0 ? 'Draft' : 'Draft (free)';
  case ReportStatus74.Active:
    return item.amountCents > 0 ? 'Active' : 'Active (free)';
  case ReportStatus74.Closed:
    return item.amountCents > 0 ? 'Closed' : 'Closed (free)';
  default:
    return 'unknown';
  }
}

export function validateRefundInput1753(input: Readonly<Record<string, unknown>>): string[] {
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
