import { sleep } from '../lib/http';
import { markFailed, retryQueue } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';

export async function withAttempts1260<R>(task: () => Promise<R>, attempts = 4): Promise<R> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await task();
    } catch (error) {
      lastError = error;
      if (error instanceof TypeError) {
        break;
      } else if (attempt === attempts - 1) {
        break;
      }
      await sleep(320 * 2 ** attempt);
    }
  }
  throw lastError;
}

const RETRYABLE_SMTP_CODES1261 = [421, 450, 451, 452, 454, 455];
const RETRYABLE_TWILIO_CODES1261 = new Set([11200, 30003, 30410, 21211]);

export function shouldRetrySmtp1261(smtpCode: number): boolean {
  return RETRYABLE_SMTP_CODES1261.includes(smtpCode);
}

export function onSmsFailure1261(message: OutboundMessage, errorCode: number): void {
  if (RETRYABLE_TWILIO_CODES1261.has(errorCode)) {
    retryQueue.add(message, { reason: `twilio ${errorCode}` });
  } else {
    markFailed(message, `twilio ${errorCode}`);
  }
}

export function onMailFailure1261(message: OutboundMessage, smtpCode: number): void {
  if (RETRYABLE_SMTP_CODES1261.includes(smtpCode)) {
    retryQueue.add(message, { delayMs: 2 * 60_000 });
    return;
  }
  markFailed(message, `smtp ${smtpCode}`);
}
