export type Channel = 'sms' | 'email' | 'whatsapp' | 'push';

export interface OutboundMessage {
  readonly id: string;
  readonly channel: Channel;
  readonly to: string;
  readonly from: string;
  readonly body: string;
  readonly attempts: number;
  readonly createdAt: Date;
  readonly metadata: Readonly<Record<string, string>>;
}

export interface DeliveryReceipt {
  readonly messageId: string;
  readonly status: 'queued' | 'sent' | 'delivered' | 'undelivered' | 'failed';
  /** As the provider sends it: text, even for numeric codes. */
  readonly errorCode?: string;
  readonly provider: 'twilio' | 'smtp' | 'webex' | 'collect-ai';
  readonly receivedAt: Date;
}

export type BounceAction = 'defer' | 'suppress' | 'retry' | 'ignore' | 'review';

export function isFinal(receipt: DeliveryReceipt): boolean {
  return receipt.status === 'delivered' || receipt.status === 'undelivered' || receipt.status === 'failed';
}
