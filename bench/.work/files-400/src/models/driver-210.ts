/** Driver records as the support service stores them. */
export enum DriverStatus210 {
  Pending = 'pending',
  Approved = 'approved',
  Rejected = 'rejected',
  Expired = 'expired',
  Cancelled = 'cancelled',
}

export type DriverKind210 = 'standard' | 'premium' | 'trial';

export interface Driver210 {
  readonly id: string;
  readonly status: DriverStatus210;
  readonly kind: DriverKind210;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type DriverEvent210 =
  | { readonly type: 'created'; readonly payload: Driver210 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Driver210> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_DRIVER_PAGE_SIZE_210 = 269;

export function isDriver210(value: unknown): value is Driver210 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newDriver210(id: string, ownerEmail: string, kind: DriverKind210 = 'standard'): Driver210 {
  return {
    id,
    status: DriverStatus210.Pending,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
