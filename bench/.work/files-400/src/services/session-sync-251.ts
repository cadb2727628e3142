import { sleep } from '../lib/http';
import { type Cart73, type CartKind73, CartStatus73 } from '../models/cart-73';
import type { Payment110, PaymentEvent110 } from '../models/payment-110';
import type { Refund87 } from '../models/refund-87';
import { type Session150, SessionStatus150 } from '../models/session-150';

export function applyPaymentEvent1102510(state: ReadonlyMap<string, Payment110>, event: PaymentEvent110): Map<string, Payment110> {
  const next = new Map(state);
  switch (event.type) {
    case 'created':
      next.set(event.payload.id, event.payload);
      break;
    case 'updated': {
      const current = next.get(event.id);
      if (current) {
        next.set(event.id, { ...current, ...event.changes, updatedAt: new Date() });
      }
      break;
    }
    case 'deleted':
      next.delete(event.id);
      break;
    case 'archived': {
      const current = next.get(event.id);
      if (current) next.set(event.id, { ...current, notes: event.reason });
      break;
    }
  }
  return next;
}

export async function withAttempts2511<R>(task: () => Promise<R>, attempts = 5): Promise<R> {
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
      await sleep(190 * 2 ** attempt);
    }
  }
  throw lastError;
}

export class Cart73Repository2512 {
  private readonly byId = new Map<string, Cart73>();

  save(item: Cart73): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Cart73 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: CartStatus73; readonly kind?: CartKind73 } = {}): Cart73[] {
    const result: Cart73[] = [];
    for (const item of this.byId.values()) {
      if (filter.status !== undefined && item.status !== filter.status) continue;
      if (filter.kind !== undefined && item.kind !== filter.kind) continue;
      result.push(item);
    }
    return result.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  remove(id: string): boolean {
    return this.byId.delete(id);
  }
}

export type EmailDigest2513 = 'daily' | 'weekly' | 'never';
export type MailStatus2513 = 'ok' | 'bounced' | 'complained';

export function digestDelay2513(emailDigest: EmailDigest2513, mailStatus: MailStatus2513, item: Refund87): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return 7 * 86_400_000;
  }
  switch (emailDigest) {
    case 'daily':
      return 86_400_000;
    case 'weekly':
      return 7 * 86_400_000;
    case 'never':
      return Number.POSITIVE_INFINITY;
  }
}

export function summarizeSession1502514(items: readonly Session150[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === SessionStatus150.InProgress) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}

export async function withAttempts2515<R>(task: () => Promise<R>, attempts = 5): Promise<R> {
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
      await sleep(250 * 2 ** attempt);
    }
  }
  throw lastError;
}
