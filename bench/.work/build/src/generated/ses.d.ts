import type { CodeEntry, FamilyData, PermanentFailureHandlers } from "../codes/types.ts";
/**
 * Amazon SES codes by name. Amazon SES bounce types (as bounceType/bounceSubType, e.g. 'Permanent/NoEmail') and complaint feedback types.
 *
 * @deliveryCodes ses
 */
export declare enum SesNotification {
    /**
     * Permanent/General: A hard bounce without a more specific reason; AWS asks for the address to be removed at once, as further mail to it harms the sending reputation.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    PermanentGeneral = "Permanent/General",
    /**
     * Permanent/NoEmail: The recipient address does not exist.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    PermanentNoEmail = "Permanent/NoEmail",
    /**
     * Permanent/OnAccountSuppressionList: SES did not send: the address is on this account's own suppression list. Not counted in the bounce rate.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    PermanentOnAccountSuppressionList = "Permanent/OnAccountSuppressionList",
    /**
     * Permanent/Suppressed: SES did not send: the address is on the SES-wide suppression list after recent hard bounces.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    PermanentSuppressed = "Permanent/Suppressed",
    /**
     * Transient/AttachmentRejected: The recipient's provider refused an attachment, for its type or size; only a message without it, or with another, can succeed.
     *
     * Failure: transient, retry after-fix, action fix-content (documented).
     */
    TransientAttachmentRejected = "Transient/AttachmentRejected",
    /**
     * Transient/ContentRejected: The recipient's provider refused the content; only changed content can succeed.
     *
     * Failure: transient, retry after-fix, action fix-content (documented).
     */
    TransientContentRejected = "Transient/ContentRejected",
    /**
     * Transient/General: A soft bounce without a more specific reason; mail to the recipient may work later. Automatic replies such as out-of-office notices also come as this type.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientGeneral = "Transient/General",
    /**
     * Transient/MailboxFull: The recipient's mailbox is full; mail may get through once space is freed.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientMailboxFull = "Transient/MailboxFull",
    /**
     * Transient/MessageTooLarge: The message exceeded what the recipient's provider accepts; only a smaller message can succeed.
     *
     * Failure: transient, retry after-fix, action fix-content (documented).
     */
    TransientMessageTooLarge = "Transient/MessageTooLarge",
    /**
     * Undetermined/Undetermined: The receiving side bounced the message without saying enough for SES to classify the bounce; the bounce message itself may tell more.
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    Undetermined = "Undetermined/Undetermined",
    /**
     * abuse: The recipient, or their provider, reported the message as unsolicited or abusive.
     *
     * Outcome: delivered.
     */
    ComplaintAbuse = "abuse",
    /**
     * auth-failure: A report that the message failed email authentication (for example DKIM or SPF).
     *
     * Outcome: delivered.
     */
    ComplaintAuthFailure = "auth-failure",
    /**
     * fraud: The message was reported as fraud or phishing.
     *
     * Outcome: delivered.
     */
    ComplaintFraud = "fraud",
    /**
     * not-spam: The reporter says the message is not spam, correcting an earlier report.
     *
     * Outcome: delivered.
     */
    ComplaintNotSpam = "not-spam",
    /**
     * other: Feedback that fits none of the other registered types.
     *
     * Outcome: delivered.
     */
    ComplaintOther = "other",
    /**
     * virus: A virus was reported in the message.
     *
     * Outcome: delivered.
     */
    ComplaintVirus = "virus"
}
/**
 * Every Amazon SES code.
 *
 * @deliveryCodes ses
 */
export type SesNotificationCode = "Permanent/General" | "Permanent/NoEmail" | "Permanent/OnAccountSuppressionList" | "Permanent/Suppressed" | "Transient/AttachmentRejected" | "Transient/ContentRejected" | "Transient/General" | "Transient/MailboxFull" | "Transient/MessageTooLarge" | "Undetermined/Undetermined" | "abuse" | "auth-failure" | "fraud" | "not-spam" | "other" | "virus";
/**
 * Amazon SES codes of permanent failures.
 *
 * @deliveryCodes ses permanent
 */
export type PermanentSesNotificationCode = "Permanent/General" | "Permanent/NoEmail" | "Permanent/OnAccountSuppressionList" | "Permanent/Suppressed";
/**
 * Amazon SES failures that may be sent again unchanged (retry safe or done by the provider).
 *
 * @deliveryCodes ses retryable
 */
export type RetryableSesNotificationCode = "Transient/General" | "Transient/MailboxFull";
/**
 * Amazon SES failures that must not be sent again unchanged (retry never or after a fix).
 *
 * @deliveryCodes ses non-retryable
 */
export type NonRetryableSesNotificationCode = "Permanent/General" | "Permanent/NoEmail" | "Permanent/OnAccountSuppressionList" | "Permanent/Suppressed" | "Transient/AttachmentRejected" | "Transient/ContentRejected" | "Transient/MessageTooLarge" | "Undetermined/Undetermined";
/** A handler per permanent Amazon SES failure; use with `satisfies` so a missing one fails to compile. */
export type SesNotificationPermanentFailureHandlers<R = unknown> = PermanentFailureHandlers<PermanentSesNotificationCode, SesNotificationCode, R>;
/** Catalog metadata of every Amazon SES code. */
export declare const sesTable: {
    readonly [K in SesNotificationCode]: CodeEntry<K>;
};
/** Amazon SES: header and every entry, for tools that walk the catalog. */
export declare const sesFamily: FamilyData;
/** Whether `value` is a Amazon SES code. */
export declare function isSesNotificationCode(value: unknown): value is SesNotificationCode;
/** Whether `value` is the code of a permanent Amazon SES failure. */
export declare function isPermanentSesNotificationCode(value: unknown): value is PermanentSesNotificationCode;
/** Whether `value` is a Amazon SES failure that may be sent again unchanged. */
export declare function isRetryableSesNotificationCode(value: unknown): value is RetryableSesNotificationCode;
