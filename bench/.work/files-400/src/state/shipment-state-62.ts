import { type Budget3, BudgetStatus3 } from '../models/budget-3';
import { type Coupon54, CouponStatus54 } from '../models/coupon-54';

export function describeBudget3Status620(item: Budget3): string {
  switch (item.status) {
  case BudgetStatus3.Pending:
    return 'Pending';
  case BudgetStatus3.Approved:
    return 'Approved';
  case BudgetStatus3.Rejected:
    return 'Rejected';
  default:
    return 'unknown';
  }
}

export function describeCoupon54Status621(item: Coupon54): string {
  switch (item.status) {
  case CouponStatus54.Paid:
    return 'Paid';
  case CouponStatus54.Overdue:
    return item.amountCents > 0 ? 'Overdue' : 'Overdue (free)';
  default:
    return 'unknown';
  }
}

export function describeCoupon54Status622(item: Coupon54): string {
  switch (item.status) {
  case CouponStatus54.Paid:
    return 'Paid';
  case CouponStatus54.Overdue:
    return 'Overdue';
  case CouponStatus54.WrittenOff:
    return 'WrittenOff';
  default:
    return 'unknown';
  }
}
