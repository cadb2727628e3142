/** Invoice records as the marketing service stores them. */
export enum InvoiceStatus189 {
  Pending = 0,
  Approved = 1,
  Rejected = 2,
  Expired = 3,
  Cancelled = 4,
}

export type InvoiceKind189 = 'standard' | 'premium' | 'trial';

export interface Invoice189 {
  readonly id: string;
  readonly status: InvoiceStatus189;
  readonly kind: InvoiceKind189;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type InvoiceEvent189 =
  | { readonly type: 'created'; readonly payload: Invoice189 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Invoice189> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_INVOICE_PAGE_SIZE_189 = 324;

export function isInvoice189(value: unknown): value is Invoice189 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newInvoice189(id: string, ownerEmail: string, kind: InvoiceKind189 = 'standard'): Invoice189 {
  return {
    id,
    status: InvoiceStatus189.Pending,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
