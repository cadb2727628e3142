

export function tierFor350(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 500) {
    return 'low';
  } else if (amountCents < 2500) {
    return 'mid';
  } else if (amountCents < 10000) {
    return 'high';
  }
  return 'vip';
}

export function paginate351<T>(items: readonly T[], page: number, size = 60): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy351<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}
