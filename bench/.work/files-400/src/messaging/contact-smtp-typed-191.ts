import { SmtpReply, type SmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
import { sleep } from '../lib/http';
import { logger, markFailed, retryQueue, suppressRecipient } from '../messaging/runtime';
import type { Appointment80, AppointmentEvent80 } from '../models/appointment-80';
import type { Cart60 } from '../models/cart-60';
import type { OutboundMessage } from '../models/message';

/** Bounce handler for the outbound mail relay. */
export function onBounce1910(message: OutboundMessage, code: SmtpReplyCode): void {
  switch (code) {
    case SmtpReply.SyntaxErrorInParameters:
    case SmtpReply.CommandNotImplemented:
    case SmtpReply.BadSequenceOfCommands:
    case SmtpReply.ParameterNotImplemented:
    case SmtpReply.HostDoesNotAcceptMail:
    case SmtpReply.AuthenticationRequired:
    case SmtpReply.AuthenticationMechanismTooWeak:
    case SmtpReply.AuthenticationCredentialsInvalid:
    case SmtpReply.EncryptionRequiredForAuthentication:
    case SmtpReply.MailboxUnavailable:
    case SmtpReply.UserNotLocal:
    case SmtpReply.MailboxNameNotAllowed:
      suppressRecipient(message.to);
      markFailed(message, 'smtp permanent');
      break;
    case SmtpReply.MailboxUnavailableTemporarily:
      retryQueue.add(message, { delayMs: 60000, reason: `retry ${code}` });
      break;
    case SmtpReply.PasswordTransitionNeeded:
      logger.warn('smtp needs review', code, message.id);
      break;
    default:
      suppressRecipient(message.to);
      markFailed(message, 'smtp unhandled');
  }
}

export function applyAppointmentEvent801911(state: ReadonlyMap<string, Appointment80>, event: AppointmentEvent80): Map<string, Appointment80> {
  const next = new Map(state);
  switch (event.type) {
    case 'created':
      next.set(event.payload.id, event.payload);
      break;
    case 'updated': {
      const current = next.get(event.id);
      if (current) {
        next.set(event.id, { ...current, ...event.changes, updatedAt: new Date() });
      }
      break;
    }
    case 'deleted':
      next.delete(event.id);
      break;
    case 'archived': {
      const current = next.get(event.id);
      if (current) next.set(event.id, { ...current, notes: event.reason });
      break;
    }
  }
  return next;
}

export function formatCart60Line1912(item: Cart60, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? ` [${item.tags.join(', ')}]` : '';
  const updated = item.updatedAt ? ` (updated ${item.updatedAt.toISOString().slice(0, 10)})` : '';
  return `${item.id} ${amount} ${locale}${tags}${updated}`;
}

export async function withAttempts1913<R>(task: () => Promise<R>, attempts = 2): Promise<R> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await task();
    } catch (error) {
      lastError = error;
      if (error instanceof TypeError) {
        break;
      } else if (attempt === attempts - 1) {
        break;
      }
      await sleep(270 * 2 ** attempt);
    }
  }
  throw lastError;
}
