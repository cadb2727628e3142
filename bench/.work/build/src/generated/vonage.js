/**
 * Vonage SMS codes by name. Vonage (Nexmo) SMS delivery-receipt error codes: the DLR 'err-code'.
 *
 * @deliveryCodes vonage
 */
export var VonageDlrError;
(function (VonageDlrError) {
    /**
     * 0: The message reached the handset.
     *
     * Title: "Delivered"
     *
     * Outcome: delivered.
     */
    VonageDlrError[VonageDlrError["Delivered"] = 0] = "Delivered";
    /**
     * 1: The message was not delivered and no reason could be found.
     *
     * Title: "Unknown"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VonageDlrError[VonageDlrError["Unknown"] = 1] = "Unknown";
    /**
     * 2: The handset could not be reached for now, for example switched off; Vonage says to try again.
     *
     * Title: "Absent Subscriber - Temporary"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    VonageDlrError[VonageDlrError["AbsentSubscriberTemporary"] = 2] = "AbsentSubscriberTemporary";
    /**
     * 3: The number is no longer in service; Vonage says to remove it from your records.
     *
     * Title: "Absent Subscriber - Permanent"
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    VonageDlrError[VonageDlrError["AbsentSubscriberPermanent"] = 3] = "AbsentSubscriberPermanent";
    /**
     * 4: The subscriber has barred incoming messages; Vonage calls it a permanent error and says to remove the number, as only the subscriber's operator can lift the bar.
     *
     * Title: "Call Barred by User"
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    VonageDlrError[VonageDlrError["CallBarredByUser"] = 4] = "CallBarredByUser";
    /**
     * 5: A number portability problem stopped the message; Vonage says to contact the network operator.
     *
     * Title: "Portability Error"
     *
     * Failure: unknown, retry after-fix, action contact-provider (documented).
     */
    VonageDlrError[VonageDlrError["PortabilityError"] = 5] = "PortabilityError";
    /**
     * 6: A carrier's anti-spam filter blocked the message.
     *
     * Title: "Anti-Spam Rejection"
     *
     * Failure: unknown, retry after-fix, action fix-content (documented).
     */
    VonageDlrError[VonageDlrError["AntiSpamRejection"] = 6] = "AntiSpamRejection";
    /**
     * 7: The handset was busy when the message came; Vonage says to try again.
     *
     * Title: "Handset Busy"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    VonageDlrError[VonageDlrError["HandsetBusy"] = 7] = "HandsetBusy";
    /**
     * 8: A network fault stopped the message; Vonage says to try again.
     *
     * Title: "Network Error"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    VonageDlrError[VonageDlrError["NetworkError"] = 8] = "NetworkError";
    /**
     * 9: The recipient asked not to get messages from this service; treat it as an opt-out for the service.
     *
     * Title: "Illegal Number"
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    VonageDlrError[VonageDlrError["IllegalNumber"] = 9] = "IllegalNumber";
    /**
     * 10: A parameter of the message is wrong, such as the encoding flag; only a corrected message can go out.
     *
     * Title: "Illegal Message"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    VonageDlrError[VonageDlrError["IllegalMessage"] = 10] = "IllegalMessage";
    /**
     * 11: Vonage found no route that suits the message; Vonage says to contact its support.
     *
     * Title: "Unroutable"
     *
     * Failure: unknown, retry after-fix, action contact-provider (documented).
     */
    VonageDlrError[VonageDlrError["Unroutable"] = 11] = "Unroutable";
    /**
     * 12: No route to the number was found; Vonage says to check that the number is right.
     *
     * Title: "Destination Unreachable"
     *
     * Failure: permanent, retry after-fix, action verify-recipient (documented).
     */
    VonageDlrError[VonageDlrError["DestinationUnreachable"] = 12] = "DestinationUnreachable";
    /**
     * 13: An age restriction keeps the recipient from receiving this message.
     *
     * Title: "Subscriber Age Restriction"
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    VonageDlrError[VonageDlrError["SubscriberAgeRestriction"] = 13] = "SubscriberAgeRestriction";
    /**
     * 14: The carrier blocks SMS to this number; only the recipient can have SMS switched on in their plan.
     *
     * Title: "Number Blocked by Carrier"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    VonageDlrError[VonageDlrError["NumberBlockedByCarrier"] = 14] = "NumberBlockedByCarrier";
    /**
     * 15: The recipient's prepaid plan lacked the credit to receive the message.
     *
     * Title: "Prepaid Insufficient Funds"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    VonageDlrError[VonageDlrError["PrepaidInsufficientFunds"] = 15] = "PrepaidInsufficientFunds";
    /**
     * 16: A quota of gateway requests for the period was used up.
     *
     * Title: "Gateway Quota Exceeded"
     *
     * Failure: unknown, retry after-fix, action reduce-rate (inferred).
     */
    VonageDlrError[VonageDlrError["GatewayQuotaExceeded"] = 16] = "GatewayQuotaExceeded";
    /**
     * 50: A filter on the registered sending entity refused the message.
     *
     * Title: "Entity Filter"
     *
     * Failure: unknown, retry after-fix, action fix-configuration (inferred).
     */
    VonageDlrError[VonageDlrError["EntityFilter"] = 50] = "EntityFilter";
    /**
     * 51: A filter on the sender header or sender ID refused the message.
     *
     * Title: "Header Filter"
     *
     * Failure: unknown, retry after-fix, action fix-configuration (inferred).
     */
    VonageDlrError[VonageDlrError["HeaderFilter"] = 51] = "HeaderFilter";
    /**
     * 52: A filter on the message content or template refused the message.
     *
     * Title: "Content Filter"
     *
     * Failure: unknown, retry after-fix, action fix-content (inferred).
     */
    VonageDlrError[VonageDlrError["ContentFilter"] = 52] = "ContentFilter";
    /**
     * 53: A filter on recipient consent refused the message.
     *
     * Title: "Consent Filter"
     *
     * Failure: unknown, retry after-fix, action verify-recipient (inferred).
     */
    VonageDlrError[VonageDlrError["ConsentFilter"] = 53] = "ConsentFilter";
    /**
     * 54: The message was refused for a regulatory reason.
     *
     * Title: "Regulation Error"
     *
     * Failure: unknown, retry after-fix, action fix-configuration (inferred).
     */
    VonageDlrError[VonageDlrError["RegulationError"] = 54] = "RegulationError";
    /**
     * 99: A general error, usually in routing; Vonage says to contact its support.
     *
     * Title: "General Error"
     *
     * Failure: unknown, retry after-fix, action contact-provider (documented).
     */
    VonageDlrError[VonageDlrError["GeneralError"] = 99] = "GeneralError";
})(VonageDlrError || (VonageDlrError = {}));
/** Catalog metadata of every Vonage SMS code. */
export const vonageTable = {
    0: { code: 0, name: "Delivered", title: "Delivered", summary: "The message reached the handset.", outcome: "delivered", action: "none", basis: "documented", sources: [{ doc: "reference/vonage-sms-dlr-codes.json", section: "dlr_error_codes / code 0" }] },
    1: { code: 1, name: "Unknown", title: "Unknown", summary: "The message was not delivered and no reason could be found.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "investigate", basis: "inferred", sources: [{ doc: "reference/vonage-sms-dlr-codes.json", section: "dlr_error_codes / code 1" }], note: "No handling is given; retry after-fix is the cautious default." },
    2: { code: 2, name: "AbsentSubscriberTemporary", title: "Absent Subscriber - Temporary", summary: "The handset could not be reached for now, for example switched off; Vonage says to try again.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/vonage-sms-dlr-codes.json", section: "dlr_error_codes / code 2" }] },
    3: { code: 3, name: "AbsentSubscriberPermanent", title: "Absent Subscriber - Permanent", summary: "The number is no longer in service; Vonage says to remove it from your records.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/vonage-sms-dlr-codes.json", section: "dlr_error_codes / code 3" }], note: "Vonage says to remove the number from your database." },
    4: { code: 4, name: "CallBarredByUser", title: "Call Barred by User", summary: "The subscriber has barred incoming messages; Vonage calls it a permanent error and says to remove the number, as only the subscriber's operator can lift the bar.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/vonage-sms-dlr-codes.json", section: "dlr_error_codes / code 4" }], note: "Vonage says to remove the number from your database." },
    5: { code: 5, name: "PortabilityError", title: "Portability Error", summary: "A number portability problem stopped the message; Vonage says to contact the network operator.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "contact-provider", basis: "documented", sources: [{ doc: "reference/vonage-sms-dlr-codes.json", section: "dlr_error_codes / code 5" }] },
    6: { code: 6, name: "AntiSpamRejection", title: "Anti-Spam Rejection", summary: "A carrier's anti-spam filter blocked the message.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "reference/vonage-sms-dlr-codes.json", section: "dlr_error_codes / code 6" }] },
    7: { code: 7, name: "HandsetBusy", title: "Handset Busy", summary: "The handset was busy when the message came; Vonage says to try again.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/vonage-sms-dlr-codes.json", section: "dlr_error_codes / code 7" }] },
    8: { code: 8, name: "NetworkError", title: "Network Error", summary: "A network fault stopped the message; Vonage says to try again.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/vonage-sms-dlr-codes.json", section: "dlr_error_codes / code 8" }] },
    9: { code: 9, name: "IllegalNumber", title: "Illegal Number", summary: "The recipient asked not to get messages from this service; treat it as an opt-out for the service.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/vonage-sms-dlr-codes.json", section: "dlr_error_codes / code 9" }] },
    10: { code: 10, name: "IllegalMessage", title: "Illegal Message", summary: "A parameter of the message is wrong, such as the encoding flag; only a corrected message can go out.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "reference/vonage-sms-dlr-codes.json", section: "dlr_error_codes / code 10" }], conflicts: [{ source: { doc: "reference/vonage-sms-dlr-codes.json", section: "dlr_error_codes / code 10" }, says: "Other versions of Vonage's docs and client libraries call code 10 'Invalid Message'.", resolution: "Both titles describe a message Vonage refused as malformed; the code and its handling are the same, so the catalog keeps the current title." }], note: "Permanent for this message; the number is fine." },
    11: { code: 11, name: "Unroutable", title: "Unroutable", summary: "Vonage found no route that suits the message; Vonage says to contact its support.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "contact-provider", basis: "documented", sources: [{ doc: "reference/vonage-sms-dlr-codes.json", section: "dlr_error_codes / code 11" }] },
    12: { code: 12, name: "DestinationUnreachable", title: "Destination Unreachable", summary: "No route to the number was found; Vonage says to check that the number is right.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "verify-recipient", basis: "documented", sources: [{ doc: "reference/vonage-sms-dlr-codes.json", section: "dlr_error_codes / code 12" }], note: "Permanent unless the number itself was wrong. Older docs spell the title 'Destination Un-Reachable'." },
    13: { code: 13, name: "SubscriberAgeRestriction", title: "Subscriber Age Restriction", summary: "An age restriction keeps the recipient from receiving this message.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/vonage-sms-dlr-codes.json", section: "dlr_error_codes / code 13" }] },
    14: { code: 14, name: "NumberBlockedByCarrier", title: "Number Blocked by Carrier", summary: "The carrier blocks SMS to this number; only the recipient can have SMS switched on in their plan.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/vonage-sms-dlr-codes.json", section: "dlr_error_codes / code 14" }], note: "Permanent until the recipient asks the carrier to enable SMS." },
    15: { code: 15, name: "PrepaidInsufficientFunds", title: "Prepaid Insufficient Funds", summary: "The recipient's prepaid plan lacked the credit to receive the message.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/vonage-sms-dlr-codes.json", section: "dlr_error_codes / code 15" }], note: "Older docs spell the title 'Pre-Paid - Insufficent funds'." },
    16: { code: 16, name: "GatewayQuotaExceeded", title: "Gateway Quota Exceeded", summary: "A quota of gateway requests for the period was used up.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "reduce-rate", basis: "inferred", sources: [{ doc: "reference/vonage-sms-dlr-codes.json", section: "dlr_error_codes / code 16" }], note: "Vonage publishes only a title for this code; retry after-fix is the cautious default." },
    50: { code: 50, name: "EntityFilter", title: "Entity Filter", summary: "A filter on the registered sending entity refused the message.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "reference/vonage-sms-dlr-codes.json", section: "dlr_error_codes / code 50" }], note: "Vonage publishes only a title for this code; retry after-fix is the cautious default." },
    51: { code: 51, name: "HeaderFilter", title: "Header Filter", summary: "A filter on the sender header or sender ID refused the message.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "reference/vonage-sms-dlr-codes.json", section: "dlr_error_codes / code 51" }], note: "Vonage publishes only a title for this code; retry after-fix is the cautious default." },
    52: { code: 52, name: "ContentFilter", title: "Content Filter", summary: "A filter on the message content or template refused the message.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "reference/vonage-sms-dlr-codes.json", section: "dlr_error_codes / code 52" }], note: "Vonage publishes only a title for this code; retry after-fix is the cautious default." },
    53: { code: 53, name: "ConsentFilter", title: "Consent Filter", summary: "A filter on recipient consent refused the message.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "verify-recipient", basis: "inferred", sources: [{ doc: "reference/vonage-sms-dlr-codes.json", section: "dlr_error_codes / code 53" }], note: "Vonage publishes only a title for this code; retry after-fix is the cautious default." },
    54: { code: 54, name: "RegulationError", title: "Regulation Error", summary: "The message was refused for a regulatory reason.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "reference/vonage-sms-dlr-codes.json", section: "dlr_error_codes / code 54" }], note: "Vonage publishes only a title for this code; retry after-fix is the cautious default." },
    99: { code: 99, name: "GeneralError", title: "General Error", summary: "A general error, usually in routing; Vonage says to contact its support.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "contact-provider", basis: "documented", sources: [{ doc: "reference/vonage-sms-dlr-codes.json", section: "dlr_error_codes / code 99" }] },
};
/** Vonage SMS: header and every entry, for tools that walk the catalog. */
export const vonageFamily = { ...{ id: "vonage", displayName: "Vonage SMS", description: "Vonage (Nexmo) SMS delivery-receipt error codes: the DLR 'err-code'.", enumName: "VonageDlrError", codeType: "number", sentAsString: true, nameHints: ["vonage", "nexmo", "dlr"], channels: [], groups: [] }, entries: Object.values(vonageTable) };
/** Whether `value` is a Vonage SMS code. */
export function isVonageDlrErrorCode(value) {
    return typeof value === 'number' && Object.hasOwn(vonageTable, value);
}
/** Whether `value` is the code of a permanent Vonage SMS failure. */
export function isPermanentVonageDlrErrorCode(value) {
    if (!(typeof value === 'number') || !Object.hasOwn(vonageTable, value))
        return false;
    const entry = vonageTable[value];
    return entry.outcome === 'failed' && entry.permanence === 'permanent';
}
/** Whether `value` is a Vonage SMS failure that may be sent again unchanged. */
export function isRetryableVonageDlrErrorCode(value) {
    if (!(typeof value === 'number') || !Object.hasOwn(vonageTable, value))
        return false;
    const entry = vonageTable[value];
    return entry.outcome === 'failed' && (entry.retry === 'safe' || entry.retry === 'provider-retries');
}
/** Whether `value` is a Vonage SMS code in its text form (`"30007"`). */
export function isVonageDlrErrorCodeString(value) {
    return typeof value === 'string' && /^\d+$/.test(value) && Object.hasOwn(vonageTable, value);
}
