/**
 * collect.AI reports each e-mail communication that was not delivered with a
 * reason code. This handler decides what happens to the debtor's address.
 *
 * The mistake: BOUNCE_PERMANENT_GENERAL and BOUNCE_PERMANENT_ON_SUPPRESSION_LIST
 * have no branch. The default only logs, so the next reminder goes to an
 * address that will never accept it.
 */
import { contacts, logger, messages } from '../lib/services.ts';

export interface CollectAiUndelivered {
  readonly communicationId: string;
  readonly channel: 'email';
  readonly reasonCode: string;
  readonly recipient: string;
}

export async function onCollectAiUndelivered(event: CollectAiUndelivered): Promise<void> {
  switch (event.reasonCode) { // expect: handle-permanent-failures
    case 'BOUNCE_TRANSIENT_MBX_FULL':
    case 'BOUNCE_TRANSIENT_GENERAL':
      // collect.AI retries these itself.
      await messages.setStatus(event.communicationId, 'deferred');
      break;
    case 'BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE':
    case 'INVALID_EMAIL_ADDRESS':
      await contacts.suppress(event.recipient, event.reasonCode);
      await messages.markFailed(event.communicationId, 'invalid e-mail address');
      break;
    default:
      logger.info('collect.ai: not delivered', { id: event.communicationId, reason: event.reasonCode });
  }
}
