/**
 * Bounces from our own MTA, fixed: every reply code of the catalog has a
 * branch, named by the generated `SmtpReply` enum, so the handler reads like
 * the catalog and the type checker knows which codes it covers.
 */
import { SmtpReply } from 'eslint-plugin-delivery-codes/codes';
import { alerts, contacts, logger, messages } from '../lib/services.ts';

export interface SmtpBounce {
  readonly messageId: string;
  readonly recipient: string;
  /** The receiving server's reply code, e.g. 550. */
  readonly smtpCode: number;
  readonly diagnostic: string;
}

export async function onSmtpBounce(bounce: SmtpBounce): Promise<void> {
  switch (bounce.smtpCode) {
    case SmtpReply.ServiceNotAvailable:
    case SmtpReply.LocalErrorInProcessing:
      // The MTA keeps the message and tries again by itself.
      await messages.setStatus(bounce.messageId, 'deferred');
      break;
    case SmtpReply.UserNotLocal:
    case SmtpReply.MailboxNameNotAllowed:
    case SmtpReply.TransactionFailed:
      await contacts.suppress(bounce.recipient, `hard bounce ${bounce.smtpCode}`);
      await messages.markFailed(bounce.messageId, bounce.diagnostic);
      break;
    case SmtpReply.ExceededStorage:
      // Too large for the mailbox: only a smaller message can get through.
      await alerts.notifySender(bounce.messageId, 'the message is too large for the recipient');
      await messages.markFailed(bounce.messageId, 'message too large or mailbox full');
      break;
    default:
      logger.info('bounce with an unknown code', { messageId: bounce.messageId, code: bounce.smtpCode });
      await messages.markFailed(bounce.messageId, bounce.diagnostic);
  }
}
