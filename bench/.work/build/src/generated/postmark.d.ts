import type { CodeEntry, FamilyData, PermanentFailureHandlers } from "../codes/types.ts";
/**
 * Postmark codes by name. Postmark bounce types, as the Type strings of bounce webhooks (e.g. 'HardBounce').
 *
 * @deliveryCodes postmark
 */
export declare enum PostmarkBounceType {
    /**
     * AddressChange: The recipient tells of a new address; the stored one should be updated.
     *
     * Title: "Address change"
     *
     * Outcome: unknown.
     */
    AddressChange = "AddressChange",
    /**
     * AutoResponder: An automatic reply came back, such as an out-of-office or vacation notice.
     *
     * Title: "Auto responder"
     *
     * Outcome: unknown.
     */
    AutoResponder = "AutoResponder",
    /**
     * BadEmailAddress: The address is not a valid email address.
     *
     * Title: "Invalid email address"
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    BadEmailAddress = "BadEmailAddress",
    /**
     * Blocked: The mailbox provider blocked the mail for its content or a blocklist listing.
     *
     * Title: "ISP block"
     *
     * Failure: unknown, retry after-fix, action investigate (documented).
     */
    Blocked = "Blocked",
    /**
     * ChallengeVerification: A challenge-response filter asks the sender to prove that it sent the message.
     *
     * Title: "Spam challenge verification"
     *
     * Failure: unknown, retry after-fix, action investigate (documented).
     */
    ChallengeVerification = "ChallengeVerification",
    /**
     * DMARCPolicy: The message was refused under the sender domain's DMARC policy.
     *
     * Title: "DMARC Policy"
     *
     * Failure: unknown, retry after-fix, action fix-configuration (documented).
     */
    DMARCPolicy = "DMARCPolicy",
    /**
     * DnsError: A temporary DNS failure stopped delivery.
     *
     * Title: "DNS error"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    DnsError = "DnsError",
    /**
     * HardBounce: The receiving server could not deliver to the address, for example an unknown user; Postmark deactivates it.
     *
     * Title: "Hard bounce"
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    HardBounce = "HardBounce",
    /**
     * InboundError: An inbound message could not be handed to the configured inbound webhook.
     *
     * Title: "Processing failed"
     *
     * Failure: unknown, retry after-fix, action fix-configuration (documented).
     */
    InboundError = "InboundError",
    /**
     * ManuallyDeactivated: Someone deactivated the address by hand.
     *
     * Title: "Manually deactivated"
     *
     * Failure: unknown, retry never, action suppress-recipient (documented).
     */
    ManuallyDeactivated = "ManuallyDeactivated",
    /**
     * OpenRelayTest: The returned message was a test of whether the server is an open relay.
     *
     * Title: "Open relay test"
     *
     * Outcome: unknown.
     */
    OpenRelayTest = "OpenRelayTest",
    /**
     * SMTPApiError: Postmark hit an error while taking the message in through its SMTP interface.
     *
     * Title: "SMTP API error"
     *
     * Failure: unknown, retry after-fix, action fix-request (documented).
     */
    SMTPApiError = "SMTPApiError",
    /**
     * SoftBounce: The address cannot take mail for now: mailbox full, account disabled, over quota or out of storage.
     *
     * Title: "Soft bounce"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SoftBounce = "SoftBounce",
    /**
     * SpamComplaint: The recipient marked the message as spam; Postmark deactivates the address for good (it cannot be reactivated).
     *
     * Title: "Spam complaint"
     *
     * Outcome: delivered.
     */
    SpamComplaint = "SpamComplaint",
    /**
     * SpamNotification: The receiving side filtered or blocked the message as spam or bulk mail; the address stays active and works again once the filter lets the mail through.
     *
     * Title: "Spam notification"
     *
     * Failure: unknown, retry after-fix, action investigate (documented).
     */
    SpamNotification = "SpamNotification",
    /**
     * Subscribe: The reply asked to be added to a list.
     *
     * Title: "Subscribe request"
     *
     * Outcome: unknown.
     */
    Subscribe = "Subscribe",
    /**
     * TemplateRenderingFailed: The Postmark template could not be rendered with the model given.
     *
     * Title: "Template rendering failed"
     *
     * Failure: unknown, retry after-fix, action fix-request (documented).
     */
    TemplateRenderingFailed = "TemplateRenderingFailed",
    /**
     * Transient: Delivery was held up for now, for example by network trouble at the receiving end.
     *
     * Title: "Message delayed"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    Transient = "Transient",
    /**
     * Unconfirmed: The subscriber never confirmed the registration or import.
     *
     * Title: "Registration not confirmed"
     *
     * Failure: unknown, retry after-fix, action verify-recipient (documented).
     */
    Unconfirmed = "Unconfirmed",
    /**
     * Unknown: Postmark could not classify the bounce.
     *
     * Title: "Unknown"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    Unknown = "Unknown",
    /**
     * Unsubscribe: The reply asked to unsubscribe or to be removed.
     *
     * Title: "Unsubscribe request"
     *
     * Outcome: unknown.
     */
    Unsubscribe = "Unsubscribe",
    /**
     * VirusNotification: The receiving side reported the message as carrying a virus.
     *
     * Title: "Virus notification"
     *
     * Failure: unknown, retry after-fix, action fix-content (documented).
     */
    VirusNotification = "VirusNotification"
}
/**
 * Every Postmark code.
 *
 * @deliveryCodes postmark
 */
export type PostmarkBounceTypeCode = "AddressChange" | "AutoResponder" | "BadEmailAddress" | "Blocked" | "ChallengeVerification" | "DMARCPolicy" | "DnsError" | "HardBounce" | "InboundError" | "ManuallyDeactivated" | "OpenRelayTest" | "SMTPApiError" | "SoftBounce" | "SpamComplaint" | "SpamNotification" | "Subscribe" | "TemplateRenderingFailed" | "Transient" | "Unconfirmed" | "Unknown" | "Unsubscribe" | "VirusNotification";
/**
 * Postmark codes of permanent failures.
 *
 * @deliveryCodes postmark permanent
 */
export type PermanentPostmarkBounceTypeCode = "BadEmailAddress" | "HardBounce";
/**
 * Postmark failures that may be sent again unchanged (retry safe or done by the provider).
 *
 * @deliveryCodes postmark retryable
 */
export type RetryablePostmarkBounceTypeCode = "DnsError" | "SoftBounce" | "Transient";
/**
 * Postmark failures that must not be sent again unchanged (retry never or after a fix).
 *
 * @deliveryCodes postmark non-retryable
 */
export type NonRetryablePostmarkBounceTypeCode = "BadEmailAddress" | "Blocked" | "ChallengeVerification" | "DMARCPolicy" | "HardBounce" | "InboundError" | "ManuallyDeactivated" | "SMTPApiError" | "SpamNotification" | "TemplateRenderingFailed" | "Unconfirmed" | "Unknown" | "VirusNotification";
/** A handler per permanent Postmark failure; use with `satisfies` so a missing one fails to compile. */
export type PostmarkBounceTypePermanentFailureHandlers<R = unknown> = PermanentFailureHandlers<PermanentPostmarkBounceTypeCode, PostmarkBounceTypeCode, R>;
/** Catalog metadata of every Postmark code. */
export declare const postmarkTable: {
    readonly [K in PostmarkBounceTypeCode]: CodeEntry<K>;
};
/** Postmark: header and every entry, for tools that walk the catalog. */
export declare const postmarkFamily: FamilyData;
/** Whether `value` is a Postmark code. */
export declare function isPostmarkBounceTypeCode(value: unknown): value is PostmarkBounceTypeCode;
/** Whether `value` is the code of a permanent Postmark failure. */
export declare function isPermanentPostmarkBounceTypeCode(value: unknown): value is PermanentPostmarkBounceTypeCode;
/** Whether `value` is a Postmark failure that may be sent again unchanged. */
export declare function isRetryablePostmarkBounceTypeCode(value: unknown): value is RetryablePostmarkBounceTypeCode;
