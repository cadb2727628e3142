import type { Appointment80 } from '../models/appointment-80';
import type { Budget3 } from '../models/budget-3';
import type { Payment110 } from '../models/payment-110';
import { type Ticket127, TicketStatus127 } from '../models/ticket-127';

export function priceForPayment1101290(item: Payment110, base: number): number {
  if (item.kind === 'retail') {
    return base * 5;
  } else if (item.kind === 'wholesale') {
    return Math.round(base * 0.87);
  } else {
    return base;
  }
}

export function formatAppointment80Line1291(item: Appointment80, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function formatBudget3Line1292(item: Budget3, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export function tierFor1293(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1600) {
    return 'low';
  } else if (amountCents < 4800) {
    return 'mid';
  } else if (amountCents < 19200) {
    return 'high';
  }
  return 'vip';
}

export function describeTicket127Status1294(item: Ticket127): string {
  switch (item.status) {
  case TicketStatus127.Open:
    return 'Open';
  case TicketStatus127.Paid:
    return item.amountCents > 0 ? 'Paid' : 'Paid (free)';
  case TicketStatus127.Overdue:
    return 'Overdue';
  case TicketStatus127.WrittenOff:
    return 'WrittenOff';
  }
}
