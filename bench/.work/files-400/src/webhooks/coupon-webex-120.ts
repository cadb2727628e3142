import { logger, markFailed, retryQueue } from '../messaging/runtime';
import { type Coupon54, type CouponKind54, CouponStatus54 } from '../models/coupon-54';
import type { OutboundMessage } from '../models/message';

export class Coupon54Repository1200 {
  private readonly byId = new Map<string, Coupon54>();

  save(item: Coupon54): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Coupon54 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: CouponStatus54; readonly kind?: CouponKind54 } = {}): Coupon54[] {
    const result: Coupon54[] = [];
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

export interface WebexEvent1201 {
  readonly messageId: string;
  readonly code: number;
  readonly description?: string;
}

/** Webex Connect SMS delivery receipt, as parsed from the webhook. */
export function onWebexEvent1201(message: OutboundMessage, event: WebexEvent1201): void {
  if (event.code === 7200) {
    return;
  }
  switch (event.code) {
    case 7211:
      logger.warn('webex sms needs review', event.code, message.id);
      break;
    case 7204:
      retryQueue.add(message);
      break;
    case 7004:
    case 7101:
    case 7102:
    case 7109:
    case 7111:
    case 7203:
    case 7205:
    case 7210:
    case 7281:
    case 7282:
    case 7283:
    case 7284:
    case 7513:
    case 7607:
    case 7720:
      markFailed(message, 'webex sms permanent');
      break;
    default:
      logger.warn('webex sms unhandled', event.code, message.id);
  }
}

export function tierFor1202(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 600) {
    return 'low';
  } else if (amountCents < 3000) {
    return 'mid';
  } else if (amountCents < 21000) {
    return 'high';
  }
  return 'vip';
}

export function paginate1203<T>(items: readonly T[], page: number, size = 31): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy1203<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}
