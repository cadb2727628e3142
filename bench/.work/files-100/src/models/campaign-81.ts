/** Campaign records as the CRM service stores them. */
export enum CampaignStatus81 {
  Open = 'open',
  Paid = 'paid',
  Overdue = 'overdue',
  WrittenOff = 'written-off',
}

export type CampaignKind81 = 'retail' | 'wholesale' | 'partner' | 'marketplace';

export interface Campaign81 {
  readonly id: string;
  readonly status: CampaignStatus81;
  readonly kind: CampaignKind81;
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type CampaignEvent81 =
  | { readonly type: 'created'; readonly payload: Campaign81 }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<Campaign81> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_CAMPAIGN_PAGE_SIZE_81 = 169;

export function isCampaign81(value: unknown): value is Campaign81 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function newCampaign81(id: string, ownerEmail: string, kind: CampaignKind81 = 'retail'): Campaign81 {
  return {
    id,
    status: CampaignStatus81.Open,
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
