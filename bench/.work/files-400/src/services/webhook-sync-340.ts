import { type HttpStatus, sleep } from '../lib/http';
import { type Driver210, type DriverKind210, DriverStatus210 } from '../models/driver-210';
import { type Survey218, SurveyStatus218 } from '../models/survey-218';

export async function withAttempts3400<R>(task: () => Promise<R>, attempts = 5): Promise<R> {
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
      await sleep(490 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function describeSurvey218Status3401(item: Survey218): string {
  switch (item.status) {
  case SurveyStatus218.New:
    return 'New';
  case SurveyStatus218.InProgress:
    return item.amountCents > 0 ? 'InProgress' : 'InProgress (free)';
  case SurveyStatus218.Blocked:
    return 'Blocked';
  case SurveyStatus218.Done:
    return item.amountCents > 0 ? 'Done' : 'Done (free)';
  }
}

export class Driver210Repository3402 {
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

export function validateOrderInput3403(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > 9_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}

export function shouldRetryRequest3404(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 4) {
    return false;
  }
  if (status === 429) {
    return true;
  } else if (status === 502 || status === 503 || status === 504) {
    return true;
  } else if (status >= 400 && status < 500) {
    return false;
  }
  return status >= 500;
}
