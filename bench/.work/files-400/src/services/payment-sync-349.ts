import { type Contact237, ContactStatus237 } from '../models/contact-237';
import { type Contract235, ContractStatus235 } from '../models/contract-235';

export function describeContact237Status3490(item: Contact237): string {
  switch (item.status) {
  case ContactStatus237.Draft:
    return 'Draft';
  case ContactStatus237.Closed:
    return 'Closed';
  default:
    return 'unknown';
  }
}

export function describeContract235Status3491(item: Contract235): string {
  switch (item.status) {
  case ContractStatus235.New:
    return 'New';
  case ContractStatus235.InProgress:
    return item.amountCents > 0 ? 'InProgress' : 'InProgress (free)';
  case ContractStatus235.Blocked:
    return 'Blocked';
  case ContractStatus235.Done:
    return 'Done';
  }
}

export function tierFor3492(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 900) {
    return 'low';
  } else if (amountCents < 4500) {
    return 'mid';
  } else if (amountCents < 36000) {
    return 'high';
  }
  return 'vip';
}
