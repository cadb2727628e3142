/**
 * Apple Push Notification service codes by name. APNs rejection reasons: the 'reason' of a failed push request.
 *
 * @deliveryCodes apns
 */
export var ApnsReason;
(function (ApnsReason) {
    /**
     * BadCertificate: The client certificate is invalid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    ApnsReason["BadCertificate"] = "BadCertificate";
    /**
     * BadCertificateEnvironment: The client certificate is for the other environment.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    ApnsReason["BadCertificateEnvironment"] = "BadCertificateEnvironment";
    /**
     * BadCollapseId: The apns-collapse-id header is longer than allowed.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    ApnsReason["BadCollapseId"] = "BadCollapseId";
    /**
     * BadDeviceToken: The device token is invalid, or belongs to the other environment (sandbox or production) than the one used.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    ApnsReason["BadDeviceToken"] = "BadDeviceToken";
    /**
     * BadEnvironmentKeyIdInToken: The key ID in the provider token belongs to the wrong environment.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    ApnsReason["BadEnvironmentKeyIdInToken"] = "BadEnvironmentKeyIdInToken";
    /**
     * BadExpirationDate: The apns-expiration header is invalid.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    ApnsReason["BadExpirationDate"] = "BadExpirationDate";
    /**
     * BadMessageId: The apns-id header is invalid.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    ApnsReason["BadMessageId"] = "BadMessageId";
    /**
     * BadPath: The :path of the request is invalid.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    ApnsReason["BadPath"] = "BadPath";
    /**
     * BadPriority: The apns-priority header is invalid.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    ApnsReason["BadPriority"] = "BadPriority";
    /**
     * BadTopic: The apns-topic header is invalid.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    ApnsReason["BadTopic"] = "BadTopic";
    /**
     * DeviceTokenNotForTopic: The device token does not belong to the topic (bundle ID) given.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    ApnsReason["DeviceTokenNotForTopic"] = "DeviceTokenNotForTopic";
    /**
     * DuplicateHeaders: A header appeared more than once.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    ApnsReason["DuplicateHeaders"] = "DuplicateHeaders";
    /**
     * ExpiredProviderToken: The provider authentication token (JWT) is too old; create a new one and send again.
     *
     * Failure: transient, retry after-fix, action fix-configuration (documented).
     */
    ApnsReason["ExpiredProviderToken"] = "ExpiredProviderToken";
    /**
     * ExpiredToken: The device token has expired.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    ApnsReason["ExpiredToken"] = "ExpiredToken";
    /**
     * Forbidden: The request is not allowed.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    ApnsReason["Forbidden"] = "Forbidden";
    /**
     * IdleTimeout: The connection was idle too long; open a new one and send again.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    ApnsReason["IdleTimeout"] = "IdleTimeout";
    /**
     * InternalServerError: An internal error in APNs.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    ApnsReason["InternalServerError"] = "InternalServerError";
    /**
     * InvalidProviderToken: The provider token is invalid or its signature could not be checked.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    ApnsReason["InvalidProviderToken"] = "InvalidProviderToken";
    /**
     * InvalidPushType: The apns-push-type header is invalid.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    ApnsReason["InvalidPushType"] = "InvalidPushType";
    /**
     * MethodNotAllowed: The request method was not POST.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    ApnsReason["MethodNotAllowed"] = "MethodNotAllowed";
    /**
     * MissingDeviceToken: The request path carries no device token.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    ApnsReason["MissingDeviceToken"] = "MissingDeviceToken";
    /**
     * MissingProviderToken: Neither a provider certificate nor an authorization header was used.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    ApnsReason["MissingProviderToken"] = "MissingProviderToken";
    /**
     * MissingTopic: The apns-topic header is missing where it is required (certificates for several topics, or token-based authentication).
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    ApnsReason["MissingTopic"] = "MissingTopic";
    /**
     * PayloadEmpty: The notification payload is empty.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    ApnsReason["PayloadEmpty"] = "PayloadEmpty";
    /**
     * PayloadTooLarge: The notification payload is larger than allowed.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    ApnsReason["PayloadTooLarge"] = "PayloadTooLarge";
    /**
     * ServiceUnavailable: APNs is unavailable.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    ApnsReason["ServiceUnavailable"] = "ServiceUnavailable";
    /**
     * Shutdown: The APNs server is shutting down; open a new connection and send again.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    ApnsReason["Shutdown"] = "Shutdown";
    /**
     * TooManyProviderTokenUpdates: The provider authentication token is being renewed too often.
     *
     * Failure: transient, retry safe, action reduce-rate (documented).
     */
    ApnsReason["TooManyProviderTokenUpdates"] = "TooManyProviderTokenUpdates";
    /**
     * TooManyRequests: Too many notifications went to the same device token in a row.
     *
     * Failure: transient, retry safe, action reduce-rate (documented).
     */
    ApnsReason["TooManyRequests"] = "TooManyRequests";
    /**
     * TopicDisallowed: Sending to this topic is not allowed.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    ApnsReason["TopicDisallowed"] = "TopicDisallowed";
    /**
     * Unregistered: The device token is no longer active for the topic, for example because the app was removed; stop sending to it. The response says since when.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    ApnsReason["Unregistered"] = "Unregistered";
    /**
     * UnrelatedKeyIdInToken: The key ID in the provider token does not belong to the key used on this connection.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    ApnsReason["UnrelatedKeyIdInToken"] = "UnrelatedKeyIdInToken";
})(ApnsReason || (ApnsReason = {}));
/** Catalog metadata of every Apple Push Notification service code. */
export const apnsTable = {
    "BadCertificate": { code: "BadCertificate", group: "authentication", name: "BadCertificate", summary: "The client certificate is invalid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / BadCertificate" }], note: "Comes with HTTP status 403." },
    "BadCertificateEnvironment": { code: "BadCertificateEnvironment", group: "authentication", name: "BadCertificateEnvironment", summary: "The client certificate is for the other environment.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / BadCertificateEnvironment" }], note: "Comes with HTTP status 403." },
    "BadCollapseId": { code: "BadCollapseId", group: "bad-request", name: "BadCollapseId", summary: "The apns-collapse-id header is longer than allowed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / BadCollapseId" }], note: "Comes with HTTP status 400." },
    "BadDeviceToken": { code: "BadDeviceToken", group: "bad-request", name: "BadDeviceToken", summary: "The device token is invalid, or belongs to the other environment (sandbox or production) than the one used.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / BadDeviceToken" }], note: "Comes with HTTP status 400. Before deleting the token, rule out a sandbox token sent to production or the reverse." },
    "BadEnvironmentKeyIdInToken": { code: "BadEnvironmentKeyIdInToken", group: "authentication", name: "BadEnvironmentKeyIdInToken", summary: "The key ID in the provider token belongs to the wrong environment.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / BadEnvironmentKeyIdInToken" }], note: "Comes with HTTP status 403." },
    "BadExpirationDate": { code: "BadExpirationDate", group: "bad-request", name: "BadExpirationDate", summary: "The apns-expiration header is invalid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / BadExpirationDate" }], note: "Comes with HTTP status 400." },
    "BadMessageId": { code: "BadMessageId", group: "bad-request", name: "BadMessageId", summary: "The apns-id header is invalid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / BadMessageId" }], note: "Comes with HTTP status 400." },
    "BadPath": { code: "BadPath", group: "bad-request", name: "BadPath", summary: "The :path of the request is invalid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / BadPath" }], note: "Comes with HTTP status 404." },
    "BadPriority": { code: "BadPriority", group: "bad-request", name: "BadPriority", summary: "The apns-priority header is invalid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / BadPriority" }], note: "Comes with HTTP status 400." },
    "BadTopic": { code: "BadTopic", group: "bad-request", name: "BadTopic", summary: "The apns-topic header is invalid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / BadTopic" }], note: "Comes with HTTP status 400." },
    "DeviceTokenNotForTopic": { code: "DeviceTokenNotForTopic", group: "bad-request", name: "DeviceTokenNotForTopic", summary: "The device token does not belong to the topic (bundle ID) given.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / DeviceTokenNotForTopic" }], note: "Comes with HTTP status 400. Either the token belongs to another app (remove it) or the topic is wrong (fix the request)." },
    "DuplicateHeaders": { code: "DuplicateHeaders", group: "bad-request", name: "DuplicateHeaders", summary: "A header appeared more than once.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / DuplicateHeaders" }], note: "Comes with HTTP status 400." },
    "ExpiredProviderToken": { code: "ExpiredProviderToken", group: "authentication", name: "ExpiredProviderToken", summary: "The provider authentication token (JWT) is too old; create a new one and send again.", outcome: "failed", permanence: "transient", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / ExpiredProviderToken" }], note: "Comes with HTTP status 403. The notification itself may go again once a new provider token is in use." },
    "ExpiredToken": { code: "ExpiredToken", group: "token-inactive", name: "ExpiredToken", summary: "The device token has expired.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / ExpiredToken" }], note: "Comes with HTTP status 410." },
    "Forbidden": { code: "Forbidden", group: "authentication", name: "Forbidden", summary: "The request is not allowed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / Forbidden" }], note: "Comes with HTTP status 403." },
    "IdleTimeout": { code: "IdleTimeout", group: "bad-request", name: "IdleTimeout", summary: "The connection was idle too long; open a new one and send again.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / IdleTimeout" }], note: "Comes with HTTP status 400. Resend on a new HTTP/2 connection." },
    "InternalServerError": { code: "InternalServerError", group: "server", name: "InternalServerError", summary: "An internal error in APNs.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / InternalServerError" }], note: "Comes with HTTP status 500." },
    "InvalidProviderToken": { code: "InvalidProviderToken", group: "authentication", name: "InvalidProviderToken", summary: "The provider token is invalid or its signature could not be checked.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / InvalidProviderToken" }], note: "Comes with HTTP status 403." },
    "InvalidPushType": { code: "InvalidPushType", group: "bad-request", name: "InvalidPushType", summary: "The apns-push-type header is invalid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / InvalidPushType" }], note: "Comes with HTTP status 400." },
    "MethodNotAllowed": { code: "MethodNotAllowed", group: "bad-request", name: "MethodNotAllowed", summary: "The request method was not POST.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / MethodNotAllowed" }], note: "Comes with HTTP status 405." },
    "MissingDeviceToken": { code: "MissingDeviceToken", group: "bad-request", name: "MissingDeviceToken", summary: "The request path carries no device token.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / MissingDeviceToken" }], note: "Comes with HTTP status 400." },
    "MissingProviderToken": { code: "MissingProviderToken", group: "authentication", name: "MissingProviderToken", summary: "Neither a provider certificate nor an authorization header was used.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / MissingProviderToken" }], note: "Comes with HTTP status 403." },
    "MissingTopic": { code: "MissingTopic", group: "bad-request", name: "MissingTopic", summary: "The apns-topic header is missing where it is required (certificates for several topics, or token-based authentication).", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / MissingTopic" }], note: "Comes with HTTP status 400." },
    "PayloadEmpty": { code: "PayloadEmpty", group: "bad-request", name: "PayloadEmpty", summary: "The notification payload is empty.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / PayloadEmpty" }], note: "Comes with HTTP status 400." },
    "PayloadTooLarge": { code: "PayloadTooLarge", group: "bad-request", name: "PayloadTooLarge", summary: "The notification payload is larger than allowed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / PayloadTooLarge" }], note: "Comes with HTTP status 413." },
    "ServiceUnavailable": { code: "ServiceUnavailable", group: "server", name: "ServiceUnavailable", summary: "APNs is unavailable.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / ServiceUnavailable" }], note: "Comes with HTTP status 503." },
    "Shutdown": { code: "Shutdown", group: "server", name: "Shutdown", summary: "The APNs server is shutting down; open a new connection and send again.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / Shutdown" }], note: "Comes with HTTP status 503. Resend on a new HTTP/2 connection." },
    "TooManyProviderTokenUpdates": { code: "TooManyProviderTokenUpdates", group: "throttled", name: "TooManyProviderTokenUpdates", summary: "The provider authentication token is being renewed too often.", outcome: "failed", permanence: "transient", retry: "safe", action: "reduce-rate", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / TooManyProviderTokenUpdates" }], note: "Comes with HTTP status 429." },
    "TooManyRequests": { code: "TooManyRequests", group: "throttled", name: "TooManyRequests", summary: "Too many notifications went to the same device token in a row.", outcome: "failed", permanence: "transient", retry: "safe", action: "reduce-rate", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / TooManyRequests" }], note: "Comes with HTTP status 429." },
    "TopicDisallowed": { code: "TopicDisallowed", group: "bad-request", name: "TopicDisallowed", summary: "Sending to this topic is not allowed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / TopicDisallowed" }], note: "Comes with HTTP status 400." },
    "Unregistered": { code: "Unregistered", group: "token-inactive", name: "Unregistered", summary: "The device token is no longer active for the topic, for example because the app was removed; stop sending to it. The response says since when.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / Unregistered" }], note: "Comes with HTTP status 410." },
    "UnrelatedKeyIdInToken": { code: "UnrelatedKeyIdInToken", group: "authentication", name: "UnrelatedKeyIdInToken", summary: "The key ID in the provider token does not belong to the key used on this connection.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "apns / UnrelatedKeyIdInToken" }], note: "Comes with HTTP status 403." },
};
/** Apple Push Notification service: header and every entry, for tools that walk the catalog. */
export const apnsFamily = { ...{ id: "apns", displayName: "Apple Push Notification service", description: "APNs rejection reasons: the 'reason' of a failed push request.", enumName: "ApnsReason", codeType: "string", sentAsString: false, nameHints: ["apns", "apple"], channels: [], groups: [{ id: "authentication", displayName: "Certificate and provider token errors (HTTP 403)", description: "The certificate or provider authentication token was refused." }, { id: "bad-request", displayName: "Request errors (HTTP 400, 404, 405, 413)", description: "Headers, path, method, device token or payload of the request are wrong." }, { id: "server", displayName: "Server errors (HTTP 500, 503)", description: "APNs failed or is unavailable." }, { id: "throttled", displayName: "Throttling (HTTP 429)", description: "Too many requests or token updates." }, { id: "token-inactive", displayName: "Inactive device tokens (HTTP 410)", description: "The device token is no longer valid for the topic." }] }, entries: Object.values(apnsTable) };
/** Whether `value` is a Apple Push Notification service code. */
export function isApnsReasonCode(value) {
    return typeof value === 'string' && Object.hasOwn(apnsTable, value);
}
/** Whether `value` is the code of a permanent Apple Push Notification service failure. */
export function isPermanentApnsReasonCode(value) {
    if (!(typeof value === 'string') || !Object.hasOwn(apnsTable, value))
        return false;
    const entry = apnsTable[value];
    return entry.outcome === 'failed' && entry.permanence === 'permanent';
}
/** Whether `value` is a Apple Push Notification service failure that may be sent again unchanged. */
export function isRetryableApnsReasonCode(value) {
    if (!(typeof value === 'string') || !Object.hasOwn(apnsTable, value))
        return false;
    const entry = apnsTable[value];
    return entry.outcome === 'failed' && (entry.retry === 'safe' || entry.retry === 'provider-retries');
}
