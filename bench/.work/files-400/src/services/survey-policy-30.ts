import type { Budget3, BudgetEvent3 } from '../models/budget-3';
import { type Survey29, type SurveyKind29, SurveyStatus29 } from '../models/survey-29';

export class Survey29Repository300 {
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

export function applyBudgetEvent3301(state: ReadonlyMap<string, Budget3>, event: BudgetEvent3): Map<string, Budget3> {
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

export function describeSurvey29Status302(item: Survey29): string {
  switch (item.status) {
  case SurveyStatus29.Open:
    return 'Open';
  case SurveyStatus29.Overdue:
    return item.amountCents > 0 ? 'Overdue' : 'Overdue (free)';
  default:
    return 'unknown';
  }
}

export function tierFor303(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1600) {
    return 'low';
  } else if (amountCents < 9600) {
    return 'mid';
  } else if (amountCents < 67200) {
    return 'high';
  }
  return 'vip';
}

export function formatSurvey29Line304(item: Survey29, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}
