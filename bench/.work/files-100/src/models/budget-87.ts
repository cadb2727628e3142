/** Budget records as the support service stores them. */
export enum BudgetStatus87 {
  Open = 'open',
  Paid = 'paid',
  Overdue = 'overdue',
  WrittenOff = 'written-off',
}

export type BudgetKind87 = 'standard' | 'premium' | 'trial';

export interface Budget87 {
  readonly id: string;
  readonly status: BudgetStatus87;
  readonly kind: BudgetKind87;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type BudgetEvent87 =
  | { readonly type: 'created'; readonly payload: Budget87 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Budget87> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_BUDGET_PAGE_SIZE_87 = 144;

export function isBudget87(value: unknown): value is Budget87 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newBudget87(id: string, ownerEmail: string, kind: BudgetKind87 = 'standard'): Budget87 {
  return {
    id,
    status: BudgetStatus87.Open,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
