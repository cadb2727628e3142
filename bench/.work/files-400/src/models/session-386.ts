/** Session records as the support service stores them. */
export enum SessionStatus386 {
  Pending = 0,
  Approved = 1,
  Rejected = 2,
  Expired = 3,
  Cancelled = 4,
}

export type SessionKind386 = 'retail' | 'wholesale' | 'partner' | 'marketplace';

export interface Session386 {
  readonly id: string;
  readonly status: SessionStatus386;
  readonly kind: SessionKind386;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type SessionEvent386 =
  | { readonly type: 'created'; readonly payload: Session386 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Session386> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_SESSION_PAGE_SIZE_386 = 160;

export function isSession386(value: unknown): value is Session386 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newSession386(id: string, ownerEmail: string, kind: SessionKind386 = 'retail'): Session386 {
  return {
    id,
    status: SessionStatus386.Pending,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
