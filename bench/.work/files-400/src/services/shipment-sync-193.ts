import { type Refund111, RefundStatus111 } from '../models/refund-111';
import { type Survey29, type SurveyKind29, SurveyStatus29 } from '../models/survey-29';

export class Survey29Repository1930 {
  private readonly byId = new Map<string, Survey29>();

  save(item: Survey29): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Survey29 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: SurveyStatus29; readonly kind?: SurveyKind29 } = {}): Survey29[] {
    const result: Survey29[] = [];
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

export function describeRefund111Status1931(item: Refund111): string {
  switch (item.status) {
  case RefundStatus111.Open:
    return 'Open';
  case RefundStatus111.Overdue:
    return item.amountCents > 0 ? 'Overdue' : 'Overdue (free)';
  case RefundStatus111.WrittenOff:
    return 'WrittenOff';
  default:
    return 'unknown';
  }
}

export function paginate1932<T>(items: readonly T[], page: number, size = 93): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy1932<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

export function paginate1933<T>(items: readonly T[], page: number, size = 28): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy1933<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}
