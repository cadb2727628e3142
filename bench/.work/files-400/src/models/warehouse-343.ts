/** Warehouse records as the fulfilment service stores them. */
export enum WarehouseStatus343 {
  Draft = 'draft',
  Active = 'active',
  Suspended = 'suspended',
  Closed = 'closed',
}

export type WarehouseKind343 = 'retail' | 'wholesale' | 'partner' | 'marketplace';

export interface Warehouse343 {
  readonly id: string;
  readonly status: WarehouseStatus343;
  readonly kind: WarehouseKind343;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type WarehouseEvent343 =
  | { readonly type: 'created'; readonly payload: Warehouse343 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Warehouse343> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_WAREHOUSE_PAGE_SIZE_343 = 236;

export function isWarehouse343(value: unknown): value is Warehouse343 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newWarehouse343(id: string, ownerEmail: string, kind: WarehouseKind343 = 'retail'): Warehouse343 {
  return {
    id,
    status: WarehouseStatus343.Draft,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
