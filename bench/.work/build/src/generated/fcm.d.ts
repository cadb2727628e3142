import type { CodeEntry, FamilyData, PermanentFailureHandlers } from "../codes/types.ts";
/**
 * Firebase Cloud Messaging codes by name. Firebase Cloud Messaging (HTTP v1) error codes: the FcmError errorCode of a failed send.
 *
 * @deliveryCodes fcm
 */
export declare enum FcmError {
    /**
     * APNS_AUTH_ERROR: The former name of THIRD_PARTY_AUTH_ERROR, still sent for some projects; handle it the same way.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    ApnsAuthError = "APNS_AUTH_ERROR",
    /**
     * INTERNAL: An unknown internal error in FCM; back off exponentially before trying again.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    Internal = "INTERNAL",
    /**
     * INVALID_ARGUMENT: A request parameter was invalid: token format, package name, payload over the size limit, a reserved data key, a bad TTL and the like. A malformed registration token also comes back this way.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    InvalidArgument = "INVALID_ARGUMENT",
    /**
     * QUOTA_EXCEEDED: A sending limit was exceeded: message rate, per-device rate or per-topic rate. Back off exponentially, starting at a minute or more.
     *
     * Failure: transient, retry safe, action reduce-rate (documented).
     */
    QuotaExceeded = "QUOTA_EXCEEDED",
    /**
     * SENDER_ID_MISMATCH: The token belongs to another sender or Firebase project than the one sending the request.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    SenderIdMismatch = "SENDER_ID_MISMATCH",
    /**
     * THIRD_PARTY_AUTH_ERROR: The APNs certificate or key, or the web push key, of the Firebase project is invalid or missing; the device token is fine.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    ThirdPartyAuthError = "THIRD_PARTY_AUTH_ERROR",
    /**
     * UNAVAILABLE: The FCM server was overloaded; back off exponentially and honour any Retry-After header.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    Unavailable = "UNAVAILABLE",
    /**
     * UNREGISTERED: The app instance is no longer registered: the token expired, the app was uninstalled or the token was rotated. Stop sending to it and remove it.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    Unregistered = "UNREGISTERED",
    /**
     * UNSPECIFIED_ERROR: FCM gives no further information about the error.
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnspecifiedError = "UNSPECIFIED_ERROR"
}
/**
 * Every Firebase Cloud Messaging code.
 *
 * @deliveryCodes fcm
 */
export type FcmErrorCode = "APNS_AUTH_ERROR" | "INTERNAL" | "INVALID_ARGUMENT" | "QUOTA_EXCEEDED" | "SENDER_ID_MISMATCH" | "THIRD_PARTY_AUTH_ERROR" | "UNAVAILABLE" | "UNREGISTERED" | "UNSPECIFIED_ERROR";
/**
 * Firebase Cloud Messaging codes of permanent failures.
 *
 * @deliveryCodes fcm permanent
 */
export type PermanentFcmErrorCode = "APNS_AUTH_ERROR" | "INVALID_ARGUMENT" | "SENDER_ID_MISMATCH" | "THIRD_PARTY_AUTH_ERROR" | "UNREGISTERED";
/**
 * Firebase Cloud Messaging failures that may be sent again unchanged (retry safe or done by the provider).
 *
 * @deliveryCodes fcm retryable
 */
export type RetryableFcmErrorCode = "INTERNAL" | "QUOTA_EXCEEDED" | "UNAVAILABLE";
/**
 * Firebase Cloud Messaging failures that must not be sent again unchanged (retry never or after a fix).
 *
 * @deliveryCodes fcm non-retryable
 */
export type NonRetryableFcmErrorCode = "APNS_AUTH_ERROR" | "INVALID_ARGUMENT" | "SENDER_ID_MISMATCH" | "THIRD_PARTY_AUTH_ERROR" | "UNREGISTERED" | "UNSPECIFIED_ERROR";
/** A handler per permanent Firebase Cloud Messaging failure; use with `satisfies` so a missing one fails to compile. */
export type FcmErrorPermanentFailureHandlers<R = unknown> = PermanentFailureHandlers<PermanentFcmErrorCode, FcmErrorCode, R>;
/** Catalog metadata of every Firebase Cloud Messaging code. */
export declare const fcmTable: {
    readonly [K in FcmErrorCode]: CodeEntry<K>;
};
/** Firebase Cloud Messaging: header and every entry, for tools that walk the catalog. */
export declare const fcmFamily: FamilyData;
/** Whether `value` is a Firebase Cloud Messaging code. */
export declare function isFcmErrorCode(value: unknown): value is FcmErrorCode;
/** Whether `value` is the code of a permanent Firebase Cloud Messaging failure. */
export declare function isPermanentFcmErrorCode(value: unknown): value is PermanentFcmErrorCode;
/** Whether `value` is a Firebase Cloud Messaging failure that may be sent again unchanged. */
export declare function isRetryableFcmErrorCode(value: unknown): value is RetryableFcmErrorCode;
