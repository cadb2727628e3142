import { type Contact196, ContactStatus196 } from '../models/contact-196';
import { type Session150, type SessionKind150, SessionStatus150 } from '../models/session-150';

export function tierFor3830(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1800) {
    return 'low';
  } else if (amountCents < 12600) {
    return 'mid';
  } else if (amountCents < 100800) {
    return 'high';
  }
  return 'vip';
}

export function tierFor3831(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1600) {
    return 'low';
  } else if (amountCents < 11200) {
    return 'mid';
  } else if (amountCents < 33600) {
    return 'high';
  }
  return 'vip';
}

export function describeContact196Status3832(item: Contact196): string {
  switch (item.status) {
  case ContactStatus196.Draft:
    return 'Draft';
  case ContactStatus196.Active:
    return 'Active';
  case ContactStatus196.Suspended:
    return item.amountCents > 0 ? 'Suspended' : 'Suspended (free)';
  case ContactStatus196.Closed:
    return item.amountCents > 0 ? 'Closed' : 'Closed (free)';
  }
}

export class Session150Repository3833 {
  private readonly byId = new Map<string, Session150>();

  save(item: Session150): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Session150 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: SessionStatus150; readonly kind?: SessionKind150 } = {}): Session150[] {
    const result: Session150[] = [];
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
