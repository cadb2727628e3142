/** Budget records as the support service stores them. */
export enum BudgetStatus3 {
  Pending = 0,
  Approved = 1,
  Rejected = 2,
  Expired = 3,
  Cancelled = 4,
}

export type BudgetKind3 = 'basic' | 'plus' | 'enterprise';

export interface Budget3 {
  readonly id: string;
  readonly status: BudgetStatus3;
  readonly kind: BudgetKind3;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type BudgetEvent3 =
  | { readonly type: 'created'; readonly payload: Budget3 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Budget3> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_BUDGET_PAGE_SIZE_3 = 195;

export function isBudget3(value: unknown): value is Budget3 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newBudget3(id: string, ownerEmail: string, kind: BudgetKind3 = 'basic'): Budget3 {
  return {
    id,
    status: BudgetStatus3.Pending,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
