/** Warehouse records as the support service stores them. */
export enum WarehouseStatus222 {
  Open = 0,
  Paid = 1,
  Overdue = 2,
  WrittenOff = 3,
}

export type WarehouseKind222 = 'retail' | 'wholesale' | 'partner' | 'marketplace';

export interface Warehouse222 {
  readonly id: string;
  readonly status: WarehouseStatus222;
  readonly kind: WarehouseKind222;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type WarehouseEvent222 =
  | { readonly type: 'created'; readonly payload: Warehouse222 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Warehouse222> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_WAREHOUSE_PAGE_SIZE_222 = 479;

export function isWarehouse222(value: unknown): value is Warehouse222 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newWarehouse222(id: string, ownerEmail: string, kind: WarehouseKind222 = 'retail'): Warehouse222 {
  return {
    id,
    status: WarehouseStatus222.Open,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
