/** Invoice records as the fulfilment service stores them. */
export enum InvoiceStatus380 {
  Draft = 0,
  Active = 1,
  Suspended = 2,
  Closed = 3,
}

export type InvoiceKind380 = 'internal' | 'external';

export interface Invoice380 {
  readonly id: string;
  readonly status: InvoiceStatus380;
  readonly kind: InvoiceKind380;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type InvoiceEvent380 =
  | { readonly type: 'created'; readonly payload: Invoice380 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Invoice380> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_INVOICE_PAGE_SIZE_380 = 260;

export function isInvoice380(value: unknown): value is Invoice380 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newInvoice380(id: string, ownerEmail: string, kind: InvoiceKind380 = 'internal'): Invoice380 {
  return {
    id,
    status: InvoiceStatus380.Draft,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
