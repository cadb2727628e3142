import type { HttpStatus } from '../lib/http';
import { type Budget3, type BudgetEvent3, BudgetStatus3 } from '../models/budget-3';
import { type Lead106, type LeadKind106, LeadStatus106 } from '../models/lead-106';
import type { Session150 } from '../models/session-150';

export function tierFor1740(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 700) {
    return 'low';
  } else if (amountCents < 4900) {
    return 'mid';
  } else if (amountCents < 39200) {
    return 'high';
  }
  return 'vip';
}

export class Lead106Repository1741 {
  private readonly byId = new Map<string, Lead106>();

  save(item: Lead106): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Lead106 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: LeadStatus106; readonly kind?: LeadKind106 } = {}): Lead106[] {
    const result: Lead106[] = [];
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

export function applyBudgetEvent31742(state: ReadonlyMap<string, Budget3>, event: BudgetEvent3): Map<string, Budget3> {
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
  }
  return next;
}

export function describeBudget3Status1743(item: Budget3): string {
  switch (item.status) {
  case BudgetStatus3.Pending:
    return 'Pending';
  case BudgetStatus3.Rejected:
    return 'Rejected';
  case BudgetStatus3.Expired:
    return item.amountCents > 0 ? 'Expired' : 'Expired (free)';
  default:
    return 'unknown';
  }
}

export function formatSession150Line1744(item: Session150, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function shouldRetryRequest1745(status: HttpStatus, attempt: number): boolean {
  if (attempt >= 6) {
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
