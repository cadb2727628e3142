import type { WebexConnectStatusCode } from 'eslint-plugin-delivery-codes/codes';
import { logger, markFailed, scheduleRetry, suppressRecipient } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';
import { type Template203, type TemplateKind203, TemplateStatus203 } from '../models/template-203';

export class Template203Repository3750 {
  private readonly byId = new Map<string, Template203>();

  save(item: Template203): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Template203 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: TemplateStatus203; readonly kind?: TemplateKind203 } = {}): Template203[] {
    const result: Template203[] = [];
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

/** Webex Connect SMS delivery receipt. */
export function onWebexSmsStatus3751(message: OutboundMessage, code: WebexConnectStatusCode<'sms'>): void {
  switch (code) {
    case 7211:
      logger.warn('webex sms needs review', code, message.id);
      break;
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
      markFailed(message, 'webex sms rejected');
      break;
    case 7202:
    case 7207:
      scheduleRetry(message, 60000);
      break;
    case 7004:
      suppressRecipient(message.to);
      markFailed(message, 'webex sms permanent');
      break;
  }
}
