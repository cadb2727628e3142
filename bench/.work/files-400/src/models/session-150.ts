/** Session records as the billing service stores them. */
export enum SessionStatus150 {
  New = 'new',
  InProgress = 'in-progress',
  Blocked = 'blocked',
  Done = 'done',
}

export type SessionKind150 = 'internal' | 'external';

export interface Session150 {
  readonly id: string;
  readonly status: SessionStatus150;
  readonly kind: SessionKind150;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type SessionEvent150 =
  | { readonly type: 'created'; readonly payload: Session150 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Session150> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_SESSION_PAGE_SIZE_150 = 41;

export function isSession150(value: unknown): value is Session150 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newSession150(id: string, ownerEmail: string, kind: SessionKind150 = 'internal'): Session150 {
  return {
    id,
    status: SessionStatus150.New,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
