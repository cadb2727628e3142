import { SmtpReply, type SmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
import { logger, markFailed, retryQueue, suppressRecipient } from '../messaging/runtime';
import { type Cart60, CartStatus60 } from '../models/cart-60';
import type { OutboundMessage } from '../models/message';
import { type Payment352, type PaymentKind352, PaymentStatus352 } from '../models/payment-352';

/** Bounce handler for the outbound mail relay. */
export function onBounce3680(message: OutboundMessage, code: SmtpReplyCode): void {
  switch (code) {
    case SmtpReply.EncryptionRequiredForAuthentication:
    case SmtpReply.MailboxUnavailable:
    case SmtpReply.UserNotLocal:
    case SmtpReply.ExceededStorage:
      markFailed(message, 'smtp rejected');
      break;
    case SmtpReply.InsufficientSystemStorage:
      retryQueue.add(message);
      break;
    case SmtpReply.CommandUnrecognized:
    case SmtpReply.SyntaxErrorInParameters:
    case SmtpReply.CommandNotImplemented:
    case SmtpReply.BadSequenceOfCommands:
    case SmtpReply.ParameterNotImplemented:
    case SmtpReply.HostDoesNotAcceptMail:
    case SmtpReply.AuthenticationMechanismTooWeak:
    case SmtpReply.AuthenticationCredentialsInvalid:
      suppressRecipient(message.to);
      markFailed(message, 'smtp permanent');
      break;
    default:
      logger.warn('smtp unhandled', code, message.id);
  }
}

export class Payment352Repository3681 {
  private readonly byId = new Map<string, Payment352>();

  save(item: Payment352): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Payment352 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: PaymentStatus352; readonly kind?: PaymentKind352 } = {}): Payment352[] {
    const result: Payment352[] = [];
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

export function describeCart60Status3682(item: Cart60): string {
  switch (item.status) {
  case CartStatus60.Draft:
    return 'Draft';
  case CartStatus60.Active:
    return item.amountCents > 0 ? 'Active' : 'Active (free)';
  case CartStatus60.Suspended:
    return item.amountCents > 0 ? 'Suspended' : 'Suspended (free)';
  case CartStatus60.Closed:
    return 'Closed';
  }
}

export function paginate3683<T>(items: readonly T[], page: number, size = 17): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy3683<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}
