import type { Budget3, BudgetEvent3 } from '../models/budget-3';
import { type Survey29, type SurveyEvent29, type SurveyKind29, SurveyStatus29 } from '../models/survey-29';

export class Survey29Repository360 {
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

export function applySurveyEvent29361(state: ReadonlyMap<string, Survey29>, event: SurveyEvent29): Map<string, Survey29> {
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

export function formatSurvey29Line362(item: Survey29, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function describeSurvey29Status363(item: Survey29): string {
  switch (item.status) {
  case SurveyStatus29.Paid:
    return item.amountCents > 0 ? 'Paid' : 'Paid (free)';
  case SurveyStatus29.Overdue:
    return item.amountCents > 0 ? 'Overdue' : 'Overdue (free)';
  case SurveyStatus29.WrittenOff:
    return 'WrittenOff';
  default:
    return 'unknown';
  }
}

export function applyBudgetEvent3364(state: ReadonlyMap<string, Budget3>, event: BudgetEvent3): Map<string, Budget3> {
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
