/** Driver records as the CRM service stores them. */
export enum DriverStatus84 {
  Pending = 'pending',
  Approved = 'approved',
  Rejected = 'rejected',
  Expired = 'expired',
  Cancelled = 'cancelled',
}

export type DriverKind84 = 'internal' | 'external';

export interface Driver84 {
  readonly id: string;
  readonly status: DriverStatus84;
  readonly kind: DriverKind84;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type DriverEvent84 =
  | { readonly type: 'created'; readonly payload: Driver84 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Driver84> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_DRIVER_PAGE_SIZE_84 = 494;

export function isDriver84(value: unknown): value is Driver84 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newDriver84(id: string, ownerEmail: string, kind: DriverKind84 = 'internal'): Driver84 {
  return {
    id,
    status: DriverStatus84.Pending,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
