/** Campaign records as the billing service stores them. */
export enum CampaignStatus212 {
  Open = 'open',
  Paid = 'paid',
  Overdue = 'overdue',
  WrittenOff = 'written-off',
}

export type CampaignKind212 = 'basic' | 'plus' | 'enterprise';

export interface Campaign212 {
  readonly id: string;
  readonly status: CampaignStatus212;
  readonly kind: CampaignKind212;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type CampaignEvent212 =
  | { readonly type: 'created'; readonly payload: Campaign212 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Campaign212> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_CAMPAIGN_PAGE_SIZE_212 = 71;

export function isCampaign212(value: unknown): value is Campaign212 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newCampaign212(id: string, ownerEmail: string, kind: CampaignKind212 = 'basic'): Campaign212 {
  return {
    id,
    status: CampaignStatus212.Open,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
