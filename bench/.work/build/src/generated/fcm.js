/**
 * Firebase Cloud Messaging codes by name. Firebase Cloud Messaging (HTTP v1) error codes: the FcmError errorCode of a failed send.
 *
 * @deliveryCodes fcm
 */
export var FcmError;
(function (FcmError) {
    /**
     * APNS_AUTH_ERROR: The former name of THIRD_PARTY_AUTH_ERROR, still sent for some projects; handle it the same way.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    FcmError["ApnsAuthError"] = "APNS_AUTH_ERROR";
    /**
     * INTERNAL: An unknown internal error in FCM; back off exponentially before trying again.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    FcmError["Internal"] = "INTERNAL";
    /**
     * INVALID_ARGUMENT: A request parameter was invalid: token format, package name, payload over the size limit, a reserved data key, a bad TTL and the like. A malformed registration token also comes back this way.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    FcmError["InvalidArgument"] = "INVALID_ARGUMENT";
    /**
     * QUOTA_EXCEEDED: A sending limit was exceeded: message rate, per-device rate or per-topic rate. Back off exponentially, starting at a minute or more.
     *
     * Failure: transient, retry safe, action reduce-rate (documented).
     */
    FcmError["QuotaExceeded"] = "QUOTA_EXCEEDED";
    /**
     * SENDER_ID_MISMATCH: The token belongs to another sender or Firebase project than the one sending the request.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    FcmError["SenderIdMismatch"] = "SENDER_ID_MISMATCH";
    /**
     * THIRD_PARTY_AUTH_ERROR: The APNs certificate or key, or the web push key, of the Firebase project is invalid or missing; the device token is fine.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    FcmError["ThirdPartyAuthError"] = "THIRD_PARTY_AUTH_ERROR";
    /**
     * UNAVAILABLE: The FCM server was overloaded; back off exponentially and honour any Retry-After header.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    FcmError["Unavailable"] = "UNAVAILABLE";
    /**
     * UNREGISTERED: The app instance is no longer registered: the token expired, the app was uninstalled or the token was rotated. Stop sending to it and remove it.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    FcmError["Unregistered"] = "UNREGISTERED";
    /**
     * UNSPECIFIED_ERROR: FCM gives no further information about the error.
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FcmError["UnspecifiedError"] = "UNSPECIFIED_ERROR";
})(FcmError || (FcmError = {}));
/** Catalog metadata of every Firebase Cloud Messaging code. */
export const fcmTable = {
    "APNS_AUTH_ERROR": { code: "APNS_AUTH_ERROR", name: "ApnsAuthError", summary: "The former name of THIRD_PARTY_AUTH_ERROR, still sent for some projects; handle it the same way.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "fcm / APNS_AUTH_ERROR" }, { doc: "reference/push-error-codes.json", section: "fcm / THIRD_PARTY_AUTH_ERROR" }], conflicts: [{ source: { doc: "reference/push-error-codes.json", section: "fcm / THIRD_PARTY_AUTH_ERROR" }, says: "The current FCM ErrorCode reference lists only THIRD_PARTY_AUTH_ERROR; APNS_AUTH_ERROR is no longer on it.", resolution: "The Firebase Admin SDKs still list it beside the new name, and some projects still receive it, so it keeps an entry, classified like THIRD_PARTY_AUTH_ERROR." }], note: "Comes with HTTP status 401." },
    "INTERNAL": { code: "INTERNAL", name: "Internal", summary: "An unknown internal error in FCM; back off exponentially before trying again.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "fcm / INTERNAL" }], note: "Comes with HTTP status 500." },
    "INVALID_ARGUMENT": { code: "INVALID_ARGUMENT", name: "InvalidArgument", summary: "A request parameter was invalid: token format, package name, payload over the size limit, a reserved data key, a bad TTL and the like. A malformed registration token also comes back this way.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "fcm / INVALID_ARGUMENT" }], note: "Comes with HTTP status 400. This code alone does not prove a dead token: delete the token only when the error details name it as invalid." },
    "QUOTA_EXCEEDED": { code: "QUOTA_EXCEEDED", name: "QuotaExceeded", summary: "A sending limit was exceeded: message rate, per-device rate or per-topic rate. Back off exponentially, starting at a minute or more.", outcome: "failed", permanence: "transient", retry: "safe", action: "reduce-rate", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "fcm / QUOTA_EXCEEDED" }], note: "Comes with HTTP status 429." },
    "SENDER_ID_MISMATCH": { code: "SENDER_ID_MISMATCH", name: "SenderIdMismatch", summary: "The token belongs to another sender or Firebase project than the one sending the request.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "fcm / SENDER_ID_MISMATCH" }], note: "Comes with HTTP status 403. Either the token belongs to another project (remove it) or the sending credentials are the wrong ones (fix them)." },
    "THIRD_PARTY_AUTH_ERROR": { code: "THIRD_PARTY_AUTH_ERROR", name: "ThirdPartyAuthError", summary: "The APNs certificate or key, or the web push key, of the Firebase project is invalid or missing; the device token is fine.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "fcm / THIRD_PARTY_AUTH_ERROR" }], note: "Comes with HTTP status 401." },
    "UNAVAILABLE": { code: "UNAVAILABLE", name: "Unavailable", summary: "The FCM server was overloaded; back off exponentially and honour any Retry-After header.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "fcm / UNAVAILABLE" }], note: "Comes with HTTP status 503." },
    "UNREGISTERED": { code: "UNREGISTERED", name: "Unregistered", summary: "The app instance is no longer registered: the token expired, the app was uninstalled or the token was rotated. Stop sending to it and remove it.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/push-error-codes.json", section: "fcm / UNREGISTERED" }], note: "Comes with HTTP status 404." },
    "UNSPECIFIED_ERROR": { code: "UNSPECIFIED_ERROR", name: "UnspecifiedError", summary: "FCM gives no further information about the error.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "investigate", basis: "inferred", sources: [{ doc: "reference/push-error-codes.json", section: "fcm / UNSPECIFIED_ERROR" }], note: "No handling is given; retry after-fix is the cautious default." },
};
/** Firebase Cloud Messaging: header and every entry, for tools that walk the catalog. */
export const fcmFamily = { ...{ id: "fcm", displayName: "Firebase Cloud Messaging", description: "Firebase Cloud Messaging (HTTP v1) error codes: the FcmError errorCode of a failed send.", enumName: "FcmError", codeType: "string", sentAsString: false, nameHints: ["fcm", "firebase", "gcm"], channels: [], groups: [] }, entries: Object.values(fcmTable) };
/** Whether `value` is a Firebase Cloud Messaging code. */
export function isFcmErrorCode(value) {
    return typeof value === 'string' && Object.hasOwn(fcmTable, value);
}
/** Whether `value` is the code of a permanent Firebase Cloud Messaging failure. */
export function isPermanentFcmErrorCode(value) {
    if (!(typeof value === 'string') || !Object.hasOwn(fcmTable, value))
        return false;
    const entry = fcmTable[value];
    return entry.outcome === 'failed' && entry.permanence === 'permanent';
}
/** Whether `value` is a Firebase Cloud Messaging failure that may be sent again unchanged. */
export function isRetryableFcmErrorCode(value) {
    if (!(typeof value === 'string') || !Object.hasOwn(fcmTable, value))
        return false;
    const entry = fcmTable[value];
    return entry.outcome === 'failed' && (entry.retry === 'safe' || entry.retry === 'provider-retries');
}
