/** Contract records as the billing service stores them. */
export enum ContractStatus235 {
  New = 0,
  InProgress = 1,
  Blocked = 2,
  Done = 3,
}

export type ContractKind235 = 'basic' | 'plus' | 'enterprise';

export interface Contract235 {
  readonly id: string;
  readonly status: ContractStatus235;
  readonly kind: ContractKind235;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type ContractEvent235 =
  | { readonly type: 'created'; readonly payload: Contract235 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Contract235> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_CONTRACT_PAGE_SIZE_235 = 468;

export function isContract235(value: unknown): value is Contract235 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newContract235(id: string, ownerEmail: string, kind: ContractKind235 = 'basic'): Contract235 {
  return {
    id,
    status: ContractStatus235.New,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
