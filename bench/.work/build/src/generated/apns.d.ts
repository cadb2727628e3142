import type { CodeEntry, FamilyData, PermanentFailureHandlers } from "../codes/types.ts";
/**
 * Apple Push Notification service codes by name. APNs rejection reasons: the 'reason' of a failed push request.
 *
 * @deliveryCodes apns
 */
export declare enum ApnsReason {
    /**
     * BadCertificate: The client certificate is invalid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    BadCertificate = "BadCertificate",
    /**
     * BadCertificateEnvironment: The client certificate is for the other environment.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    BadCertificateEnvironment = "BadCertificateEnvironment",
    /**
     * BadCollapseId: The apns-collapse-id header is longer than allowed.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    BadCollapseId = "BadCollapseId",
    /**
     * BadDeviceToken: The device token is invalid, or belongs to the other environment (sandbox or production) than the one used.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    BadDeviceToken = "BadDeviceToken",
    /**
     * BadEnvironmentKeyIdInToken: The key ID in the provider token belongs to the wrong environment.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    BadEnvironmentKeyIdInToken = "BadEnvironmentKeyIdInToken",
    /**
     * BadExpirationDate: The apns-expiration header is invalid.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    BadExpirationDate = "BadExpirationDate",
    /**
     * BadMessageId: The apns-id header is invalid.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    BadMessageId = "BadMessageId",
    /**
     * BadPath: The :path of the request is invalid.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    BadPath = "BadPath",
    /**
     * BadPriority: The apns-priority header is invalid.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    BadPriority = "BadPriority",
    /**
     * BadTopic: The apns-topic header is invalid.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    BadTopic = "BadTopic",
    /**
     * DeviceTokenNotForTopic: The device token does not belong to the topic (bundle ID) given.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    DeviceTokenNotForTopic = "DeviceTokenNotForTopic",
    /**
     * DuplicateHeaders: A header appeared more than once.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    DuplicateHeaders = "DuplicateHeaders",
    /**
     * ExpiredProviderToken: The provider authentication token (JWT) is too old; create a new one and send again.
     *
     * Failure: transient, retry after-fix, action fix-configuration (documented).
     */
    ExpiredProviderToken = "ExpiredProviderToken",
    /**
     * ExpiredToken: The device token has expired.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    ExpiredToken = "ExpiredToken",
    /**
     * Forbidden: The request is not allowed.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    Forbidden = "Forbidden",
    /**
     * IdleTimeout: The connection was idle too long; open a new one and send again.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    IdleTimeout = "IdleTimeout",
    /**
     * InternalServerError: An internal error in APNs.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    InternalServerError = "InternalServerError",
    /**
     * InvalidProviderToken: The provider token is invalid or its signature could not be checked.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    InvalidProviderToken = "InvalidProviderToken",
    /**
     * InvalidPushType: The apns-push-type header is invalid.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    InvalidPushType = "InvalidPushType",
    /**
     * MethodNotAllowed: The request method was not POST.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    MethodNotAllowed = "MethodNotAllowed",
    /**
     * MissingDeviceToken: The request path carries no device token.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    MissingDeviceToken = "MissingDeviceToken",
    /**
     * MissingProviderToken: Neither a provider certificate nor an authorization header was used.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    MissingProviderToken = "MissingProviderToken",
    /**
     * MissingTopic: The apns-topic header is missing where it is required (certificates for several topics, or token-based authentication).
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    MissingTopic = "MissingTopic",
    /**
     * PayloadEmpty: The notification payload is empty.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    PayloadEmpty = "PayloadEmpty",
    /**
     * PayloadTooLarge: The notification payload is larger than allowed.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    PayloadTooLarge = "PayloadTooLarge",
    /**
     * ServiceUnavailable: APNs is unavailable.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    ServiceUnavailable = "ServiceUnavailable",
    /**
     * Shutdown: The APNs server is shutting down; open a new connection and send again.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    Shutdown = "Shutdown",
    /**
     * TooManyProviderTokenUpdates: The provider authentication token is being renewed too often.
     *
     * Failure: transient, retry safe, action reduce-rate (documented).
     */
    TooManyProviderTokenUpdates = "TooManyProviderTokenUpdates",
    /**
     * TooManyRequests: Too many notifications went to the same device token in a row.
     *
     * Failure: transient, retry safe, action reduce-rate (documented).
     */
    TooManyRequests = "TooManyRequests",
    /**
     * TopicDisallowed: Sending to this topic is not allowed.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    TopicDisallowed = "TopicDisallowed",
    /**
     * Unregistered: The device token is no longer active for the topic, for example because the app was removed; stop sending to it. The response says since when.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    Unregistered = "Unregistered",
    /**
     * UnrelatedKeyIdInToken: The key ID in the provider token does not belong to the key used on this connection.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    UnrelatedKeyIdInToken = "UnrelatedKeyIdInToken"
}
/**
 * Every Apple Push Notification service code.
 *
 * @deliveryCodes apns
 */
export type ApnsReasonCode = "BadCertificate" | "BadCertificateEnvironment" | "BadCollapseId" | "BadDeviceToken" | "BadEnvironmentKeyIdInToken" | "BadExpirationDate" | "BadMessageId" | "BadPath" | "BadPriority" | "BadTopic" | "DeviceTokenNotForTopic" | "DuplicateHeaders" | "ExpiredProviderToken" | "ExpiredToken" | "Forbidden" | "IdleTimeout" | "InternalServerError" | "InvalidProviderToken" | "InvalidPushType" | "MethodNotAllowed" | "MissingDeviceToken" | "MissingProviderToken" | "MissingTopic" | "PayloadEmpty" | "PayloadTooLarge" | "ServiceUnavailable" | "Shutdown" | "TooManyProviderTokenUpdates" | "TooManyRequests" | "TopicDisallowed" | "Unregistered" | "UnrelatedKeyIdInToken";
/**
 * Apple Push Notification service codes of permanent failures.
 *
 * @deliveryCodes apns permanent
 */
export type PermanentApnsReasonCode = "BadCertificate" | "BadCertificateEnvironment" | "BadCollapseId" | "BadDeviceToken" | "BadEnvironmentKeyIdInToken" | "BadExpirationDate" | "BadMessageId" | "BadPath" | "BadPriority" | "BadTopic" | "DeviceTokenNotForTopic" | "DuplicateHeaders" | "ExpiredToken" | "Forbidden" | "InvalidProviderToken" | "InvalidPushType" | "MethodNotAllowed" | "MissingDeviceToken" | "MissingProviderToken" | "MissingTopic" | "PayloadEmpty" | "PayloadTooLarge" | "TopicDisallowed" | "Unregistered" | "UnrelatedKeyIdInToken";
/**
 * Apple Push Notification service failures that may be sent again unchanged (retry safe or done by the provider).
 *
 * @deliveryCodes apns retryable
 */
export type RetryableApnsReasonCode = "IdleTimeout" | "InternalServerError" | "ServiceUnavailable" | "Shutdown" | "TooManyProviderTokenUpdates" | "TooManyRequests";
/**
 * Apple Push Notification service failures that must not be sent again unchanged (retry never or after a fix).
 *
 * @deliveryCodes apns non-retryable
 */
export type NonRetryableApnsReasonCode = "BadCertificate" | "BadCertificateEnvironment" | "BadCollapseId" | "BadDeviceToken" | "BadEnvironmentKeyIdInToken" | "BadExpirationDate" | "BadMessageId" | "BadPath" | "BadPriority" | "BadTopic" | "DeviceTokenNotForTopic" | "DuplicateHeaders" | "ExpiredProviderToken" | "ExpiredToken" | "Forbidden" | "InvalidProviderToken" | "InvalidPushType" | "MethodNotAllowed" | "MissingDeviceToken" | "MissingProviderToken" | "MissingTopic" | "PayloadEmpty" | "PayloadTooLarge" | "TopicDisallowed" | "Unregistered" | "UnrelatedKeyIdInToken";
/** A handler per permanent Apple Push Notification service failure; use with `satisfies` so a missing one fails to compile. */
export type ApnsReasonPermanentFailureHandlers<R = unknown> = PermanentFailureHandlers<PermanentApnsReasonCode, ApnsReasonCode, R>;
/** Catalog metadata of every Apple Push Notification service code. */
export declare const apnsTable: {
    readonly [K in ApnsReasonCode]: CodeEntry<K>;
};
/** Apple Push Notification service: header and every entry, for tools that walk the catalog. */
export declare const apnsFamily: FamilyData;
/** Whether `value` is a Apple Push Notification service code. */
export declare function isApnsReasonCode(value: unknown): value is ApnsReasonCode;
/** Whether `value` is the code of a permanent Apple Push Notification service failure. */
export declare function isPermanentApnsReasonCode(value: unknown): value is PermanentApnsReasonCode;
/** Whether `value` is a Apple Push Notification service failure that may be sent again unchanged. */
export declare function isRetryableApnsReasonCode(value: unknown): value is RetryableApnsReasonCode;
