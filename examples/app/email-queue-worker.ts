/**
 * The worker that sends queued e-mail. When the receiving server rejects a
 * message, codes on the retry list go back on the queue with a backoff.
 *
 * The mistake: 552 is on the retry list. The server said the message is too
 * large or the mailbox over quota; the same message will bounce again, and
 * each resend counts against the domain. The mailbox-full job makes it
 * worse: it resends every 552 the next day, unchanged.
 */
import { DAY, emailQueue, MINUTE, messages, type OutgoingEmail } from '../lib/services.ts';

const RETRYABLE_CODES = [421, 450, 451, 552]; // expect: no-retry-non-retryable
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

/** Bounces that arrive after the hand-off. A full mailbox gets cleaned up eventually, so try again tomorrow. */
export async function onLateBounce(bounce: { readonly smtpCode: number; readonly email: OutgoingEmail }): Promise<void> {
  if (bounce.smtpCode === 552) { // expect: no-retry-non-retryable
    await emailQueue.add('send-email', bounce.email, { delay: DAY });
  }
}
