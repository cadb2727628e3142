/** Warehouse records as the marketing service stores them. */
export enum WarehouseStatus179 {
  Draft = 'draft',
  Active = 'active',
  Suspended = 'suspended',
  Closed = 'closed',
}

export type WarehouseKind179 = 'internal' | 'external';

export interface Warehouse179 {
  readonly id: string;
  readonly status: WarehouseStatus179;
  readonly kind: WarehouseKind179;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type WarehouseEvent179 =
  | { readonly type: 'created'; readonly payload: Warehouse179 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Warehouse179> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_WAREHOUSE_PAGE_SIZE_179 = 147;

export function isWarehouse179(value: unknown): value is Warehouse179 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newWarehouse179(id: string, ownerEmail: string, kind: WarehouseKind179 = 'internal'): Warehouse179 {
  return {
    id,
    status: WarehouseStatus179.Draft,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
