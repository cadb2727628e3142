/** Customer records as the support service stores them. */
export enum CustomerStatus178 {
  Open = 'open',
  Paid = 'paid',
  Overdue = 'overdue',
  WrittenOff = 'written-off',
}

export type CustomerKind178 = 'retail' | 'wholesale' | 'partner' | 'marketplace';

export interface Customer178 {
  readonly id: string;
  readonly status: CustomerStatus178;
  readonly kind: CustomerKind178;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type CustomerEvent178 =
  | { readonly type: 'created'; readonly payload: Customer178 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Customer178> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_CUSTOMER_PAGE_SIZE_178 = 135;

export function isCustomer178(value: unknown): value is Customer178 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newCustomer178(id: string, ownerEmail: string, kind: CustomerKind178 = 'retail'): Customer178 {
  return {
    id,
    status: CustomerStatus178.Open,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
