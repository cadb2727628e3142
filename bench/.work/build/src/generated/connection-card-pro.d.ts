import type { CodeEntry, FamilyData, PermanentFailureHandlers } from "../codes/types.ts";
/**
 * Connection Card Pro codes by name. Delivery statuses and error messages in the Connection Card Pro SMS log.
 *
 * @deliveryCodes connection-card-pro
 */
export declare enum ConnectionCardProStatus {
    /**
     * Delivered: The provider confirmed the message as delivered, normally with an acknowledgement from the recipient's carrier.
     *
     * Outcome: delivered.
     */
    Delivered = "Delivered",
    /**
     * Failed/Undelivered: The message could not be sent or was not delivered; the error message attached to it tells why.
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedUndelivered = "Failed/Undelivered",
    /**
     * Invalid Number: The number is not a valid North American number, is not assigned, or cannot take text messages, such as a landline or VoIP line.
     *
     * Failure: permanent, retry never, action verify-recipient (documented).
     */
    InvalidNumber = "Invalid Number",
    /**
     * Message blocked by STOP: The recipient opted out with STOP or a similar keyword, and the carrier blocks further messages until they opt back in with START.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    MessageBlockedByStop = "Message blocked by STOP",
    /**
     * Message expired: The message stayed in the queue for more than 16 hours without being delivered and was dropped.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    MessageExpired = "Message expired",
    /**
     * Network Error: A passing network problem at the recipient's carrier kept the message from being delivered.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    NetworkError = "Network Error",
    /**
     * Prohibited by Carrier: The recipient's carrier does not accept this kind of message.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    ProhibitedByCarrier = "Prohibited by Carrier",
    /**
     * Queuing: The message is waiting to be sent or delivered and has not been delivered yet.
     *
     * Outcome: pending.
     */
    Queuing = "Queuing",
    /**
     * Spam Detected: The recipient's carrier judged the message to be spam and did not deliver it.
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    SpamDetected = "Spam Detected",
    /**
     * Status Unavailable: No delivery update has arrived for the message, because of a communication problem, a delayed update or a carrier that never confirmed.
     *
     * Outcome: unknown.
     */
    StatusUnavailable = "Status Unavailable",
    /**
     * Unreachable: The carrier reports that the recipient cannot be reached for the time being.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    Unreachable = "Unreachable"
}
/**
 * Every Connection Card Pro code.
 *
 * @deliveryCodes connection-card-pro
 */
export type ConnectionCardProStatusCode = "Delivered" | "Failed/Undelivered" | "Invalid Number" | "Message blocked by STOP" | "Message expired" | "Network Error" | "Prohibited by Carrier" | "Queuing" | "Spam Detected" | "Status Unavailable" | "Unreachable";
/**
 * Connection Card Pro codes of permanent failures.
 *
 * @deliveryCodes connection-card-pro permanent
 */
export type PermanentConnectionCardProStatusCode = "Invalid Number" | "Message blocked by STOP" | "Prohibited by Carrier" | "Spam Detected";
/**
 * Connection Card Pro failures that may be sent again unchanged (retry safe or done by the provider).
 *
 * @deliveryCodes connection-card-pro retryable
 */
export type RetryableConnectionCardProStatusCode = "Message expired" | "Network Error" | "Unreachable";
/**
 * Connection Card Pro failures that must not be sent again unchanged (retry never or after a fix).
 *
 * @deliveryCodes connection-card-pro non-retryable
 */
export type NonRetryableConnectionCardProStatusCode = "Failed/Undelivered" | "Invalid Number" | "Message blocked by STOP" | "Prohibited by Carrier" | "Spam Detected";
/** A handler per permanent Connection Card Pro failure; use with `satisfies` so a missing one fails to compile. */
export type ConnectionCardProStatusPermanentFailureHandlers<R = unknown> = PermanentFailureHandlers<PermanentConnectionCardProStatusCode, ConnectionCardProStatusCode, R>;
/** Catalog metadata of every Connection Card Pro code. */
export declare const connectionCardProTable: {
    readonly [K in ConnectionCardProStatusCode]: CodeEntry<K>;
};
/** Connection Card Pro: header and every entry, for tools that walk the catalog. */
export declare const connectionCardProFamily: FamilyData;
/** Whether `value` is a Connection Card Pro code. */
export declare function isConnectionCardProStatusCode(value: unknown): value is ConnectionCardProStatusCode;
/** Whether `value` is the code of a permanent Connection Card Pro failure. */
export declare function isPermanentConnectionCardProStatusCode(value: unknown): value is PermanentConnectionCardProStatusCode;
/** Whether `value` is a Connection Card Pro failure that may be sent again unchanged. */
export declare function isRetryableConnectionCardProStatusCode(value: unknown): value is RetryableConnectionCardProStatusCode;
