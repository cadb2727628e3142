import type { TwilioErrorCode } from 'eslint-plugin-delivery-codes/codes';
import { logger, markFailed, scheduleRetry, suppressRecipient } from '../messaging/runtime';
import type { OutboundMessage } from '../models/message';
import { type Survey29, type SurveyKind29, SurveyStatus29 } from '../models/survey-29';

/** Status callback for messages sent through Twilio. */
export function handleTwilioFailure650(message: OutboundMessage, errorCode: TwilioErrorCode): void {
  switch (errorCode) {
    case 21211:
    case 21266:
    case 21408:
    case 21606:
    case 21610:
    case 21614:
    case 30005:
    case 30006:
    case 30007:
    case 30011:
    case 30032:
      suppressRecipient(message.to);
      markFailed(message, 'twilio permanent');
      break;
    case 11200:
    case 30410:
      scheduleRetry(message, 480000);
      break;
    default:
      logger.warn('twilio unhandled', errorCode, message.id);
  }
}

export class Survey29Repository651 {
  private readonly byId = new Map<string, Survey29>();

  save(item: Survey29): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): Survey29 | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: SurveyStatus29; readonly kind?: SurveyKind29 } = {}): Survey29[] {
    const result: Survey29[] = [];
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
