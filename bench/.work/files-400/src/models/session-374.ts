/** Session records as the marketing service stores them. */
export enum SessionStatus374 {
  Open = 'open',
  Paid = 'paid',
  Overdue = 'overdue',
  WrittenOff = 'written-off',
}

export type SessionKind374 = 'standard' | 'premium' | 'trial';

export interface Session374 {
  readonly id: string;
  readonly status: SessionStatus374;
  readonly kind: SessionKind374;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type SessionEvent374 =
  | { readonly type: 'created'; readonly payload: Session374 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Session374> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_SESSION_PAGE_SIZE_374 = 356;

export function isSession374(value: unknown): value is Session374 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newSession374(id: string, ownerEmail: string, kind: SessionKind374 = 'standard'): Session374 {
  return {
    id,
    status: SessionStatus374.Open,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
