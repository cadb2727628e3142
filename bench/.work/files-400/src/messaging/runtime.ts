import type { OutboundMessage } from '../models/message';

export interface RetryOptions {
  readonly delayMs?: number;
  readonly reason?: string;
}

interface Pending {
  readonly message: OutboundMessage;
  readonly dueAt: number;
  readonly reason: string;
}

export class RetryQueue {
  private pending: Pending[] = [];

  add(message: OutboundMessage, options: RetryOptions = {}): void {
    this.pending.push({
      message: { ...message, attempts: message.attempts + 1 },
      dueAt: Date.now() + (options.delayMs ?? 30_000),
      reason: options.reason ?? 'retry',
    });
  }

  due(now: number): OutboundMessage[] {
    const ready = this.pending.filter((item) => item.dueAt <= now);
    this.pending = this.pending.filter((item) => item.dueAt > now);
    return ready.map((item) => item.message);
  }

  get size(): number {
    return this.pending.length;
  }
}

export const retryQueue = new RetryQueue();

const failures = new Map<string, string>();
const suppressed = new Set<string>();

export function markFailed(message: OutboundMessage, reason: string): void {
  failures.set(message.id, reason);
}

export function suppressRecipient(address: string): void {
  suppressed.add(address.trim().toLowerCase());
}

export function isSuppressed(address: string): boolean {
  return suppressed.has(address.trim().toLowerCase());
}

export function scheduleRetry(message: OutboundMessage, delayMs: number): void {
  retryQueue.add(message, { delayMs, reason: 'scheduled' });
}

export async function requeue(message: OutboundMessage, delayMs = 60_000): Promise<void> {
  retryQueue.add(message, { delayMs, reason: 'requeue' });
}

const lines: string[] = [];

export const logger = {
  info(...args: readonly unknown[]): void {
    lines.push(['info', ...args].map(String).join(' '));
  },
  warn(...args: readonly unknown[]): void {
    lines.push(['warn', ...args].map(String).join(' '));
  },
  error(...args: readonly unknown[]): void {
    lines.push(['error', ...args].map(String).join(' '));
  },
};

const counters = new Map<string, number>();

export const metrics = {
  increment(name: string, by = 1): void {
    counters.set(name, (counters.get(name) ?? 0) + by);
  },
};
