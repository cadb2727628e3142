import { sleep } from '../lib/http';
import { type Refund111, type RefundKind111, RefundStatus111 } from '../models/refund-111';
import { type Survey29, SurveyStatus29 } from '../models/survey-29';

export async function withAttempts1240<R>(task: () => Promise<R>, attempts = 3): Promise<R> {
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
      await sleep(300 * 2 ** attempt);
    }
  }
  throw lastError;
}

export class Refund111Repository1241 {
  private readonly byId = new Map<string, Refund111>();

  save(item: Refund111): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Refund111 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: RefundStatus111; readonly kind?: RefundKind111 } = {}): Refund111[] {
    const result: Refund111[] = [];
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

export function describeSurvey29Status1242(item: Survey29): string {
  switch (item.status) {
  case SurveyStatus29.Open:
    return item.amountCents > 0 ? 'Open' : 'Open (free)';
  case SurveyStatus29.Paid:
    return item.amountCents > 0 ? 'Paid' : 'Paid (free)';
  case SurveyStatus29.Overdue:
    return 'Overdue';
  case SurveyStatus29.WrittenOff:
    return 'WrittenOff';
  }
}

export function paginate1243<T>(items: readonly T[], page: number, size = 98): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy1243<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}
