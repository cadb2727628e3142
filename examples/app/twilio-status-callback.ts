/**
 * Twilio status callback: Twilio POSTs here each time an outbound SMS changes
 * status, with an ErrorCode when it ends up undelivered or failed.
 *
 * The mistake: only the codes someone ran into so far have a branch. A message
 * blocked as spam (30007), sent to a landline (30006) or refused because the
 * recipient replied STOP (21610) falls into the default, which only logs, so
 * the message stays "sent" and the next campaign texts the same number again.
 * And a typo: the branch meant for carrier filtering says 30070, a code Twilio
 * does not have, so 30007 never reaches it.
 */
import { contacts, HOUR, logger, messages, smsQueue } from '../lib/services.ts';

/** The form fields of Twilio's status callback that this handler reads (all arrive as text). */
export interface TwilioStatusCallback {
  readonly MessageSid: string;
  readonly MessageStatus: 'queued' | 'sending' | 'sent' | 'delivered' | 'undelivered' | 'failed';
  readonly ErrorCode?: string;
  readonly To: string;
  readonly Body?: string;
}

export async function onTwilioStatus(callback: TwilioStatusCallback): Promise<void> {
  const { MessageSid: sid, MessageStatus: status, To: to } = callback;
  if (status !== 'undelivered' && status !== 'failed') {
    await messages.setStatus(sid, status === 'delivered' ? 'delivered' : 'sent');
    return;
  }

  switch (callback.ErrorCode) { // expect: handle-permanent-failures
    case '30003':
      // Handset off or out of coverage: try again in an hour.
      await smsQueue.add('send-sms', { messageId: sid, to, body: callback.Body ?? '' }, { delay: HOUR });
      break;
    case '30005':
    case '21211':
      // Unknown or malformed number.
      await contacts.suppress(to, 'invalid number');
      await messages.markFailed(sid, 'invalid number');
      break;
    case '30070': // expect: no-unknown-codes
      // Filtered by the carrier as spam: a person has to look at the text.
      logger.warn('twilio filtered a message', { sid });
      break;
    default:
      logger.warn('twilio delivery failed', { sid, code: callback.ErrorCode });
  }
}
