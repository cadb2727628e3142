/**
 * Webex Connect delivery-report webhook for SMS, fixed: the temporary failures
 * that may succeed later are listed and resent, and every other failure ends
 * the message, with the catalog's explanation as the reason the sender sees.
 */
import { describeCode, WebexConnectStatus } from 'eslint-plugin-delivery-codes/codes';
import { alerts, contacts, HOUR, messages, smsQueue } from '../lib/services.ts';

export interface WebexDeliveryReport {
  /** Transaction id Webex Connect returned when the message was sent. */
  readonly tid: string;
  readonly msisdn: string;
  readonly statusCode: number;
  readonly description: string;
  readonly body: string;
}

export async function onWebexDeliveryReport(report: WebexDeliveryReport): Promise<void> {
  switch (report.statusCode) {
    case WebexConnectStatus.SmsDelivered:
      await messages.setStatus(report.tid, 'delivered');
      break;
    case WebexConnectStatus.SmsOutOfCoverage:
    case WebexConnectStatus.SmsSimFull:
    case WebexConnectStatus.SmsSubscriberNoCredit:
      await smsQueue.add('send-sms', { messageId: report.tid, to: report.msisdn, body: report.body }, { delay: HOUR });
      break;
    case WebexConnectStatus.SmsUnknownSubscriber:
    case WebexConnectStatus.SmsUserInDnd:
    case WebexConnectStatus.SmsInvalidOperatorOrLandline:
      await contacts.suppress(report.msisdn, report.description);
      await messages.markFailed(report.tid, report.description);
      break;
    case WebexConnectStatus.SmsCampaignNotRegistered:
    case WebexConnectStatus.SmsInvalidSenderId:
      await alerts.notifySender(report.tid, `fix the sender setup: ${report.description}`);
      await messages.markFailed(report.tid, report.description);
      break;
    default:
      // Anything else ends here; the catalog says why, when it knows the code.
      await messages.markFailed(report.tid, describeCode('webex-connect', report.statusCode, 'sms')?.summary ?? report.description);
  }
}
