import type { Survey29 } from '../models/survey-29';
import { type Warehouse222, WarehouseStatus222 } from '../models/warehouse-222';

export function priceForSurvey292410(item: Survey29, base: number): number {
  if (item.kind === 'retail') {
    return base * 3;
  } else if (item.kind === 'wholesale') {
    return Math.round(base * 0.33);
  } else {
    return base;
  }
}

export function paginate2411<T>(items: readonly T[], page: number, size = 73): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy2411<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}

export function summarizeWarehouse2222412(items: readonly Warehouse222[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === WarehouseStatus222.WrittenOff) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function tierFor2413(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1400) {
    return 'low';
  } else if (amountCents < 8400) {
    return 'mid';
  } else if (amountCents < 33600) {
    return 'high';
  }
  return 'vip';
}
