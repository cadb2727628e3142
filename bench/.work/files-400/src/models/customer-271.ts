/** Customer records as the marketing service stores them. */
export enum CustomerStatus271 {
  Open = 'open',
  Paid = 'paid',
  Overdue = 'overdue',
  WrittenOff = 'written-off',
}

export type CustomerKind271 = 'internal' | 'external';

export interface Customer271 {
  readonly id: string;
  readonly status: CustomerStatus271;
  readonly kind: CustomerKind271;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type CustomerEvent271 =
  | { readonly type: 'created'; readonly payload: Customer271 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Customer271> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_CUSTOMER_PAGE_SIZE_271 = 366;

export function isCustomer271(value: unknown): value is Customer271 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newCustomer271(id: string, ownerEmail: string, kind: CustomerKind271 = 'internal'): Customer271 {
  return {
    id,
    status: CustomerStatus271.Open,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
