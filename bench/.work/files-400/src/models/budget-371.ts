/** Budget records as the support service stores them. */
export enum BudgetStatus371 {
  Open = 'open',
  Paid = 'paid',
  Overdue = 'overdue',
  WrittenOff = 'written-off',
}

export type BudgetKind371 = 'standard' | 'premium' | 'trial';

export interface Budget371 {
  readonly id: string;
  readonly status: BudgetStatus371;
  readonly kind: BudgetKind371;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type BudgetEvent371 =
  | { readonly type: 'created'; readonly payload: Budget371 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Budget371> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_BUDGET_PAGE_SIZE_371 = 102;

export function isBudget371(value: unknown): value is Budget371 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newBudget371(id: string, ownerEmail: string, kind: BudgetKind371 = 'standard'): Budget371 {
  return {
    id,
    status: BudgetStatus371.Open,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
