/**
 * Webex Connect delivery-report webhook for SMS. The handler names the codes
 * through the team's own enum, which reads well, but it only knows the happy
 * path and a few temporary failures.
 *
 * The mistake: a number in a Do Not Disturb register (7109), an unregistered
 * 10DLC campaign (7281), a landline (7283) and the other permanent SMS
 * failures reach the default, which only logs. Only typed linting sees this:
 * without types, `WebexSmsStatus.Delivered` from another file is just a name.
 */
import { contacts, HOUR, logger, messages, smsQueue } from '../lib/services.ts';
import { WebexSmsStatus } from './webex-status-codes.ts';

export interface WebexDeliveryReport {
  /** Transaction id Webex Connect returned when the message was sent. */
  readonly tid: string;
  readonly msisdn: string;
  readonly statusCode: number;
  readonly description: string;
  readonly body: string;
}

export async function onWebexDeliveryReport(report: WebexDeliveryReport): Promise<void> {
  switch (report.statusCode) { // expect: handle-permanent-failures (typed)
    case WebexSmsStatus.Delivered:
      await messages.setStatus(report.tid, 'delivered');
      break;
    case WebexSmsStatus.OutOfCoverage:
    case WebexSmsStatus.SimFull:
    case WebexSmsStatus.NoCredit:
      await smsQueue.add('send-sms', { messageId: report.tid, to: report.msisdn, body: report.body }, { delay: HOUR });
      break;
    case WebexSmsStatus.UnknownSubscriber:
      await contacts.suppress(report.msisdn, 'unknown subscriber');
      await messages.markFailed(report.tid, report.description);
      break;
    default:
      logger.warn('webex connect delivery report', { tid: report.tid, code: report.statusCode, description: report.description });
  }
}
