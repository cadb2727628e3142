import { sleep } from '../lib/http';
import { type Refund21, type RefundKind21, RefundStatus21 } from '../models/refund-21';
import type { Survey38 } from '../models/survey-38';

export type EmailDigest510 = 'daily' | 'weekly' | 'never';
export type MailStatus510 = 'ok' | 'bounced' | 'complained';

export function digestDelay510(emailDigest: EmailDigest510, mailStatus: MailStatus510, item: Survey38): number {
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

export class Refund21Repository511 {
  private readonly byId = new Map<string, Refund21>();

  save(item: Refund21): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Refund21 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: RefundStatus21; readonly kind?: RefundKind21 } = {}): Refund21[] {
    const result: Refund21[] = [];
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

export async function withAttempts512<R>(task: () => Promise<R>, attempts = 5): Promise<R> {
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
      await sleep(230 * 2 ** attempt);
    }
  }
  throw lastError;
}
