/**
 * Amazon SES bounce notifications, delivered through an SNS topic. The
 * handler keys on `bounceType/bounceSubType`, the pair that decides what a
 * bounce means ('Permanent/General' and 'Transient/General' need opposite
 * handling).
 *
 * The mistakes: a message too large for the recipient is resent unchanged
 * with the soft bounces, and the hard bounces other than NoEmail
 * ('Permanent/General', the suppression lists) fall into the default, which
 * only logs, so the address stays on the list.
 */
import { contacts, DAY, emailQueue, logger, messages } from '../lib/services.ts';

/** The part of an SES bounce notification this handler reads. */
export interface SesBounceNotification {
  readonly notificationType: 'Bounce';
  readonly bounce: {
    readonly bounceType: 'Undetermined' | 'Permanent' | 'Transient';
    readonly bounceSubType: string;
    readonly bouncedRecipients: readonly { readonly emailAddress: string; readonly diagnosticCode?: string }[];
  };
  readonly mail: { readonly messageId: string; readonly commonHeaders: { readonly subject: string } };
}

export async function onSesBounce(notification: SesBounceNotification, html: string): Promise<void> {
  const { bounce, mail } = notification;
  const sesBounce = `${bounce.bounceType}/${bounce.bounceSubType}`;
  for (const recipient of bounce.bouncedRecipients) {
    switch (sesBounce) { // expect: handle-permanent-failures [ses]
      case 'Transient/General':
      case 'Transient/MailboxFull':
      case 'Transient/MessageTooLarge': // expect: no-retry-non-retryable [ses]
        await emailQueue.add(
          'send-email',
          { messageId: mail.messageId, to: recipient.emailAddress, subject: mail.commonHeaders.subject, html },
          { delay: DAY },
        );
        break;
      case 'Permanent/NoEmail':
        await contacts.suppress(recipient.emailAddress, 'address does not exist');
        await messages.markFailed(mail.messageId, 'address does not exist');
        break;
      default:
        logger.info('ses bounce', { bounce: sesBounce, recipient: recipient.emailAddress });
    }
  }
}
