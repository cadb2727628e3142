/**
 * collect.AI undelivered e-mail reasons, fixed: the parameter has the
 * generated type of the e-mail channel's reason codes, and every permanent
 * reason suppresses the address. Content problems go back to the sender.
 */
import type { CollectAiReasonCode } from 'eslint-plugin-delivery-codes/codes';
import { alerts, contacts, messages } from '../lib/services.ts';

export interface CollectAiUndelivered {
  readonly communicationId: string;
  readonly channel: 'email';
  readonly reasonCode: CollectAiReasonCode<'email'>;
  readonly recipient: string;
}

export async function onCollectAiUndelivered(event: CollectAiUndelivered): Promise<void> {
  switch (event.reasonCode) {
    case 'BOUNCE_TRANSIENT_MBX_FULL':
    case 'BOUNCE_TRANSIENT_GENERAL':
      // collect.AI retries these itself.
      await messages.setStatus(event.communicationId, 'deferred');
      break;
    case 'BOUNCE_TRANSIENT_MESSAGE_TOO_LARGE':
    case 'BOUNCE_TRANSIENT_CONTENT_REJECTED':
    case 'BOUNCE_TRANSIENT_ATTACHMENT_REJECTED':
      await alerts.notifySender(event.communicationId, `change the message: ${event.reasonCode}`);
      await messages.markFailed(event.communicationId, event.reasonCode);
      break;
    case 'BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE':
    case 'BOUNCE_PERMANENT_GENERAL':
    case 'BOUNCE_PERMANENT_ON_SUPPRESSION_LIST':
    case 'INVALID_EMAIL_ADDRESS':
      await contacts.suppress(event.recipient, event.reasonCode);
      await messages.markFailed(event.communicationId, event.reasonCode);
      break;
  }
}
