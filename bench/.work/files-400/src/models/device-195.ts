/** Device records as the support service stores them. */
export enum DeviceStatus195 {
  Pending = 'pending',
  Approved = 'approved',
  Rejected = 'rejected',
  Expired = 'expired',
  Cancelled = 'cancelled',
}

export type DeviceKind195 = 'internal' | 'external';

export interface Device195 {
  readonly id: string;
  readonly status: DeviceStatus195;
  readonly kind: DeviceKind195;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type DeviceEvent195 =
  | { readonly type: 'created'; readonly payload: Device195 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Device195> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_DEVICE_PAGE_SIZE_195 = 130;

export function isDevice195(value: unknown): value is Device195 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newDevice195(id: string, ownerEmail: string, kind: DeviceKind195 = 'internal'): Device195 {
  return {
    id,
    status: DeviceStatus195.Pending,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
