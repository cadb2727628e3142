/**
 * The messaging app's infrastructure, reduced to what the handlers call: a
 * message store, the contact list, job queues and a logger. In-memory here;
 * in production these are the database, BullMQ and pino.
 */

export type MessageStatus = 'queued' | 'sent' | 'delivered' | 'deferred' | 'failed';

export interface OutgoingEmail {
  readonly messageId: string;
  readonly to: string;
  readonly subject: string;
  readonly html: string;
  readonly attachments?: readonly { readonly filename: string; readonly size: number }[];
}

export interface OutgoingSms {
  readonly messageId: string;
  readonly to: string;
  readonly body: string;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const statuses = new Map<string, { status: MessageStatus; reason?: string }>();

export const messages = {
  async setStatus(messageId: string, status: MessageStatus): Promise<void> {
    statuses.set(messageId, { status });
  },
  /** The message will not be sent again; `reason` is shown to the sender in the dashboard. */
  async markFailed(messageId: string, reason: string): Promise<void> {
    statuses.set(messageId, { status: 'failed', reason });
  },
  async get(messageId: string): Promise<{ status: MessageStatus; reason?: string } | undefined> {
    return statuses.get(messageId);
  },
};

const suppressed = new Map<string, string>();

export const contacts = {
  /** Never message this address or number again (opt-out, hard bounce, dead number). */
  async suppress(address: string, reason: string): Promise<void> {
    suppressed.set(address, reason);
  },
  /** Ask the owner of the contact record to check the address or number. */
  async flagForReview(address: string, reason: string): Promise<void> {
    suppressed.set(address, `review: ${reason}`);
  },
  async isSuppressed(address: string): Promise<boolean> {
    return suppressed.has(address);
  },
};

export interface JobOptions {
  readonly delay?: number;
}

/** A named job queue (BullMQ's `Queue` has the same `add`). */
export class JobQueue<T> {
  readonly jobs: { name: string; data: T; options: JobOptions }[] = [];
  constructor(readonly name: string) {}
  async add(name: string, data: T, options: JobOptions = {}): Promise<void> {
    this.jobs.push({ name, data, options });
  }
}

export const emailQueue = new JobQueue<OutgoingEmail>('email');
export const smsQueue = new JobQueue<OutgoingSms>('sms');

/** Work for a person: a sender has to change a message or the account setup before it can go out. */
export const alerts = {
  async notifySender(messageId: string, what: string): Promise<void> {
    logger.warn('sender action needed', { messageId, what });
  },
};

export const logger = {
  info(message: string, fields: Record<string, unknown> = {}): void {
    console.log(JSON.stringify({ level: 'info', message, ...fields }));
  },
  warn(message: string, fields: Record<string, unknown> = {}): void {
    console.log(JSON.stringify({ level: 'warn', message, ...fields }));
  },
};
