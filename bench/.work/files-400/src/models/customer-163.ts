/** Customer records as the fulfilment service stores them. */
export enum CustomerStatus163 {
  Open = 'open',
  Paid = 'paid',
  Overdue = 'overdue',
  WrittenOff = 'written-off',
}

export type CustomerKind163 = 'standard' | 'premium' | 'trial';

export interface Customer163 {
  readonly id: string;
  readonly status: CustomerStatus163;
  readonly kind: CustomerKind163;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type CustomerEvent163 =
  | { readonly type: 'created'; readonly payload: Customer163 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Customer163> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_CUSTOMER_PAGE_SIZE_163 = 366;

export function isCustomer163(value: unknown): value is Customer163 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newCustomer163(id: string, ownerEmail: string, kind: CustomerKind163 = 'standard'): Customer163 {
  return {
    id,
    status: CustomerStatus163.Open,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
