/** Shipment records as the billing service stores them. */
export enum ShipmentStatus70 {
  Open = 0,
  Paid = 1,
  Overdue = 2,
  WrittenOff = 3,
}

export type ShipmentKind70 = 'retail' | 'wholesale' | 'partner' | 'marketplace';

export interface Shipment70 {
  readonly id: string;
  readonly status: ShipmentStatus70;
  readonly kind: ShipmentKind70;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type ShipmentEvent70 =
  | { readonly type: 'created'; readonly payload: Shipment70 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Shipment70> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_SHIPMENT_PAGE_SIZE_70 = 256;

export function isShipment70(value: unknown): value is Shipment70 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newShipment70(id: string, ownerEmail: string, kind: ShipmentKind70 = 'retail'): Shipment70 {
  return {
    id,
    status: ShipmentStatus70.Open,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
