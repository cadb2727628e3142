import { type Appointment80, AppointmentStatus80 } from '../models/appointment-80';
import type { Customer163 } from '../models/customer-163';
import { type Driver165, DriverStatus165 } from '../models/driver-165';
import { type Driver210, DriverStatus210 } from '../models/driver-210';

export type EmailDigest3300 = 'daily' | 'weekly' | 'never';
export type MailStatus3300 = 'ok' | 'bounced' | 'complained';

export function digestDelay3300(emailDigest: EmailDigest3300, mailStatus: MailStatus3300, item: Customer163): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 8 * 86_400_000;
  }
  switch (emailDigest) {
    case 'daily':
      return 86_400_000;
    case 'weekly':
      return 7 * 86_400_000;
    case 'never':
      return Number.POSITIVE_INFINITY;
  }
}

export function describeAppointment80Status3301(item: Appointment80): string {
  switch (item.status) {
  case AppointmentStatus80.Draft:
    return 'Draft';
  case AppointmentStatus80.Active:
    return 'Active';
  default:
    return 'unknown';
  }
}

export function tierFor3302(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1000) {
    return 'low';
  } else if (amountCents < 5000) {
    return 'mid';
  } else if (amountCents < 15000) {
    return 'high';
  }
  return 'vip';
}

export function summarizeDriver1653303(items: readonly Driver165[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === DriverStatus165.Cancelled) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export function describeDriver210Status3304(item: Driver210): string {
  switch (item.status) {
  case DriverStatus210.Pending:
    return 'Pending';
  case DriverStatus210.Approved:
    return item.amountCents > 0 ? 'Approved' : 'Approved (free)';
  case DriverStatus210.Rejected:
    return item.amountCents > 0 ? 'Rejected' : 'Rejected (free)';
  case DriverStatus210.Expired:
    return item.amountCents > 0 ? 'Expired' : 'Expired (free)';
  case DriverStatus210.Cancelled:
    return 'Cancelled';
  }
}
