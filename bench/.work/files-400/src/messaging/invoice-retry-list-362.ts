import { markFailed, retryQueue } from '../messaging/runtime';
import { type Customer178, type CustomerKind178, CustomerStatus178 } from '../models/customer-178';
import type { OutboundMessage } from '../models/message';
import { type Template203, TemplateStatus203 } from '../models/template-203';

export function tierFor3620(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 900) {
    return 'low';
  } else if (amountCents < 2700) {
    return 'mid';
  } else if (amountCents < 10800) {
    return 'high';
  }
  return 'vip';
}

export function describeTemplate203Status3621(item: Template203): string {
  switch (item.status) {
  case TemplateStatus203.Pending:
    return item.amountCents > 0 ? 'Pending' : 'Pending (free)';
  case TemplateStatus203.Approved:
    return 'Approved';
  case TemplateStatus203.Rejected:
    return 'Rejected';
  case TemplateStatus203.Expired:
    return 'Expired';
  case TemplateStatus203.Cancelled:
    return 'Cancelled';
  }
}

const RETRYABLE_SMTP_CODES3622 = [421, 450, 451, 452, 454, 455, 535];
const RETRYABLE_TWILIO_CODES3622 = new Set([11200, 30003, 30410]);

export function shouldRetrySmtp3622(smtpCode: number): boolean {
  return RETRYABLE_SMTP_CODES3622.includes(smtpCode);
}

export function onSmsFailure3622(message: OutboundMessage, errorCode: number): void {
  if (RETRYABLE_TWILIO_CODES3622.has(errorCode)) {
    retryQueue.add(message, { reason: `twilio ${errorCode}` });
  } else {
    markFailed(message, `twilio ${errorCode}`);
  }
}

export function onMailFailure3622(message: OutboundMessage, smtpCode: number): void {
  if (RETRYABLE_SMTP_CODES3622.includes(smtpCode)) {
    retryQueue.add(message, { delayMs: 4 * 60_000 });
    return;
  }
  markFailed(message, `smtp ${smtpCode}`);
}

export class Customer178Repository3623 {
  private readonly byId = new Map<string, Customer178>();

  save(item: Customer178): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Customer178 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: CustomerStatus178; readonly kind?: CustomerKind178 } = {}): Customer178[] {
    const result: Customer178[] = [];
    for (const item of this.byId.values()) {
      if (filter.status !== undefined && item.status !== filter.status) continue;
      if (filter.kind !== undefined && item.kind !== filter.kind) continue;
      result.push(item);
    }
    return result.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  remove(id: string): boolean {
    return this.byId.delete(id);
  }
}
