/**
 * Connection Card Pro codes by name. Delivery statuses and error messages in the Connection Card Pro SMS log.
 *
 * @deliveryCodes connection-card-pro
 */
export var ConnectionCardProStatus;
(function (ConnectionCardProStatus) {
    /**
     * Delivered: The provider confirmed the message as delivered, normally with an acknowledgement from the recipient's carrier.
     *
     * Outcome: delivered.
     */
    ConnectionCardProStatus["Delivered"] = "Delivered";
    /**
     * Failed/Undelivered: The message could not be sent or was not delivered; the error message attached to it tells why.
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConnectionCardProStatus["FailedUndelivered"] = "Failed/Undelivered";
    /**
     * Invalid Number: The number is not a valid North American number, is not assigned, or cannot take text messages, such as a landline or VoIP line.
     *
     * Failure: permanent, retry never, action verify-recipient (documented).
     */
    ConnectionCardProStatus["InvalidNumber"] = "Invalid Number";
    /**
     * Message blocked by STOP: The recipient opted out with STOP or a similar keyword, and the carrier blocks further messages until they opt back in with START.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    ConnectionCardProStatus["MessageBlockedByStop"] = "Message blocked by STOP";
    /**
     * Message expired: The message stayed in the queue for more than 16 hours without being delivered and was dropped.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    ConnectionCardProStatus["MessageExpired"] = "Message expired";
    /**
     * Network Error: A passing network problem at the recipient's carrier kept the message from being delivered.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    ConnectionCardProStatus["NetworkError"] = "Network Error";
    /**
     * Prohibited by Carrier: The recipient's carrier does not accept this kind of message.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    ConnectionCardProStatus["ProhibitedByCarrier"] = "Prohibited by Carrier";
    /**
     * Queuing: The message is waiting to be sent or delivered and has not been delivered yet.
     *
     * Outcome: pending.
     */
    ConnectionCardProStatus["Queuing"] = "Queuing";
    /**
     * Spam Detected: The recipient's carrier judged the message to be spam and did not deliver it.
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    ConnectionCardProStatus["SpamDetected"] = "Spam Detected";
    /**
     * Status Unavailable: No delivery update has arrived for the message, because of a communication problem, a delayed update or a carrier that never confirmed.
     *
     * Outcome: unknown.
     */
    ConnectionCardProStatus["StatusUnavailable"] = "Status Unavailable";
    /**
     * Unreachable: The carrier reports that the recipient cannot be reached for the time being.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    ConnectionCardProStatus["Unreachable"] = "Unreachable";
})(ConnectionCardProStatus || (ConnectionCardProStatus = {}));
/** Catalog metadata of every Connection Card Pro code. */
export const connectionCardProTable = {
    "Delivered": { code: "Delivered", group: "status", name: "Delivered", summary: "The provider confirmed the message as delivered, normally with an acknowledgement from the recipient's carrier.", outcome: "delivered", action: "none", basis: "documented", sources: [{ doc: "seeds/003_a8d404bb784a3ea4.txt", section: "Status / Delivered" }], note: "The seed hedges that the message has been or should have been delivered; carrier confirmation is usual, not guaranteed." },
    "Failed/Undelivered": { code: "Failed/Undelivered", group: "status", name: "FailedUndelivered", summary: "The message could not be sent or was not delivered; the error message attached to it tells why.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/003_a8d404bb784a3ea4.txt", section: "Status / Failed/Undelivered" }], note: "Classify by the accompanying error message rather than by this status." },
    "Invalid Number": { code: "Invalid Number", group: "error", name: "InvalidNumber", summary: "The number is not a valid North American number, is not assigned, or cannot take text messages, such as a landline or VoIP line.", outcome: "failed", permanence: "permanent", retry: "never", action: "verify-recipient", charged: true, basis: "documented", sources: [{ doc: "seeds/003_a8d404bb784a3ea4.txt", section: "Error Codes / Invalid Number" }], note: "The seed advises removing or correcting such numbers so that undelivered messages stop being billed." },
    "Message blocked by STOP": { code: "Message blocked by STOP", group: "error", name: "MessageBlockedByStop", summary: "The recipient opted out with STOP or a similar keyword, and the carrier blocks further messages until they opt back in with START.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", charged: "sometimes", basis: "documented", sources: [{ doc: "seeds/003_a8d404bb784a3ea4.txt", section: "Error Codes / Message blocked by STOP" }], note: "Not billed when the platform already knew about the opt-out, billed when the carrier itself returned the error; removing the recipient avoids those charges." },
    "Message expired": { code: "Message expired", group: "error", name: "MessageExpired", summary: "The message stayed in the queue for more than 16 hours without being delivered and was dropped.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/003_a8d404bb784a3ea4.txt", section: "Error Codes / Message expired" }], note: "The seed blames either the carrier or the recipient's number; if the same number keeps expiring, check it instead of resending." },
    "Network Error": { code: "Network Error", group: "error", name: "NetworkError", summary: "A passing network problem at the recipient's carrier kept the message from being delivered.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "seeds/003_a8d404bb784a3ea4.txt", section: "Error Codes / Network Error" }], note: "Whether the carrier tries again on its own depends on the carrier and its policies, so a later resend by the sender is the dependable path." },
    "Prohibited by Carrier": { code: "Prohibited by Carrier", group: "error", name: "ProhibitedByCarrier", summary: "The recipient's carrier does not accept this kind of message.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/003_a8d404bb784a3ea4.txt", section: "Error Codes / Prohibited by Carrier" }], note: "The seed does not say which message types are meant; only a different kind of message can succeed." },
    "Queuing": { code: "Queuing", group: "status", name: "Queuing", summary: "The message is waiting to be sent or delivered and has not been delivered yet.", outcome: "pending", action: "wait", basis: "documented", sources: [{ doc: "seeds/003_a8d404bb784a3ea4.txt", section: "Status / Queuing" }] },
    "Spam Detected": { code: "Spam Detected", group: "error", name: "SpamDetected", summary: "The recipient's carrier judged the message to be spam and did not deliver it.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", charged: true, basis: "documented", sources: [{ doc: "seeds/003_a8d404bb784a3ea4.txt", section: "Error Codes / Spam Detected" }], note: "Carriers do not publish their filter rules; the message still counts as sent on the account, and the seed says to rework the text." },
    "Status Unavailable": { code: "Status Unavailable", group: "status", name: "StatusUnavailable", summary: "No delivery update has arrived for the message, because of a communication problem, a delayed update or a carrier that never confirmed.", outcome: "unknown", action: "none", basis: "documented", sources: [{ doc: "seeds/003_a8d404bb784a3ea4.txt", section: "Status / Status Unavailable" }], note: "The seed says such messages were most likely delivered and usually need no action." },
    "Unreachable": { code: "Unreachable", group: "error", name: "Unreachable", summary: "The carrier reports that the recipient cannot be reached for the time being.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "seeds/003_a8d404bb784a3ea4.txt", section: "Error Codes / Unreachable" }] },
};
/** Connection Card Pro: header and every entry, for tools that walk the catalog. */
export const connectionCardProFamily = { ...{ id: "connection-card-pro", displayName: "Connection Card Pro", description: "Delivery statuses and error messages in the Connection Card Pro SMS log.", enumName: "ConnectionCardProStatus", codeType: "string", sentAsString: false, nameHints: ["ccp"], channels: [], groups: [{ id: "status", displayName: "Delivery statuses", description: "Values of the status column, updated as the SMS provider and carriers report back." }, { id: "error", displayName: "Error messages", description: "Reasons shown for a message that failed or could not be sent." }] }, entries: Object.values(connectionCardProTable) };
/** Whether `value` is a Connection Card Pro code. */
export function isConnectionCardProStatusCode(value) {
    return typeof value === 'string' && Object.hasOwn(connectionCardProTable, value);
}
/** Whether `value` is the code of a permanent Connection Card Pro failure. */
export function isPermanentConnectionCardProStatusCode(value) {
    if (!(typeof value === 'string') || !Object.hasOwn(connectionCardProTable, value))
        return false;
    const entry = connectionCardProTable[value];
    return entry.outcome === 'failed' && entry.permanence === 'permanent';
}
/** Whether `value` is a Connection Card Pro failure that may be sent again unchanged. */
export function isRetryableConnectionCardProStatusCode(value) {
    if (!(typeof value === 'string') || !Object.hasOwn(connectionCardProTable, value))
        return false;
    const entry = connectionCardProTable[value];
    return entry.outcome === 'failed' && (entry.retry === 'safe' || entry.retry === 'provider-retries');
}
