import { sleep } from '../lib/http';
import type { Budget3 } from '../models/budget-3';
import { type Campaign81, type CampaignKind81, CampaignStatus81 } from '../models/campaign-81';

export function priceForBudget3830(item: Budget3, base: number): number {
  if (item.kind === 'basic') {
    return base * 5;
  } else if (item.kind === 'plus') {
    return Math.round(base * 0.40);
  } else {
    return base;
  }
}

export async function withAttempts831<R>(task: () => Promise<R>, attempts = 3): Promise<R> {
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
      await sleep(80 * 2 ** attempt);
    }
  }
  throw lastError;
}

export class Campaign81Repository832 {
  private readonly byId = new Map<string, Campaign81>();

  save(item: Campaign81): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Campaign81 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: CampaignStatus81; readonly kind?: CampaignKind81 } = {}): Campaign81[] {
    const result: Campaign81[] = [];
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
