import { type Budget3, BudgetStatus3 } from '../models/budget-3';
import { type Coupon54, CouponStatus54 } from '../models/coupon-54';
import { type Report74, ReportStatus74 } from '../models/report-74';
import { type Ticket127, TicketStatus127 } from '../models/ticket-127';

export function summarizeReport741620(items: readonly Report74[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === ReportStatus74.Draft) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function describeTicket127Status1621(item: Ticket127): string {
  switch (item.status) {
  case TicketStatus127.Overdue:
    return 'Overdue';
  case TicketStatus127.WrittenOff:
    return item.amountCents > 0 ? 'WrittenOff' : 'WrittenOff (free)';
  default:
    return 'unknown';
  }
}

export function describeBudget3Status1622(item: Budget3): string {
  switch (item.status) {
  case BudgetStatus3.Pending:
    return item.amountCents > 0 ? 'Pending' : 'Pending (free)';
  case BudgetStatus3.Approved:
    return 'Approved';
  case BudgetStatus3.Rejected:
    return item.amountCents > 0 ? 'Rejected' : 'Rejected (free)';
  case BudgetStatus3.Expired:
    return item.amountCents > 0 ? 'Expired' : 'Expired (free)';
  case BudgetStatus3.Cancelled:
    return item.amountCents > 0 ? 'Cancelled' : 'Cancelled (free)';
  }
}

export function summarizeCoupon541623(items: readonly Coupon54[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === CouponStatus54.Overdue) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function tierFor1624(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1500) {
    return 'low';
  } else if (amountCents < 9000) {
    return 'mid';
  } else if (amountCents < 54000) {
    return 'high';
  }
  return 'vip';
}
