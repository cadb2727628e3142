/**
 * Postmark codes by name. Postmark bounce types, as the Type strings of bounce webhooks (e.g. 'HardBounce').
 *
 * @deliveryCodes postmark
 */
export var PostmarkBounceType;
(function (PostmarkBounceType) {
    /**
     * AddressChange: The recipient tells of a new address; the stored one should be updated.
     *
     * Title: "Address change"
     *
     * Outcome: unknown.
     */
    PostmarkBounceType["AddressChange"] = "AddressChange";
    /**
     * AutoResponder: An automatic reply came back, such as an out-of-office or vacation notice.
     *
     * Title: "Auto responder"
     *
     * Outcome: unknown.
     */
    PostmarkBounceType["AutoResponder"] = "AutoResponder";
    /**
     * BadEmailAddress: The address is not a valid email address.
     *
     * Title: "Invalid email address"
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    PostmarkBounceType["BadEmailAddress"] = "BadEmailAddress";
    /**
     * Blocked: The mailbox provider blocked the mail for its content or a blocklist listing.
     *
     * Title: "ISP block"
     *
     * Failure: unknown, retry after-fix, action investigate (documented).
     */
    PostmarkBounceType["Blocked"] = "Blocked";
    /**
     * ChallengeVerification: A challenge-response filter asks the sender to prove that it sent the message.
     *
     * Title: "Spam challenge verification"
     *
     * Failure: unknown, retry after-fix, action investigate (documented).
     */
    PostmarkBounceType["ChallengeVerification"] = "ChallengeVerification";
    /**
     * DMARCPolicy: The message was refused under the sender domain's DMARC policy.
     *
     * Title: "DMARC Policy"
     *
     * Failure: unknown, retry after-fix, action fix-configuration (documented).
     */
    PostmarkBounceType["DMARCPolicy"] = "DMARCPolicy";
    /**
     * DnsError: A temporary DNS failure stopped delivery.
     *
     * Title: "DNS error"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    PostmarkBounceType["DnsError"] = "DnsError";
    /**
     * HardBounce: The receiving server could not deliver to the address, for example an unknown user; Postmark deactivates it.
     *
     * Title: "Hard bounce"
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    PostmarkBounceType["HardBounce"] = "HardBounce";
    /**
     * InboundError: An inbound message could not be handed to the configured inbound webhook.
     *
     * Title: "Processing failed"
     *
     * Failure: unknown, retry after-fix, action fix-configuration (documented).
     */
    PostmarkBounceType["InboundError"] = "InboundError";
    /**
     * ManuallyDeactivated: Someone deactivated the address by hand.
     *
     * Title: "Manually deactivated"
     *
     * Failure: unknown, retry never, action suppress-recipient (documented).
     */
    PostmarkBounceType["ManuallyDeactivated"] = "ManuallyDeactivated";
    /**
     * OpenRelayTest: The returned message was a test of whether the server is an open relay.
     *
     * Title: "Open relay test"
     *
     * Outcome: unknown.
     */
    PostmarkBounceType["OpenRelayTest"] = "OpenRelayTest";
    /**
     * SMTPApiError: Postmark hit an error while taking the message in through its SMTP interface.
     *
     * Title: "SMTP API error"
     *
     * Failure: unknown, retry after-fix, action fix-request (documented).
     */
    PostmarkBounceType["SMTPApiError"] = "SMTPApiError";
    /**
     * SoftBounce: The address cannot take mail for now: mailbox full, account disabled, over quota or out of storage.
     *
     * Title: "Soft bounce"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    PostmarkBounceType["SoftBounce"] = "SoftBounce";
    /**
     * SpamComplaint: The recipient marked the message as spam; Postmark deactivates the address for good (it cannot be reactivated).
     *
     * Title: "Spam complaint"
     *
     * Outcome: delivered.
     */
    PostmarkBounceType["SpamComplaint"] = "SpamComplaint";
    /**
     * SpamNotification: The receiving side filtered or blocked the message as spam or bulk mail; the address stays active and works again once the filter lets the mail through.
     *
     * Title: "Spam notification"
     *
     * Failure: unknown, retry after-fix, action investigate (documented).
     */
    PostmarkBounceType["SpamNotification"] = "SpamNotification";
    /**
     * Subscribe: The reply asked to be added to a list.
     *
     * Title: "Subscribe request"
     *
     * Outcome: unknown.
     */
    PostmarkBounceType["Subscribe"] = "Subscribe";
    /**
     * TemplateRenderingFailed: The Postmark template could not be rendered with the model given.
     *
     * Title: "Template rendering failed"
     *
     * Failure: unknown, retry after-fix, action fix-request (documented).
     */
    PostmarkBounceType["TemplateRenderingFailed"] = "TemplateRenderingFailed";
    /**
     * Transient: Delivery was held up for now, for example by network trouble at the receiving end.
     *
     * Title: "Message delayed"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    PostmarkBounceType["Transient"] = "Transient";
    /**
     * Unconfirmed: The subscriber never confirmed the registration or import.
     *
     * Title: "Registration not confirmed"
     *
     * Failure: unknown, retry after-fix, action verify-recipient (documented).
     */
    PostmarkBounceType["Unconfirmed"] = "Unconfirmed";
    /**
     * Unknown: Postmark could not classify the bounce.
     *
     * Title: "Unknown"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PostmarkBounceType["Unknown"] = "Unknown";
    /**
     * Unsubscribe: The reply asked to unsubscribe or to be removed.
     *
     * Title: "Unsubscribe request"
     *
     * Outcome: unknown.
     */
    PostmarkBounceType["Unsubscribe"] = "Unsubscribe";
    /**
     * VirusNotification: The receiving side reported the message as carrying a virus.
     *
     * Title: "Virus notification"
     *
     * Failure: unknown, retry after-fix, action fix-content (documented).
     */
    PostmarkBounceType["VirusNotification"] = "VirusNotification";
})(PostmarkBounceType || (PostmarkBounceType = {}));
/** Catalog metadata of every Postmark code. */
export const postmarkTable = {
    "AddressChange": { code: "AddressChange", name: "AddressChange", title: "Address change", summary: "The recipient tells of a new address; the stored one should be updated.", outcome: "unknown", retry: "after-fix", action: "verify-recipient", basis: "documented", sources: [{ doc: "reference/postmark-bounce-types.json", section: "entries / AddressChange" }], note: "TypeCode 128." },
    "AutoResponder": { code: "AutoResponder", name: "AutoResponder", title: "Auto responder", summary: "An automatic reply came back, such as an out-of-office or vacation notice.", outcome: "unknown", action: "none", basis: "documented", sources: [{ doc: "reference/postmark-bounce-types.json", section: "entries / AutoResponder" }], note: "TypeCode 64." },
    "BadEmailAddress": { code: "BadEmailAddress", name: "BadEmailAddress", title: "Invalid email address", summary: "The address is not a valid email address.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/postmark-bounce-types.json", section: "entries / BadEmailAddress" }], note: "TypeCode 100000." },
    "Blocked": { code: "Blocked", name: "Blocked", title: "ISP block", summary: "The mailbox provider blocked the mail for its content or a blocklist listing.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "investigate", basis: "documented", sources: [{ doc: "reference/postmark-bounce-types.json", section: "entries / Blocked" }], note: "TypeCode 100006." },
    "ChallengeVerification": { code: "ChallengeVerification", name: "ChallengeVerification", title: "Spam challenge verification", summary: "A challenge-response filter asks the sender to prove that it sent the message.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "investigate", basis: "documented", sources: [{ doc: "reference/postmark-bounce-types.json", section: "entries / ChallengeVerification" }], conflicts: [{ source: { doc: "reference/postmark-bounce-types.json", section: "notes" }, says: "Postmark's published OpenAPI enum for the bounce type filter lists 'MailFrontier Matador.' in the place of this type.", resolution: "The client library and the bounce API docs name the type ChallengeVerification, which is what bounce webhooks carry." }], note: "TypeCode 16384." },
    "DMARCPolicy": { code: "DMARCPolicy", name: "DMARCPolicy", title: "DMARC Policy", summary: "The message was refused under the sender domain's DMARC policy.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/postmark-bounce-types.json", section: "entries / DMARCPolicy" }], note: "TypeCode 100009." },
    "DnsError": { code: "DnsError", name: "DnsError", title: "DNS error", summary: "A temporary DNS failure stopped delivery.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/postmark-bounce-types.json", section: "entries / DnsError" }], note: "TypeCode 256." },
    "HardBounce": { code: "HardBounce", name: "HardBounce", title: "Hard bounce", summary: "The receiving server could not deliver to the address, for example an unknown user; Postmark deactivates it.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/postmark-bounce-types.json", section: "entries / HardBounce" }], note: "TypeCode 1. Postmark deactivates the address and it can be reactivated." },
    "InboundError": { code: "InboundError", name: "InboundError", title: "Processing failed", summary: "An inbound message could not be handed to the configured inbound webhook.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/postmark-bounce-types.json", section: "entries / InboundError" }], note: "TypeCode 100008." },
    "ManuallyDeactivated": { code: "ManuallyDeactivated", name: "ManuallyDeactivated", title: "Manually deactivated", summary: "Someone deactivated the address by hand.", outcome: "failed", permanence: "unknown", retry: "never", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/postmark-bounce-types.json", section: "entries / ManuallyDeactivated" }], note: "TypeCode 100002. Postmark deactivates the address and it can be reactivated." },
    "OpenRelayTest": { code: "OpenRelayTest", name: "OpenRelayTest", title: "Open relay test", summary: "The returned message was a test of whether the server is an open relay.", outcome: "unknown", action: "none", basis: "documented", sources: [{ doc: "reference/postmark-bounce-types.json", section: "entries / OpenRelayTest" }], note: "TypeCode 1024." },
    "SMTPApiError": { code: "SMTPApiError", name: "SMTPApiError", title: "SMTP API error", summary: "Postmark hit an error while taking the message in through its SMTP interface.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/postmark-bounce-types.json", section: "entries / SMTPApiError" }], note: "TypeCode 100007." },
    "SoftBounce": { code: "SoftBounce", name: "SoftBounce", title: "Soft bounce", summary: "The address cannot take mail for now: mailbox full, account disabled, over quota or out of storage.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/postmark-bounce-types.json", section: "entries / SoftBounce" }], note: "TypeCode 4096. Postmark's support pages also call it 's docs also show the name as '." },
    "SpamComplaint": { code: "SpamComplaint", name: "SpamComplaint", title: "Spam complaint", summary: "The recipient marked the message as spam; Postmark deactivates the address for good (it cannot be reactivated).", outcome: "delivered", retry: "never", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/postmark-bounce-types.json", section: "entries / SpamComplaint" }], note: "TypeCode 100001. Postmark deactivates the address; it cannot be reactivated." },
    "SpamNotification": { code: "SpamNotification", name: "SpamNotification", title: "Spam notification", summary: "The receiving side filtered or blocked the message as spam or bulk mail; the address stays active and works again once the filter lets the mail through.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "investigate", basis: "documented", sources: [{ doc: "reference/postmark-bounce-types.json", section: "entries / SpamNotification" }], note: "TypeCode 512." },
    "Subscribe": { code: "Subscribe", name: "Subscribe", title: "Subscribe request", summary: "The reply asked to be added to a list.", outcome: "unknown", action: "none", basis: "documented", sources: [{ doc: "reference/postmark-bounce-types.json", section: "entries / Subscribe" }], note: "TypeCode 32." },
    "TemplateRenderingFailed": { code: "TemplateRenderingFailed", name: "TemplateRenderingFailed", title: "Template rendering failed", summary: "The Postmark template could not be rendered with the model given.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "fix-request", phase: "before-sending", basis: "documented", sources: [{ doc: "reference/postmark-bounce-types.json", section: "entries / TemplateRenderingFailed" }], note: "TypeCode 100010." },
    "Transient": { code: "Transient", name: "Transient", title: "Message delayed", summary: "Delivery was held up for now, for example by network trouble at the receiving end.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/postmark-bounce-types.json", section: "entries / Transient" }], note: "TypeCode 2. Postmark's support pages also call it 's support pages also label this type '." },
    "Unconfirmed": { code: "Unconfirmed", name: "Unconfirmed", title: "Registration not confirmed", summary: "The subscriber never confirmed the registration or import.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "verify-recipient", basis: "documented", sources: [{ doc: "reference/postmark-bounce-types.json", section: "entries / Unconfirmed" }], note: "TypeCode 100003." },
    "Unknown": { code: "Unknown", name: "Unknown", title: "Unknown", summary: "Postmark could not classify the bounce.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "investigate", basis: "inferred", sources: [{ doc: "reference/postmark-bounce-types.json", section: "entries / Unknown" }], note: "TypeCode 2048. No handling is given; retry after-fix is the cautious default." },
    "Unsubscribe": { code: "Unsubscribe", name: "Unsubscribe", title: "Unsubscribe request", summary: "The reply asked to unsubscribe or to be removed.", outcome: "unknown", retry: "never", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/postmark-bounce-types.json", section: "entries / Unsubscribe" }], note: "TypeCode 16." },
    "VirusNotification": { code: "VirusNotification", name: "VirusNotification", title: "Virus notification", summary: "The receiving side reported the message as carrying a virus.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "reference/postmark-bounce-types.json", section: "entries / VirusNotification" }], note: "TypeCode 8192." },
};
/** Postmark: header and every entry, for tools that walk the catalog. */
export const postmarkFamily = { ...{ id: "postmark", displayName: "Postmark", description: "Postmark bounce types, as the Type strings of bounce webhooks (e.g. 'HardBounce').", enumName: "PostmarkBounceType", codeType: "string", sentAsString: false, nameHints: ["postmark"], channels: [], groups: [] }, entries: Object.values(postmarkTable) };
/** Whether `value` is a Postmark code. */
export function isPostmarkBounceTypeCode(value) {
    return typeof value === 'string' && Object.hasOwn(postmarkTable, value);
}
/** Whether `value` is the code of a permanent Postmark failure. */
export function isPermanentPostmarkBounceTypeCode(value) {
    if (!(typeof value === 'string') || !Object.hasOwn(postmarkTable, value))
        return false;
    const entry = postmarkTable[value];
    return entry.outcome === 'failed' && entry.permanence === 'permanent';
}
/** Whether `value` is a Postmark failure that may be sent again unchanged. */
export function isRetryablePostmarkBounceTypeCode(value) {
    if (!(typeof value === 'string') || !Object.hasOwn(postmarkTable, value))
        return false;
    const entry = postmarkTable[value];
    return entry.outcome === 'failed' && (entry.retry === 'safe' || entry.retry === 'provider-retries');
}
