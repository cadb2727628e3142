import type { CodeEntry, FamilyData, PermanentFailureHandlers } from "../codes/types.ts";
/**
 * Salesmsg codes by name. Text error strings that the Salesmsg SMS platform shows for messages it could not send.
 *
 * @deliveryCodes salesmsg
 */
export declare enum SalesmsgError {
    /**
     * Duplicate_message: The deduplication check blocked a message identical to one sent to the same contact a short time before.
     *
     * Failure: transient, retry after-fix, action fix-content (documented).
     */
    DuplicateMessage = "Duplicate_message",
    /**
     * Insufficient_funds: The prepaid credit balance is too low to pay for the message.
     *
     * Failure: permanent, retry after-fix, action top-up (documented).
     */
    InsufficientFunds = "Insufficient_funds",
    /**
     * Provider_error: The upstream provider refused to create the message (HTTP 400), most often because of the sending or receiving number.
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProviderError = "Provider_error",
    /**
     * Stopped by user: The message belonged to a broadcast that someone on the account stopped before this message went out.
     *
     * Failure: permanent, retry after-fix, action none (documented).
     */
    StoppedByUser = "Stopped by user",
    /**
     * Unable to send message to this region: Messages to the destination country are not allowed by the account settings, the sending number or platform rules.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    UnableToSendToRegion = "Unable to send message to this region",
    /**
     * Unknown_bad_number: The recipient number is not recognised as valid, for example missing its country code, badly formatted, disconnected or inactive.
     *
     * Failure: permanent, retry after-fix, action verify-recipient (inferred).
     */
    UnknownBadNumber = "Unknown_bad_number"
}
/**
 * Every Salesmsg code.
 *
 * @deliveryCodes salesmsg
 */
export type SalesmsgErrorCode = "Duplicate_message" | "Insufficient_funds" | "Provider_error" | "Stopped by user" | "Unable to send message to this region" | "Unknown_bad_number";
/**
 * Salesmsg codes of permanent failures.
 *
 * @deliveryCodes salesmsg permanent
 */
export type PermanentSalesmsgErrorCode = "Insufficient_funds" | "Stopped by user" | "Unable to send message to this region" | "Unknown_bad_number";
/**
 * Salesmsg failures that may be sent again unchanged (retry safe or done by the provider).
 *
 * @deliveryCodes salesmsg retryable
 */
export type RetryableSalesmsgErrorCode = never;
/**
 * Salesmsg failures that must not be sent again unchanged (retry never or after a fix).
 *
 * @deliveryCodes salesmsg non-retryable
 */
export type NonRetryableSalesmsgErrorCode = "Duplicate_message" | "Insufficient_funds" | "Provider_error" | "Stopped by user" | "Unable to send message to this region" | "Unknown_bad_number";
/** A handler per permanent Salesmsg failure; use with `satisfies` so a missing one fails to compile. */
export type SalesmsgErrorPermanentFailureHandlers<R = unknown> = PermanentFailureHandlers<PermanentSalesmsgErrorCode, SalesmsgErrorCode, R>;
/** Catalog metadata of every Salesmsg code. */
export declare const salesmsgTable: {
    readonly [K in SalesmsgErrorCode]: CodeEntry<K>;
};
/** Salesmsg: header and every entry, for tools that walk the catalog. */
export declare const salesmsgFamily: FamilyData;
/** Whether `value` is a Salesmsg code. */
export declare function isSalesmsgErrorCode(value: unknown): value is SalesmsgErrorCode;
/** Whether `value` is the code of a permanent Salesmsg failure. */
export declare function isPermanentSalesmsgErrorCode(value: unknown): value is PermanentSalesmsgErrorCode;
/** Whether `value` is a Salesmsg failure that may be sent again unchanged. */
export declare function isRetryableSalesmsgErrorCode(value: unknown): value is RetryableSalesmsgErrorCode;
