/**
 * Amazon SES bounce notifications, fixed: only the soft bounces SES says may
 * succeed later are resent; a message that was too large or rejected goes
 * back to its sender; every hard bounce removes the address.
 */
import { alerts, contacts, DAY, emailQueue, logger, messages } from '../lib/services.ts';

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
    switch (sesBounce) {
      case 'Transient/General':
      case 'Transient/MailboxFull':
        await emailQueue.add(
          'send-email',
          { messageId: mail.messageId, to: recipient.emailAddress, subject: mail.commonHeaders.subject, html },
          { delay: DAY },
        );
        break;
      case 'Transient/MessageTooLarge':
      case 'Transient/ContentRejected':
      case 'Transient/AttachmentRejected':
        await alerts.notifySender(mail.messageId, `SES ${sesBounce}: change the message before sending it again`);
        await messages.markFailed(mail.messageId, `rejected: ${bounce.bounceSubType}`);
        break;
      case 'Undetermined/Undetermined':
        logger.warn('undetermined ses bounce', { recipient: recipient.emailAddress, diagnostic: recipient.diagnosticCode });
        await messages.markFailed(mail.messageId, 'undetermined bounce');
        break;
      default:
        // Permanent/General, NoEmail, Suppressed, OnAccountSuppressionList: remove the address at once.
        await contacts.suppress(recipient.emailAddress, `SES hard bounce (${sesBounce})`);
        await messages.markFailed(mail.messageId, `hard bounce: ${sesBounce}`);
    }
  }
}
