import type { CodeEntry, FamilyData, PermanentFailureHandlers } from "../codes/types.ts";
/**
 * Twilio SendGrid codes by name. SendGrid Event Webhook values: bounce classifications, event names and drop reasons.
 *
 * @deliveryCodes sendgrid
 */
export declare enum SendGridDelivery {
    /**
     * Bounced Address: The recipient is on the Bounces suppression list.
     *
     * Failure: unknown, retry after-fix, action suppress-recipient (inferred).
     */
    BouncedAddress = "Bounced Address",
    /**
     * Content: The receiving provider objected to the message itself: links or shorteners, size, attachments, an image-heavy layout or spam-like wording.
     *
     * Failure: unknown, retry after-fix, action fix-content (documented).
     */
    Content = "Content",
    /**
     * Duplicate message: Marketing campaigns only: the same recipient was on several lists of one campaign, so the copies were dropped.
     *
     * Failure: unknown, retry after-fix, action none (inferred).
     */
    DuplicateMessage = "Duplicate message",
    /**
     * Frequency or Volume Too High: Another spelling of the 'Frequency/Volume' classification. The receiving provider will not take this many messages this fast; usually for now, for good if the limits are far exceeded.
     *
     * Failure: transient, retry safe, action reduce-rate (documented).
     */
    FrequencyOrVolumeTooHigh = "Frequency or Volume Too High",
    /**
     * Frequency/Volume: The receiving provider will not take this many messages this fast; usually for now, for good if the limits are far exceeded.
     *
     * Failure: transient, retry safe, action reduce-rate (documented).
     */
    FrequencyVolume = "Frequency/Volume",
    /**
     * Frequency/Volume Too High: Another spelling of the 'Frequency/Volume' classification. The receiving provider will not take this many messages this fast; usually for now, for good if the limits are far exceeded.
     *
     * Failure: transient, retry safe, action reduce-rate (documented).
     */
    FrequencyVolumeTooHigh = "Frequency/Volume Too High",
    /**
     * Invalid: The recipient is on the Invalid Emails list.
     *
     * Failure: unknown, retry after-fix, action suppress-recipient (inferred).
     */
    Invalid = "Invalid",
    /**
     * Invalid Address: The address is malformed or its mailbox does not exist, including mailboxes removed after long inactivity; SendGrid counts these as hard bounces.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    InvalidAddress = "Invalid Address",
    /**
     * Invalid SMTPAPI header: The X-SMTPAPI header of the message was malformed.
     *
     * Failure: unknown, retry after-fix, action fix-request (inferred).
     */
    InvalidSmtpapiHeader = "Invalid SMTPAPI header",
    /**
     * Mailbox Unavailable: The mailbox exists but is full, deactivated or suspended; the address is not invalid, and SendGrid does not suppress it.
     *
     * Failure: unknown, retry safe, action retry-later (documented).
     */
    MailboxUnavailable = "Mailbox Unavailable",
    /**
     * Recipient List over Package Quota: The send went over the plan's recipient quota.
     *
     * Failure: unknown, retry after-fix, action top-up (inferred).
     */
    RecipientListOverPackageQuota = "Recipient List over Package Quota",
    /**
     * Reputation: The receiving provider refused mail because of the sending IP's or domain's reputation: engagement, complaints, sudden volume, IPs not warmed up.
     *
     * Failure: unknown, retry after-fix, action investigate (documented).
     */
    Reputation = "Reputation",
    /**
     * Spam Content: The Spam Checker filter, where switched on, flagged the message.
     *
     * Failure: unknown, retry after-fix, action fix-content (inferred).
     */
    SpamContent = "Spam Content",
    /**
     * Spam Reporting Address: The recipient reported spam before.
     *
     * Failure: unknown, retry after-fix, action suppress-recipient (inferred).
     */
    SpamReportingAddress = "Spam Reporting Address",
    /**
     * Technical: A technical fault on either side: the sender's DNS or authentication records, a passing DNS or network failure, a dropped connection or an outage.
     *
     * Failure: transient, retry after-fix, action fix-configuration (documented).
     */
    Technical = "Technical",
    /**
     * Technical Failure: Another spelling of the 'Technical' classification. A technical fault on either side: the sender's DNS or authentication records, a passing DNS or network failure, a dropped connection or an outage.
     *
     * Failure: transient, retry after-fix, action fix-configuration (documented).
     */
    TechnicalFailure = "Technical Failure",
    /**
     * Unclassified: The rejection text was too vague to file under a classification (for example '550 There was a problem').
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    Unclassified = "Unclassified",
    /**
     * Unsubscribed Address: The recipient is on an unsubscribe list.
     *
     * Failure: unknown, retry after-fix, action suppress-recipient (inferred).
     */
    UnsubscribedAddress = "Unsubscribed Address",
    /**
     * account_status_change: The sending account's status changed for compliance reasons, for example a compliance suspension.
     *
     * Outcome: unknown.
     */
    AccountStatusChange = "account_status_change",
    /**
     * bounce: Delivery failed: the type field says bounce (permanent, suppressed) or blocked (temporary, not suppressed) and bounce_classification gives the reason.
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    Bounce = "bounce",
    /**
     * click: The recipient clicked a tracked link.
     *
     * Outcome: read.
     */
    Click = "click",
    /**
     * deferred: The receiving server refused the message for now; SendGrid keeps trying and reports the attempt number.
     *
     * Outcome: pending.
     */
    Deferred = "deferred",
    /**
     * delivered: The receiving server accepted the message.
     *
     * Outcome: delivered.
     */
    Delivered = "delivered",
    /**
     * dropped: SendGrid did not send the message at all (suppressed or invalid recipient, bad SMTPAPI header, spam content, quota); it still counts toward the plan.
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    Dropped = "dropped",
    /**
     * group_resubscribe: The recipient subscribed again to an unsubscribe group.
     *
     * Outcome: delivered.
     */
    GroupResubscribe = "group_resubscribe",
    /**
     * group_unsubscribe: The recipient unsubscribed from one unsubscribe group.
     *
     * Outcome: delivered.
     */
    GroupUnsubscribe = "group_unsubscribe",
    /**
     * open: The recipient opened the HTML message (with open tracking on).
     *
     * Outcome: read.
     */
    Open = "open",
    /**
     * processed: SendGrid accepted the message and will try to deliver it.
     *
     * Outcome: accepted.
     */
    Processed = "processed",
    /**
     * spamreport: The recipient marked the message as spam; SendGrid puts the address on its Spam Reports list.
     *
     * Outcome: delivered.
     */
    SpamReport = "spamreport",
    /**
     * unsubscribe: The recipient unsubscribed from all mail (global unsubscribe).
     *
     * Outcome: delivered.
     */
    Unsubscribe = "unsubscribe"
}
/**
 * Every Twilio SendGrid code.
 *
 * @deliveryCodes sendgrid
 */
export type SendGridDeliveryCode = "Bounced Address" | "Content" | "Duplicate message" | "Frequency or Volume Too High" | "Frequency/Volume" | "Frequency/Volume Too High" | "Invalid" | "Invalid Address" | "Invalid SMTPAPI header" | "Mailbox Unavailable" | "Recipient List over Package Quota" | "Reputation" | "Spam Content" | "Spam Reporting Address" | "Technical" | "Technical Failure" | "Unclassified" | "Unsubscribed Address" | "account_status_change" | "bounce" | "click" | "deferred" | "delivered" | "dropped" | "group_resubscribe" | "group_unsubscribe" | "open" | "processed" | "spamreport" | "unsubscribe";
/**
 * Twilio SendGrid codes of permanent failures.
 *
 * @deliveryCodes sendgrid permanent
 */
export type PermanentSendGridDeliveryCode = "Invalid Address";
/**
 * Twilio SendGrid failures that may be sent again unchanged (retry safe or done by the provider).
 *
 * @deliveryCodes sendgrid retryable
 */
export type RetryableSendGridDeliveryCode = "Frequency or Volume Too High" | "Frequency/Volume" | "Frequency/Volume Too High" | "Mailbox Unavailable";
/**
 * Twilio SendGrid failures that must not be sent again unchanged (retry never or after a fix).
 *
 * @deliveryCodes sendgrid non-retryable
 */
export type NonRetryableSendGridDeliveryCode = "Bounced Address" | "Content" | "Duplicate message" | "Invalid" | "Invalid Address" | "Invalid SMTPAPI header" | "Recipient List over Package Quota" | "Reputation" | "Spam Content" | "Spam Reporting Address" | "Technical" | "Technical Failure" | "Unclassified" | "Unsubscribed Address" | "bounce" | "dropped";
/** A handler per permanent Twilio SendGrid failure; use with `satisfies` so a missing one fails to compile. */
export type SendGridDeliveryPermanentFailureHandlers<R = unknown> = PermanentFailureHandlers<PermanentSendGridDeliveryCode, SendGridDeliveryCode, R>;
/** Catalog metadata of every Twilio SendGrid code. */
export declare const sendgridTable: {
    readonly [K in SendGridDeliveryCode]: CodeEntry<K>;
};
/** Twilio SendGrid: header and every entry, for tools that walk the catalog. */
export declare const sendgridFamily: FamilyData;
/** Whether `value` is a Twilio SendGrid code. */
export declare function isSendGridDeliveryCode(value: unknown): value is SendGridDeliveryCode;
/** Whether `value` is the code of a permanent Twilio SendGrid failure. */
export declare function isPermanentSendGridDeliveryCode(value: unknown): value is PermanentSendGridDeliveryCode;
/** Whether `value` is a Twilio SendGrid failure that may be sent again unchanged. */
export declare function isRetryableSendGridDeliveryCode(value: unknown): value is RetryableSendGridDeliveryCode;
