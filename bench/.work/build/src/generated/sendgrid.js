/**
 * Twilio SendGrid codes by name. SendGrid Event Webhook values: bounce classifications, event names and drop reasons.
 *
 * @deliveryCodes sendgrid
 */
export var SendGridDelivery;
(function (SendGridDelivery) {
    /**
     * Bounced Address: The recipient is on the Bounces suppression list.
     *
     * Failure: unknown, retry after-fix, action suppress-recipient (inferred).
     */
    SendGridDelivery["BouncedAddress"] = "Bounced Address";
    /**
     * Content: The receiving provider objected to the message itself: links or shorteners, size, attachments, an image-heavy layout or spam-like wording.
     *
     * Failure: unknown, retry after-fix, action fix-content (documented).
     */
    SendGridDelivery["Content"] = "Content";
    /**
     * Duplicate message: Marketing campaigns only: the same recipient was on several lists of one campaign, so the copies were dropped.
     *
     * Failure: unknown, retry after-fix, action none (inferred).
     */
    SendGridDelivery["DuplicateMessage"] = "Duplicate message";
    /**
     * Frequency or Volume Too High: Another spelling of the 'Frequency/Volume' classification. The receiving provider will not take this many messages this fast; usually for now, for good if the limits are far exceeded.
     *
     * Failure: transient, retry safe, action reduce-rate (documented).
     */
    SendGridDelivery["FrequencyOrVolumeTooHigh"] = "Frequency or Volume Too High";
    /**
     * Frequency/Volume: The receiving provider will not take this many messages this fast; usually for now, for good if the limits are far exceeded.
     *
     * Failure: transient, retry safe, action reduce-rate (documented).
     */
    SendGridDelivery["FrequencyVolume"] = "Frequency/Volume";
    /**
     * Frequency/Volume Too High: Another spelling of the 'Frequency/Volume' classification. The receiving provider will not take this many messages this fast; usually for now, for good if the limits are far exceeded.
     *
     * Failure: transient, retry safe, action reduce-rate (documented).
     */
    SendGridDelivery["FrequencyVolumeTooHigh"] = "Frequency/Volume Too High";
    /**
     * Invalid: The recipient is on the Invalid Emails list.
     *
     * Failure: unknown, retry after-fix, action suppress-recipient (inferred).
     */
    SendGridDelivery["Invalid"] = "Invalid";
    /**
     * Invalid Address: The address is malformed or its mailbox does not exist, including mailboxes removed after long inactivity; SendGrid counts these as hard bounces.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    SendGridDelivery["InvalidAddress"] = "Invalid Address";
    /**
     * Invalid SMTPAPI header: The X-SMTPAPI header of the message was malformed.
     *
     * Failure: unknown, retry after-fix, action fix-request (inferred).
     */
    SendGridDelivery["InvalidSmtpapiHeader"] = "Invalid SMTPAPI header";
    /**
     * Mailbox Unavailable: The mailbox exists but is full, deactivated or suspended; the address is not invalid, and SendGrid does not suppress it.
     *
     * Failure: unknown, retry safe, action retry-later (documented).
     */
    SendGridDelivery["MailboxUnavailable"] = "Mailbox Unavailable";
    /**
     * Recipient List over Package Quota: The send went over the plan's recipient quota.
     *
     * Failure: unknown, retry after-fix, action top-up (inferred).
     */
    SendGridDelivery["RecipientListOverPackageQuota"] = "Recipient List over Package Quota";
    /**
     * Reputation: The receiving provider refused mail because of the sending IP's or domain's reputation: engagement, complaints, sudden volume, IPs not warmed up.
     *
     * Failure: unknown, retry after-fix, action investigate (documented).
     */
    SendGridDelivery["Reputation"] = "Reputation";
    /**
     * Spam Content: The Spam Checker filter, where switched on, flagged the message.
     *
     * Failure: unknown, retry after-fix, action fix-content (inferred).
     */
    SendGridDelivery["SpamContent"] = "Spam Content";
    /**
     * Spam Reporting Address: The recipient reported spam before.
     *
     * Failure: unknown, retry after-fix, action suppress-recipient (inferred).
     */
    SendGridDelivery["SpamReportingAddress"] = "Spam Reporting Address";
    /**
     * Technical: A technical fault on either side: the sender's DNS or authentication records, a passing DNS or network failure, a dropped connection or an outage.
     *
     * Failure: transient, retry after-fix, action fix-configuration (documented).
     */
    SendGridDelivery["Technical"] = "Technical";
    /**
     * Technical Failure: Another spelling of the 'Technical' classification. A technical fault on either side: the sender's DNS or authentication records, a passing DNS or network failure, a dropped connection or an outage.
     *
     * Failure: transient, retry after-fix, action fix-configuration (documented).
     */
    SendGridDelivery["TechnicalFailure"] = "Technical Failure";
    /**
     * Unclassified: The rejection text was too vague to file under a classification (for example '550 There was a problem').
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SendGridDelivery["Unclassified"] = "Unclassified";
    /**
     * Unsubscribed Address: The recipient is on an unsubscribe list.
     *
     * Failure: unknown, retry after-fix, action suppress-recipient (inferred).
     */
    SendGridDelivery["UnsubscribedAddress"] = "Unsubscribed Address";
    /**
     * account_status_change: The sending account's status changed for compliance reasons, for example a compliance suspension.
     *
     * Outcome: unknown.
     */
    SendGridDelivery["AccountStatusChange"] = "account_status_change";
    /**
     * bounce: Delivery failed: the type field says bounce (permanent, suppressed) or blocked (temporary, not suppressed) and bounce_classification gives the reason.
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SendGridDelivery["Bounce"] = "bounce";
    /**
     * click: The recipient clicked a tracked link.
     *
     * Outcome: read.
     */
    SendGridDelivery["Click"] = "click";
    /**
     * deferred: The receiving server refused the message for now; SendGrid keeps trying and reports the attempt number.
     *
     * Outcome: pending.
     */
    SendGridDelivery["Deferred"] = "deferred";
    /**
     * delivered: The receiving server accepted the message.
     *
     * Outcome: delivered.
     */
    SendGridDelivery["Delivered"] = "delivered";
    /**
     * dropped: SendGrid did not send the message at all (suppressed or invalid recipient, bad SMTPAPI header, spam content, quota); it still counts toward the plan.
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SendGridDelivery["Dropped"] = "dropped";
    /**
     * group_resubscribe: The recipient subscribed again to an unsubscribe group.
     *
     * Outcome: delivered.
     */
    SendGridDelivery["GroupResubscribe"] = "group_resubscribe";
    /**
     * group_unsubscribe: The recipient unsubscribed from one unsubscribe group.
     *
     * Outcome: delivered.
     */
    SendGridDelivery["GroupUnsubscribe"] = "group_unsubscribe";
    /**
     * open: The recipient opened the HTML message (with open tracking on).
     *
     * Outcome: read.
     */
    SendGridDelivery["Open"] = "open";
    /**
     * processed: SendGrid accepted the message and will try to deliver it.
     *
     * Outcome: accepted.
     */
    SendGridDelivery["Processed"] = "processed";
    /**
     * spamreport: The recipient marked the message as spam; SendGrid puts the address on its Spam Reports list.
     *
     * Outcome: delivered.
     */
    SendGridDelivery["SpamReport"] = "spamreport";
    /**
     * unsubscribe: The recipient unsubscribed from all mail (global unsubscribe).
     *
     * Outcome: delivered.
     */
    SendGridDelivery["Unsubscribe"] = "unsubscribe";
})(SendGridDelivery || (SendGridDelivery = {}));
/** Catalog metadata of every Twilio SendGrid code. */
export const sendgridTable = {
    "Bounced Address": { code: "Bounced Address", group: "drop-reason", name: "BouncedAddress", summary: "The recipient is on the Bounces suppression list.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "suppress-recipient", phase: "before-sending", basis: "inferred", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "drop_reasons / Bounced Address" }] },
    "Content": { code: "Content", group: "bounce-classification", name: "Content", summary: "The receiving provider objected to the message itself: links or shorteners, size, attachments, an image-heavy layout or spam-like wording.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "bounce_classifications / Content" }], note: "Tied to this message rather than the address; SendGrid states no permanence." },
    "Duplicate message": { code: "Duplicate message", group: "drop-reason", name: "DuplicateMessage", summary: "Marketing campaigns only: the same recipient was on several lists of one campaign, so the copies were dropped.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "none", phase: "before-sending", basis: "inferred", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "drop_reasons / Duplicate message" }], note: "The recipient still gets one copy; nothing needs to be resent." },
    "Frequency or Volume Too High": { code: "Frequency or Volume Too High", group: "bounce-classification", name: "FrequencyOrVolumeTooHigh", summary: "Another spelling of the 'Frequency/Volume' classification. The receiving provider will not take this many messages this fast; usually for now, for good if the limits are far exceeded.", outcome: "failed", permanence: "transient", retry: "safe", action: "reduce-rate", basis: "documented", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "bounce_classifications / Frequency/Volume Too High" }], conflicts: [{ source: { doc: "reference/sendgrid-bounce-classifications.json", section: "notes" }, says: "SendGrid's Event Webhook reference spells this classification 'Frequency/Volume'.", resolution: "'Frequency or Volume Too High' is the spelling of the v3 API enum; both spellings are kept so that either one is recognised, classified alike." }] },
    "Frequency/Volume": { code: "Frequency/Volume", group: "bounce-classification", name: "FrequencyVolume", summary: "The receiving provider will not take this many messages this fast; usually for now, for good if the limits are far exceeded.", outcome: "failed", permanence: "transient", retry: "safe", action: "reduce-rate", basis: "documented", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "bounce_classifications / Frequency/Volume Too High" }], conflicts: [{ source: { doc: "reference/sendgrid-bounce-classifications.json", section: "notes" }, says: "The v3 API enum spells this classification 'Frequency or Volume Too High' and the classification docs 'Frequency/Volume Too High'.", resolution: "The code is the spelling of the Event Webhook reference, which is what webhook handlers compare; the other spellings have entries of their own with the same classification." }], note: "Usually temporary, as SendGrid describes it; the bounce event's type (bounce or blocked) says what happened this time." },
    "Frequency/Volume Too High": { code: "Frequency/Volume Too High", group: "bounce-classification", name: "FrequencyVolumeTooHigh", summary: "Another spelling of the 'Frequency/Volume' classification. The receiving provider will not take this many messages this fast; usually for now, for good if the limits are far exceeded.", outcome: "failed", permanence: "transient", retry: "safe", action: "reduce-rate", basis: "documented", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "bounce_classifications / Frequency/Volume Too High" }], conflicts: [{ source: { doc: "reference/sendgrid-bounce-classifications.json", section: "notes" }, says: "SendGrid's Event Webhook reference spells this classification 'Frequency/Volume'.", resolution: "'Frequency/Volume Too High' is the spelling of the classification docs; both spellings are kept so that either one is recognised, classified alike." }] },
    "Invalid": { code: "Invalid", group: "drop-reason", name: "Invalid", summary: "The recipient is on the Invalid Emails list.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "suppress-recipient", phase: "before-sending", basis: "inferred", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "drop_reasons / Invalid" }], conflicts: [{ source: { doc: "reference/sendgrid-bounce-classifications.json", section: "drop_reasons / Invalid" }, says: "Newer SendGrid docs name this drop reason 'Invalid Address'.", resolution: "Kept as 'Invalid': 'Invalid Address' is already the code of the bounce classification of that name, and one family holds each code once; a reason of 'Invalid Address' is therefore read as that classification." }] },
    "Invalid Address": { code: "Invalid Address", group: "bounce-classification", name: "InvalidAddress", summary: "The address is malformed or its mailbox does not exist, including mailboxes removed after long inactivity; SendGrid counts these as hard bounces.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "bounce_classifications / Invalid Address" }] },
    "Invalid SMTPAPI header": { code: "Invalid SMTPAPI header", group: "drop-reason", name: "InvalidSmtpapiHeader", summary: "The X-SMTPAPI header of the message was malformed.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "fix-request", phase: "before-sending", basis: "inferred", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "drop_reasons / Invalid SMTPAPI header" }] },
    "Mailbox Unavailable": { code: "Mailbox Unavailable", group: "bounce-classification", name: "MailboxUnavailable", summary: "The mailbox exists but is full, deactivated or suspended; the address is not invalid, and SendGrid does not suppress it.", outcome: "failed", permanence: "unknown", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "bounce_classifications / Mailbox Unavailable" }], note: "SendGrid suggests suppressing the address yourself after about three to five such rejections. Temporary or long-lasting: SendGrid states no permanence for it." },
    "Recipient List over Package Quota": { code: "Recipient List over Package Quota", group: "drop-reason", name: "RecipientListOverPackageQuota", summary: "The send went over the plan's recipient quota.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "top-up", phase: "before-sending", basis: "inferred", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "drop_reasons / Recipient List over Package Quota" }] },
    "Reputation": { code: "Reputation", group: "bounce-classification", name: "Reputation", summary: "The receiving provider refused mail because of the sending IP's or domain's reputation: engagement, complaints, sudden volume, IPs not warmed up.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "investigate", basis: "documented", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "bounce_classifications / Reputation" }], note: "Tied to the sender's reputation rather than the address; SendGrid states no permanence." },
    "Spam Content": { code: "Spam Content", group: "drop-reason", name: "SpamContent", summary: "The Spam Checker filter, where switched on, flagged the message.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "fix-content", phase: "before-sending", basis: "inferred", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "drop_reasons / Spam Content" }] },
    "Spam Reporting Address": { code: "Spam Reporting Address", group: "drop-reason", name: "SpamReportingAddress", summary: "The recipient reported spam before.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "suppress-recipient", phase: "before-sending", basis: "inferred", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "drop_reasons / Spam Reporting Address" }] },
    "Technical": { code: "Technical", group: "bounce-classification", name: "Technical", summary: "A technical fault on either side: the sender's DNS or authentication records, a passing DNS or network failure, a dropped connection or an outage.", outcome: "failed", permanence: "transient", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "bounce_classifications / Technical" }], conflicts: [{ source: { doc: "reference/sendgrid-bounce-classifications.json", section: "notes" }, says: "The v3 API enum spells this classification 'Technical Failure' and the classification docs 'Technical'.", resolution: "The code is the spelling of the Event Webhook reference, which is what webhook handlers compare; the other spellings have entries of their own with the same classification." }], note: "Usually temporary, as SendGrid describes it; the bounce event's type (bounce or blocked) says what happened this time." },
    "Technical Failure": { code: "Technical Failure", group: "bounce-classification", name: "TechnicalFailure", summary: "Another spelling of the 'Technical' classification. A technical fault on either side: the sender's DNS or authentication records, a passing DNS or network failure, a dropped connection or an outage.", outcome: "failed", permanence: "transient", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "bounce_classifications / Technical" }], conflicts: [{ source: { doc: "reference/sendgrid-bounce-classifications.json", section: "notes" }, says: "SendGrid's Event Webhook reference spells this classification 'Technical'.", resolution: "'Technical Failure' is the spelling of the v3 API enum; both spellings are kept so that either one is recognised, classified alike." }] },
    "Unclassified": { code: "Unclassified", group: "bounce-classification", name: "Unclassified", summary: "The rejection text was too vague to file under a classification (for example '550 There was a problem').", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "investigate", basis: "inferred", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "bounce_classifications / Unclassified" }], note: "No handling is given; retry after-fix is the cautious default until the reason text has been read." },
    "Unsubscribed Address": { code: "Unsubscribed Address", group: "drop-reason", name: "UnsubscribedAddress", summary: "The recipient is on an unsubscribe list.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "suppress-recipient", phase: "before-sending", basis: "inferred", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "drop_reasons / Unsubscribed Address" }] },
    "account_status_change": { code: "account_status_change", group: "event", name: "AccountStatusChange", summary: "The sending account's status changed for compliance reasons, for example a compliance suspension.", outcome: "unknown", action: "contact-provider", basis: "documented", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "event_types / account_status_change" }] },
    "bounce": { code: "bounce", group: "event", name: "Bounce", summary: "Delivery failed: the type field says bounce (permanent, suppressed) or blocked (temporary, not suppressed) and bounce_classification gives the reason.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "investigate", basis: "inferred", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "event_types / bounce" }, { doc: "reference/sendgrid-bounce-classifications.json", section: "bounce_types / bounce" }, { doc: "reference/sendgrid-bounce-classifications.json", section: "bounce_types / blocked" }], note: "The event name alone does not tell permanence: type 'bounce' is permanent and suppresses the address, 'blocked' is temporary and does not; retry after-fix is the cautious default." },
    "click": { code: "click", group: "event", name: "Click", summary: "The recipient clicked a tracked link.", outcome: "read", action: "none", basis: "documented", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "event_types / click" }] },
    "deferred": { code: "deferred", group: "event", name: "Deferred", summary: "The receiving server refused the message for now; SendGrid keeps trying and reports the attempt number.", outcome: "pending", retry: "provider-retries", action: "wait", basis: "documented", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "event_types / deferred" }] },
    "delivered": { code: "delivered", group: "event", name: "Delivered", summary: "The receiving server accepted the message.", outcome: "delivered", action: "none", basis: "documented", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "event_types / delivered" }] },
    "dropped": { code: "dropped", group: "event", name: "Dropped", summary: "SendGrid did not send the message at all (suppressed or invalid recipient, bad SMTPAPI header, spam content, quota); it still counts toward the plan.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "investigate", basis: "inferred", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "event_types / dropped" }], note: "The reason field says why (see the drop-reason group); the event alone does not tell permanence, so retry after-fix is the cautious default." },
    "group_resubscribe": { code: "group_resubscribe", group: "event", name: "GroupResubscribe", summary: "The recipient subscribed again to an unsubscribe group.", outcome: "delivered", action: "none", basis: "documented", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "event_types / group_resubscribe" }] },
    "group_unsubscribe": { code: "group_unsubscribe", group: "event", name: "GroupUnsubscribe", summary: "The recipient unsubscribed from one unsubscribe group.", outcome: "delivered", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "event_types / group_unsubscribe" }] },
    "open": { code: "open", group: "event", name: "Open", summary: "The recipient opened the HTML message (with open tracking on).", outcome: "read", action: "none", basis: "documented", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "event_types / open" }] },
    "processed": { code: "processed", group: "event", name: "Processed", summary: "SendGrid accepted the message and will try to deliver it.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "event_types / processed" }] },
    "spamreport": { code: "spamreport", group: "event", name: "SpamReport", summary: "The recipient marked the message as spam; SendGrid puts the address on its Spam Reports list.", outcome: "delivered", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "event_types / spamreport" }] },
    "unsubscribe": { code: "unsubscribe", group: "event", name: "Unsubscribe", summary: "The recipient unsubscribed from all mail (global unsubscribe).", outcome: "delivered", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/sendgrid-bounce-classifications.json", section: "event_types / unsubscribe" }] },
};
/** Twilio SendGrid: header and every entry, for tools that walk the catalog. */
export const sendgridFamily = { ...{ id: "sendgrid", displayName: "Twilio SendGrid", description: "SendGrid Event Webhook values: bounce classifications, event names and drop reasons.", enumName: "SendGridDelivery", codeType: "string", sentAsString: false, nameHints: ["sendgrid"], channels: [], groups: [{ id: "bounce-classification", displayName: "Bounce classifications", description: "The bounce_classification of bounce and blocked events, in every spelling SendGrid uses." }, { id: "event", displayName: "Event Webhook events", description: "The event field of Event Webhook posts." }, { id: "drop-reason", displayName: "Drop reasons", description: "The reason field of dropped events." }] }, entries: Object.values(sendgridTable) };
/** Whether `value` is a Twilio SendGrid code. */
export function isSendGridDeliveryCode(value) {
    return typeof value === 'string' && Object.hasOwn(sendgridTable, value);
}
/** Whether `value` is the code of a permanent Twilio SendGrid failure. */
export function isPermanentSendGridDeliveryCode(value) {
    if (!(typeof value === 'string') || !Object.hasOwn(sendgridTable, value))
        return false;
    const entry = sendgridTable[value];
    return entry.outcome === 'failed' && entry.permanence === 'permanent';
}
/** Whether `value` is a Twilio SendGrid failure that may be sent again unchanged. */
export function isRetryableSendGridDeliveryCode(value) {
    if (!(typeof value === 'string') || !Object.hasOwn(sendgridTable, value))
        return false;
    const entry = sendgridTable[value];
    return entry.outcome === 'failed' && (entry.retry === 'safe' || entry.retry === 'provider-retries');
}
