import type { CodeEntry, FamilyData, PermanentFailureHandlers } from "../codes/types.ts";
/**
 * collect.AI codes by name. Reason codes collect.AI reports for e-mail and SMS communications that were not delivered.
 *
 * @deliveryCodes collect-ai
 */
export declare enum CollectAiReason {
    /**
     * BOUNCE_PERMANENT_GENERAL (email): A hard bounce for which the receiving provider gave no specific code.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    BouncePermanentGeneral = "BOUNCE_PERMANENT_GENERAL",
    /**
     * BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE (email): The recipient's mail server reported that the address does not exist.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    BouncePermanentMailboxUnavailable = "BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE",
    /**
     * BOUNCE_PERMANENT_ON_SUPPRESSION_LIST (email): The address was already on collect.AI's suppression list, so the e-mail was not delivered, to protect sender reputation.
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    BouncePermanentOnSuppressionList = "BOUNCE_PERMANENT_ON_SUPPRESSION_LIST",
    /**
     * BOUNCE_TRANSIENT_ATTACHMENT_REJECTED (email): The receiving side blocked the type of an attached file; the address itself is fine.
     *
     * Failure: transient, retry after-fix, action fix-content (documented).
     */
    BounceTransientAttachmentRejected = "BOUNCE_TRANSIENT_ATTACHMENT_REJECTED",
    /**
     * BOUNCE_TRANSIENT_CONTENT_REJECTED (email): The receiving mail server refused the content, typically through a spam filter; the address itself is fine.
     *
     * Failure: transient, retry after-fix, action fix-content (documented).
     */
    BounceTransientContentRejected = "BOUNCE_TRANSIENT_CONTENT_REJECTED",
    /**
     * BOUNCE_TRANSIENT_GENERAL (email): A general connection or routing problem kept the e-mail from being delivered for now.
     *
     * Failure: transient, retry provider-retries, action wait (documented).
     */
    BounceTransientGeneral = "BOUNCE_TRANSIENT_GENERAL",
    /**
     * BOUNCE_TRANSIENT_MBX_FULL (email): The recipient's inbox is full, which is usually a passing state.
     *
     * Failure: transient, retry provider-retries, action wait (documented).
     */
    BounceTransientMbxFull = "BOUNCE_TRANSIENT_MBX_FULL",
    /**
     * BOUNCE_TRANSIENT_MESSAGE_TOO_LARGE (email): The receiving side refused this e-mail for its size; the address itself is fine.
     *
     * Failure: transient, retry after-fix, action fix-content (documented).
     */
    BounceTransientMessageTooLarge = "BOUNCE_TRANSIENT_MESSAGE_TOO_LARGE",
    /**
     * EXPIRED (sms): The SMS waited in the network queue too long because the handset never connected, and it was dropped.
     *
     * Failure: permanent, retry after-fix, action verify-recipient (documented).
     */
    Expired = "EXPIRED",
    /**
     * FAILED (sms): The mobile network could not deliver the SMS, for instance because the phone was off or without coverage.
     *
     * Failure: permanent, retry after-fix, action verify-recipient (documented).
     */
    Failed = "FAILED",
    /**
     * HANDOVER_ERROR (both): Handing the message from collect.AI to the messaging provider failed for technical reasons on the infrastructure side.
     *
     * Failure: transient, retry provider-retries, action wait (documented).
     */
    HandoverError = "HANDOVER_ERROR",
    /**
     * INVALID_EMAIL_ADDRESS (email): The e-mail address did not pass validation (for instance it has no @ sign), so nothing was sent.
     *
     * Failure: permanent, retry after-fix, action verify-recipient (documented).
     */
    InvalidEmailAddress = "INVALID_EMAIL_ADDRESS",
    /**
     * INVALID_MOBILE_NUMBER (sms): The mobile number is wrong or incomplete, so nothing was sent.
     *
     * Failure: permanent, retry after-fix, action verify-recipient (documented).
     */
    InvalidMobileNumber = "INVALID_MOBILE_NUMBER",
    /**
     * REJECTD (sms): The carrier refused the SMS, for instance because the number is blocked or blacklisted or the destination is invalid.
     *
     * Failure: transient, retry provider-retries, action none (documented).
     */
    Rejectd = "REJECTD",
    /**
     * REJECTED (sms): The carrier refused the SMS, for instance because the number is blocked or blacklisted or the destination is invalid.
     *
     * Failure: transient, retry provider-retries, action none (documented).
     */
    Rejected = "REJECTED",
    /**
     * UNDELIV (sms): The mobile network could not deliver the SMS, for instance because the phone was off or without coverage.
     *
     * Failure: permanent, retry after-fix, action verify-recipient (documented).
     */
    Undeliv = "UNDELIV"
}
/** Channels of collect.AI; a code's meaning depends on its channel. */
export type CollectAiChannel = "email" | "sms" | "both";
/**
 * Every collect.AI code, per channel.
 *
 * @deliveryCodes collect-ai
 */
export type CollectAiReasonCode<C extends CollectAiChannel = CollectAiChannel> = {
    readonly "email": "BOUNCE_PERMANENT_GENERAL" | "BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE" | "BOUNCE_PERMANENT_ON_SUPPRESSION_LIST" | "BOUNCE_TRANSIENT_ATTACHMENT_REJECTED" | "BOUNCE_TRANSIENT_CONTENT_REJECTED" | "BOUNCE_TRANSIENT_GENERAL" | "BOUNCE_TRANSIENT_MBX_FULL" | "BOUNCE_TRANSIENT_MESSAGE_TOO_LARGE" | "INVALID_EMAIL_ADDRESS";
    readonly "sms": "EXPIRED" | "FAILED" | "INVALID_MOBILE_NUMBER" | "REJECTD" | "REJECTED" | "UNDELIV";
    readonly "both": "HANDOVER_ERROR";
}[C];
/**
 * collect.AI codes of permanent failures, per channel.
 *
 * @deliveryCodes collect-ai permanent
 */
export type PermanentCollectAiReasonCode<C extends CollectAiChannel = CollectAiChannel> = {
    readonly "email": "BOUNCE_PERMANENT_GENERAL" | "BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE" | "BOUNCE_PERMANENT_ON_SUPPRESSION_LIST" | "INVALID_EMAIL_ADDRESS";
    readonly "sms": "EXPIRED" | "FAILED" | "INVALID_MOBILE_NUMBER" | "UNDELIV";
    readonly "both": never;
}[C];
/**
 * collect.AI failures that may be sent again unchanged (retry safe or done by the provider), per channel.
 *
 * @deliveryCodes collect-ai retryable
 */
export type RetryableCollectAiReasonCode<C extends CollectAiChannel = CollectAiChannel> = {
    readonly "email": "BOUNCE_TRANSIENT_GENERAL" | "BOUNCE_TRANSIENT_MBX_FULL";
    readonly "sms": "REJECTD" | "REJECTED";
    readonly "both": "HANDOVER_ERROR";
}[C];
/**
 * collect.AI failures that must not be sent again unchanged (retry never or after a fix), per channel.
 *
 * @deliveryCodes collect-ai non-retryable
 */
export type NonRetryableCollectAiReasonCode<C extends CollectAiChannel = CollectAiChannel> = {
    readonly "email": "BOUNCE_PERMANENT_GENERAL" | "BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE" | "BOUNCE_PERMANENT_ON_SUPPRESSION_LIST" | "BOUNCE_TRANSIENT_ATTACHMENT_REJECTED" | "BOUNCE_TRANSIENT_CONTENT_REJECTED" | "BOUNCE_TRANSIENT_MESSAGE_TOO_LARGE" | "INVALID_EMAIL_ADDRESS";
    readonly "sms": "EXPIRED" | "FAILED" | "INVALID_MOBILE_NUMBER" | "UNDELIV";
    readonly "both": never;
}[C];
/** A handler per permanent collect.AI failure; use with `satisfies` so a missing one fails to compile. */
export type CollectAiReasonPermanentFailureHandlers<R = unknown, C extends CollectAiChannel = CollectAiChannel> = PermanentFailureHandlers<PermanentCollectAiReasonCode<C>, CollectAiReasonCode<C>, R>;
/** Catalog metadata of every collect.AI code, by channel. */
export declare const collectAiTable: {
    readonly [C in CollectAiChannel]: {
        readonly [K in CollectAiReasonCode<C>]: CodeEntry<K>;
    };
};
/** collect.AI: header and every entry, for tools that walk the catalog. */
export declare const collectAiFamily: FamilyData;
/** Whether `value` is a collect.AI code (of `channel`, when given). */
export declare function isCollectAiReasonCode<C extends CollectAiChannel = CollectAiChannel>(value: unknown, channel?: C): value is CollectAiReasonCode<C>;
