/** Driver records as the billing service stores them. */
export enum DriverStatus165 {
  Pending = 'pending',
  Approved = 'approved',
  Rejected = 'rejected',
  Expired = 'expired',
  Cancelled = 'cancelled',
}

export type DriverKind165 = 'standard' | 'premium' | 'trial';

export interface Driver165 {
  readonly id: string;
  readonly status: DriverStatus165;
  readonly kind: DriverKind165;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type DriverEvent165 =
  | { readonly type: 'created'; readonly payload: Driver165 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Driver165> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_DRIVER_PAGE_SIZE_165 = 454;

export function isDriver165(value: unknown): value is Driver165 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newDriver165(id: string, ownerEmail: string, kind: DriverKind165 = 'standard'): Driver165 {
  return {
    id,
    status: DriverStatus165.Pending,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
