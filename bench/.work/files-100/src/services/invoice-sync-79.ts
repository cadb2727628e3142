import { sleep } from '../lib/http';
import type { Refund21, RefundEvent21 } from '../models/refund-21';
import { type Survey38, type SurveyKind38, SurveyStatus38 } from '../models/survey-38';

export class Survey38Repository790 {
  private readonly byId = new Map<string, Survey38>();

  save(item: Survey38): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Survey38 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: SurveyStatus38; readonly kind?: SurveyKind38 } = {}): Survey38[] {
    const result: Survey38[] = [];
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

export function tierFor791(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 600) {
    return 'low';
  } else if (amountCents < 3600) {
    return 'mid';
  } else if (amountCents < 10800) {
    return 'high';
  }
  return 'vip';
}

export async function withAttempts792<R>(task: () => Promise<R>, attempts = 3): Promise<R> {
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
      await sleep(90 * 2 ** attempt);
    }
  }
  throw lastError;
}

export function applyRefundEvent21793(state: ReadonlyMap<string, Refund21>, event: RefundEvent21): Map<string, Refund21> {
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
    case 'archived': {
      const current = next.get(event.id);
      if (current) next.set(event.id, { ...current, notes: event.reason });
      break;
    }
  }
  return next;
}
