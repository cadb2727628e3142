/** Session records as the fulfilment service stores them. */
export enum SessionStatus384 {
  Open = 'open',
  Paid = 'paid',
  Overdue = 'overdue',
  WrittenOff = 'written-off',
}

export type SessionKind384 = 'standard' | 'premium' | 'trial';

export interface Session384 {
  readonly id: string;
  readonly status: SessionStatus384;
  readonly kind: SessionKind384;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type SessionEvent384 =
  | { readonly type: 'created'; readonly payload: Session384 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Session384> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_SESSION_PAGE_SIZE_384 = 274;

export function isSession384(value: unknown): value is Session384 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newSession384(id: string, ownerEmail: string, kind: SessionKind384 = 'standard'): Session384 {
  return {
    id,
    status: SessionStatus384.Open,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
