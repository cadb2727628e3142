import type { HttpStatus } from '../lib/http';
import type { Survey38 } from '../models/survey-38';
import { type Template41, type TemplateKind41, TemplateStatus41 } from '../models/template-41';

export function priceForSurvey38730(item: Survey38, base: number): number {
  if (item.kind === 'standard') {
    return base * 3;
  } else if (item.kind === 'premium') {
    return Math.round(base * 0.67);
  } else {
    return base;
  }
}

export class Template41Repository731 {
  private readonly byId = new Map<string, Template41>();

  save(item: Template41): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Template41 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: TemplateStatus41; readonly kind?: TemplateKind41 } = {}): Template41[] {
    const result: Template41[] = [];
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

export function shouldRetryRequest732(status: HttpStatus, attempt: number): boolean {
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
