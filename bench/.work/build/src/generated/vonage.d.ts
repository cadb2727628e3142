import type { CodeEntry, FamilyData, PermanentFailureHandlers } from "../codes/types.ts";
/**
 * Vonage SMS codes by name. Vonage (Nexmo) SMS delivery-receipt error codes: the DLR 'err-code'.
 *
 * @deliveryCodes vonage
 */
export declare enum VonageDlrError {
    /**
     * 0: The message reached the handset.
     *
     * Title: "Delivered"
     *
     * Outcome: delivered.
     */
    Delivered = 0,
    /**
     * 1: The message was not delivered and no reason could be found.
     *
     * Title: "Unknown"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    Unknown = 1,
    /**
     * 2: The handset could not be reached for now, for example switched off; Vonage says to try again.
     *
     * Title: "Absent Subscriber - Temporary"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    AbsentSubscriberTemporary = 2,
    /**
     * 3: The number is no longer in service; Vonage says to remove it from your records.
     *
     * Title: "Absent Subscriber - Permanent"
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    AbsentSubscriberPermanent = 3,
    /**
     * 4: The subscriber has barred incoming messages; Vonage calls it a permanent error and says to remove the number, as only the subscriber's operator can lift the bar.
     *
     * Title: "Call Barred by User"
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    CallBarredByUser = 4,
    /**
     * 5: A number portability problem stopped the message; Vonage says to contact the network operator.
     *
     * Title: "Portability Error"
     *
     * Failure: unknown, retry after-fix, action contact-provider (documented).
     */
    PortabilityError = 5,
    /**
     * 6: A carrier's anti-spam filter blocked the message.
     *
     * Title: "Anti-Spam Rejection"
     *
     * Failure: unknown, retry after-fix, action fix-content (documented).
     */
    AntiSpamRejection = 6,
    /**
     * 7: The handset was busy when the message came; Vonage says to try again.
     *
     * Title: "Handset Busy"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    HandsetBusy = 7,
    /**
     * 8: A network fault stopped the message; Vonage says to try again.
     *
     * Title: "Network Error"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    NetworkError = 8,
    /**
     * 9: The recipient asked not to get messages from this service; treat it as an opt-out for the service.
     *
     * Title: "Illegal Number"
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    IllegalNumber = 9,
    /**
     * 10: A parameter of the message is wrong, such as the encoding flag; only a corrected message can go out.
     *
     * Title: "Illegal Message"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    IllegalMessage = 10,
    /**
     * 11: Vonage found no route that suits the message; Vonage says to contact its support.
     *
     * Title: "Unroutable"
     *
     * Failure: unknown, retry after-fix, action contact-provider (documented).
     */
    Unroutable = 11,
    /**
     * 12: No route to the number was found; Vonage says to check that the number is right.
     *
     * Title: "Destination Unreachable"
     *
     * Failure: permanent, retry after-fix, action verify-recipient (documented).
     */
    DestinationUnreachable = 12,
    /**
     * 13: An age restriction keeps the recipient from receiving this message.
     *
     * Title: "Subscriber Age Restriction"
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    SubscriberAgeRestriction = 13,
    /**
     * 14: The carrier blocks SMS to this number; only the recipient can have SMS switched on in their plan.
     *
     * Title: "Number Blocked by Carrier"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    NumberBlockedByCarrier = 14,
    /**
     * 15: The recipient's prepaid plan lacked the credit to receive the message.
     *
     * Title: "Prepaid Insufficient Funds"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    PrepaidInsufficientFunds = 15,
    /**
     * 16: A quota of gateway requests for the period was used up.
     *
     * Title: "Gateway Quota Exceeded"
     *
     * Failure: unknown, retry after-fix, action reduce-rate (inferred).
     */
    GatewayQuotaExceeded = 16,
    /**
     * 50: A filter on the registered sending entity refused the message.
     *
     * Title: "Entity Filter"
     *
     * Failure: unknown, retry after-fix, action fix-configuration (inferred).
     */
    EntityFilter = 50,
    /**
     * 51: A filter on the sender header or sender ID refused the message.
     *
     * Title: "Header Filter"
     *
     * Failure: unknown, retry after-fix, action fix-configuration (inferred).
     */
    HeaderFilter = 51,
    /**
     * 52: A filter on the message content or template refused the message.
     *
     * Title: "Content Filter"
     *
     * Failure: unknown, retry after-fix, action fix-content (inferred).
     */
    ContentFilter = 52,
    /**
     * 53: A filter on recipient consent refused the message.
     *
     * Title: "Consent Filter"
     *
     * Failure: unknown, retry after-fix, action verify-recipient (inferred).
     */
    ConsentFilter = 53,
    /**
     * 54: The message was refused for a regulatory reason.
     *
     * Title: "Regulation Error"
     *
     * Failure: unknown, retry after-fix, action fix-configuration (inferred).
     */
    RegulationError = 54,
    /**
     * 99: A general error, usually in routing; Vonage says to contact its support.
     *
     * Title: "General Error"
     *
     * Failure: unknown, retry after-fix, action contact-provider (documented).
     */
    GeneralError = 99
}
/**
 * Every Vonage SMS code.
 *
 * @deliveryCodes vonage
 */
export type VonageDlrErrorCode = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 50 | 51 | 52 | 53 | 54 | 99;
/**
 * Vonage SMS codes of permanent failures.
 *
 * @deliveryCodes vonage permanent
 */
export type PermanentVonageDlrErrorCode = 3 | 4 | 9 | 10 | 12 | 13 | 14;
/**
 * Vonage SMS failures that may be sent again unchanged (retry safe or done by the provider).
 *
 * @deliveryCodes vonage retryable
 */
export type RetryableVonageDlrErrorCode = 2 | 7 | 8 | 15;
/**
 * Vonage SMS failures that must not be sent again unchanged (retry never or after a fix).
 *
 * @deliveryCodes vonage non-retryable
 */
export type NonRetryableVonageDlrErrorCode = 1 | 3 | 4 | 5 | 6 | 9 | 10 | 11 | 12 | 13 | 14 | 16 | 50 | 51 | 52 | 53 | 54 | 99;
/**
 * Vonage SMS codes as the provider sends them in text fields (`"30007"`).
 *
 * @deliveryCodes vonage
 */
export type VonageDlrErrorCodeString = `${VonageDlrErrorCode}`;
/** A handler per permanent Vonage SMS failure; use with `satisfies` so a missing one fails to compile. */
export type VonageDlrErrorPermanentFailureHandlers<R = unknown> = PermanentFailureHandlers<PermanentVonageDlrErrorCode, VonageDlrErrorCode, R>;
/** Catalog metadata of every Vonage SMS code. */
export declare const vonageTable: {
    readonly [K in VonageDlrErrorCode]: CodeEntry<K>;
};
/** Vonage SMS: header and every entry, for tools that walk the catalog. */
export declare const vonageFamily: FamilyData;
/** Whether `value` is a Vonage SMS code. */
export declare function isVonageDlrErrorCode(value: unknown): value is VonageDlrErrorCode;
/** Whether `value` is the code of a permanent Vonage SMS failure. */
export declare function isPermanentVonageDlrErrorCode(value: unknown): value is PermanentVonageDlrErrorCode;
/** Whether `value` is a Vonage SMS failure that may be sent again unchanged. */
export declare function isRetryableVonageDlrErrorCode(value: unknown): value is RetryableVonageDlrErrorCode;
/** Whether `value` is a Vonage SMS code in its text form (`"30007"`). */
export declare function isVonageDlrErrorCodeString(value: unknown): value is VonageDlrErrorCodeString;
