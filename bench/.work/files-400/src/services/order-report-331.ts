import { sleep } from '../lib/http';
import { type Template282, type TemplateKind282, TemplateStatus282 } from '../models/template-282';

export async function withAttempts3310<R>(task: () => Promise<R>, attempts = 3): Promise<R> {
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
      await sleep(450 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function validateReportInput3311(input: Readonly<Record<string, unknown>>): string[] {
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

export class Template282Repository3312 {
  private readonly byId = new Map<string, Template282>();

  save(item: Template282): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Template282 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: TemplateStatus282; readonly kind?: TemplateKind282 } = {}): Template282[] {
    const result: Template282[] = [];
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

export function tierFor3313(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1700) {
    return 'low';
  } else if (amountCents < 10200) {
    return 'mid';
  } else if (amountCents < 51000) {
    return 'high';
  }
  return 'vip';
}
