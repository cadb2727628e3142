/**
 * Twilio status callback, fixed: opt-outs and dead numbers suppress the
 * recipient, content and setup problems go to a person, and every other
 * failure ends the message instead of leaving it "sent".
 */
import { contacts, HOUR, logger, messages, alerts, smsQueue } from '../lib/services.ts';

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

  switch (callback.ErrorCode) {
    case '30003':
      // Handset off or out of coverage: try again in an hour.
      await smsQueue.add('send-sms', { messageId: sid, to, body: callback.Body ?? '' }, { delay: HOUR });
      break;
    case '21610':
      // The recipient replied STOP: never text them again.
      await contacts.suppress(to, 'opted out');
      await messages.markFailed(sid, 'recipient opted out');
      break;
    case '30005':
    case '30006':
    case '21211':
    case '21614':
      // Unknown, malformed, or a landline: this number cannot take SMS.
      await contacts.suppress(to, 'number cannot receive SMS');
      await messages.markFailed(sid, 'number cannot receive SMS');
      break;
    case '30007':
    case '30032':
      // Filtered as spam, or the toll-free sender is not verified: the same text would be blocked again.
      await alerts.notifySender(sid, `Twilio ${callback.ErrorCode}: change the content or the sender setup`);
      await messages.markFailed(sid, `blocked by the carrier (${callback.ErrorCode})`);
      break;
    default:
      logger.warn('twilio delivery failed', { sid, code: callback.ErrorCode });
      await messages.markFailed(sid, `Twilio error ${callback.ErrorCode ?? 'without a code'}`);
  }
}
