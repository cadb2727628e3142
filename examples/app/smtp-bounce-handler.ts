/**
 * Bounces from our own MTA: every rejected recipient arrives here with the
 * SMTP reply code of the receiving server.
 *
 * The mistake: the handler was written for greylisting (421, 451) and treats
 * everything else as noise. A 550-class rejection (no such mailbox, refused)
 * leaves the address on the list, and each later send bounces again and
 * hurts the domain's reputation.
 */
import { logger, messages } from '../lib/services.ts';

export interface SmtpBounce {
  readonly messageId: string;
  readonly recipient: string;
  /** The receiving server's reply code, e.g. 550. */
  readonly smtpCode: number;
  readonly diagnostic: string;
}

export async function onSmtpBounce(bounce: SmtpBounce): Promise<void> {
  if (bounce.smtpCode === 421 || bounce.smtpCode === 451) { // expect: handle-permanent-failures
    // The MTA keeps the message and tries again by itself.
    await messages.setStatus(bounce.messageId, 'deferred');
  } else {
    logger.info('bounce', { messageId: bounce.messageId, code: bounce.smtpCode, diagnostic: bounce.diagnostic });
  }
}
