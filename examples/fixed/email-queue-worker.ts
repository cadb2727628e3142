/**
 * The e-mail worker, fixed: only temporary rejections go back on the queue.
 * A 552 ends the message and tells the sender to make it smaller, because the
 * same message cannot get through.
 */
import { alerts, emailQueue, MINUTE, messages, type OutgoingEmail } from '../lib/services.ts';

/** 450 (mailbox busy) is not in the catalog yet; 421 and 451 are temporary there. */
const RETRYABLE_CODES = [421, 450, 451];
const MAX_ATTEMPTS = 5;

export interface Mailer {
  send(email: OutgoingEmail): Promise<void>;
}

/** The error a mail client throws for a rejection (nodemailer's has `responseCode`). */
export interface SmtpError extends Error {
  readonly responseCode?: number;
}

function backoff(attempt: number): number {
  return 2 ** attempt * MINUTE;
}

export async function sendEmailJob(mailer: Mailer, email: OutgoingEmail, attempt: number): Promise<void> {
  try {
    await mailer.send(email);
    await messages.setStatus(email.messageId, 'sent');
  } catch (error) {
    const code = (error as SmtpError).responseCode;
    if (code === undefined) throw error;
    if (RETRYABLE_CODES.includes(code) && attempt < MAX_ATTEMPTS) {
      await emailQueue.add('send-email', email, { delay: backoff(attempt) });
      return;
    }
    await messages.markFailed(email.messageId, `rejected with ${code}`);
  }
}

/** Bounces that arrive after the hand-off. A 552 means the message is too large for the recipient: it is not resent. */
export async function onLateBounce(bounce: { readonly smtpCode: number; readonly email: OutgoingEmail }): Promise<void> {
  if (bounce.smtpCode === 552) {
    await alerts.notifySender(bounce.email.messageId, 'the message is too large for the recipient: send a smaller one');
    await messages.markFailed(bounce.email.messageId, 'message too large or mailbox full');
  }
}
