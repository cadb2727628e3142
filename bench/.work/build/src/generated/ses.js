/**
 * Amazon SES codes by name. Amazon SES bounce types (as bounceType/bounceSubType, e.g. 'Permanent/NoEmail') and complaint feedback types.
 *
 * @deliveryCodes ses
 */
export var SesNotification;
(function (SesNotification) {
    /**
     * Permanent/General: A hard bounce without a more specific reason; AWS asks for the address to be removed at once, as further mail to it harms the sending reputation.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    SesNotification["PermanentGeneral"] = "Permanent/General";
    /**
     * Permanent/NoEmail: The recipient address does not exist.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    SesNotification["PermanentNoEmail"] = "Permanent/NoEmail";
    /**
     * Permanent/OnAccountSuppressionList: SES did not send: the address is on this account's own suppression list. Not counted in the bounce rate.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    SesNotification["PermanentOnAccountSuppressionList"] = "Permanent/OnAccountSuppressionList";
    /**
     * Permanent/Suppressed: SES did not send: the address is on the SES-wide suppression list after recent hard bounces.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    SesNotification["PermanentSuppressed"] = "Permanent/Suppressed";
    /**
     * Transient/AttachmentRejected: The recipient's provider refused an attachment, for its type or size; only a message without it, or with another, can succeed.
     *
     * Failure: transient, retry after-fix, action fix-content (documented).
     */
    SesNotification["TransientAttachmentRejected"] = "Transient/AttachmentRejected";
    /**
     * Transient/ContentRejected: The recipient's provider refused the content; only changed content can succeed.
     *
     * Failure: transient, retry after-fix, action fix-content (documented).
     */
    SesNotification["TransientContentRejected"] = "Transient/ContentRejected";
    /**
     * Transient/General: A soft bounce without a more specific reason; mail to the recipient may work later. Automatic replies such as out-of-office notices also come as this type.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SesNotification["TransientGeneral"] = "Transient/General";
    /**
     * Transient/MailboxFull: The recipient's mailbox is full; mail may get through once space is freed.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SesNotification["TransientMailboxFull"] = "Transient/MailboxFull";
    /**
     * Transient/MessageTooLarge: The message exceeded what the recipient's provider accepts; only a smaller message can succeed.
     *
     * Failure: transient, retry after-fix, action fix-content (documented).
     */
    SesNotification["TransientMessageTooLarge"] = "Transient/MessageTooLarge";
    /**
     * Undetermined/Undetermined: The receiving side bounced the message without saying enough for SES to classify the bounce; the bounce message itself may tell more.
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SesNotification["Undetermined"] = "Undetermined/Undetermined";
    /**
     * abuse: The recipient, or their provider, reported the message as unsolicited or abusive.
     *
     * Outcome: delivered.
     */
    SesNotification["ComplaintAbuse"] = "abuse";
    /**
     * auth-failure: A report that the message failed email authentication (for example DKIM or SPF).
     *
     * Outcome: delivered.
     */
    SesNotification["ComplaintAuthFailure"] = "auth-failure";
    /**
     * fraud: The message was reported as fraud or phishing.
     *
     * Outcome: delivered.
     */
    SesNotification["ComplaintFraud"] = "fraud";
    /**
     * not-spam: The reporter says the message is not spam, correcting an earlier report.
     *
     * Outcome: delivered.
     */
    SesNotification["ComplaintNotSpam"] = "not-spam";
    /**
     * other: Feedback that fits none of the other registered types.
     *
     * Outcome: delivered.
     */
    SesNotification["ComplaintOther"] = "other";
    /**
     * virus: A virus was reported in the message.
     *
     * Outcome: delivered.
     */
    SesNotification["ComplaintVirus"] = "virus";
})(SesNotification || (SesNotification = {}));
/** Catalog metadata of every Amazon SES code. */
export const sesTable = {
    "Permanent/General": { code: "Permanent/General", group: "bounce", name: "PermanentGeneral", summary: "A hard bounce without a more specific reason; AWS asks for the address to be removed at once, as further mail to it harms the sending reputation.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/ses-bounce-types.json", section: "bounce_types / Permanent General" }] },
    "Permanent/NoEmail": { code: "Permanent/NoEmail", group: "bounce", name: "PermanentNoEmail", summary: "The recipient address does not exist.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/ses-bounce-types.json", section: "bounce_types / Permanent NoEmail" }] },
    "Permanent/OnAccountSuppressionList": { code: "Permanent/OnAccountSuppressionList", group: "bounce", name: "PermanentOnAccountSuppressionList", summary: "SES did not send: the address is on this account's own suppression list. Not counted in the bounce rate.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", phase: "before-sending", basis: "documented", sources: [{ doc: "reference/ses-bounce-types.json", section: "bounce_types / Permanent OnAccountSuppressionList" }] },
    "Permanent/Suppressed": { code: "Permanent/Suppressed", group: "bounce", name: "PermanentSuppressed", summary: "SES did not send: the address is on the SES-wide suppression list after recent hard bounces.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", phase: "before-sending", basis: "documented", sources: [{ doc: "reference/ses-bounce-types.json", section: "bounce_types / Permanent Suppressed" }] },
    "Transient/AttachmentRejected": { code: "Transient/AttachmentRejected", group: "bounce", name: "TransientAttachmentRejected", summary: "The recipient's provider refused an attachment, for its type or size; only a message without it, or with another, can succeed.", outcome: "failed", permanence: "transient", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "reference/ses-bounce-types.json", section: "bounce_types / Transient AttachmentRejected" }] },
    "Transient/ContentRejected": { code: "Transient/ContentRejected", group: "bounce", name: "TransientContentRejected", summary: "The recipient's provider refused the content; only changed content can succeed.", outcome: "failed", permanence: "transient", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "reference/ses-bounce-types.json", section: "bounce_types / Transient ContentRejected" }] },
    "Transient/General": { code: "Transient/General", group: "bounce", name: "TransientGeneral", summary: "A soft bounce without a more specific reason; mail to the recipient may work later. Automatic replies such as out-of-office notices also come as this type.", outcome: "failed", permanence: "transient", retry: "safe", retryWindow: "SES retries a soft bounce itself for a while and reports it only after it stopped trying", action: "retry-later", basis: "documented", sources: [{ doc: "reference/ses-bounce-types.json", section: "bounce_types / Transient General" }], note: "Auto-replies of this type do not count toward the bounce rate." },
    "Transient/MailboxFull": { code: "Transient/MailboxFull", group: "bounce", name: "TransientMailboxFull", summary: "The recipient's mailbox is full; mail may get through once space is freed.", outcome: "failed", permanence: "transient", retry: "safe", retryWindow: "SES retries a soft bounce itself for a while and reports it only after it stopped trying", action: "retry-later", basis: "documented", sources: [{ doc: "reference/ses-bounce-types.json", section: "bounce_types / Transient MailboxFull" }], conflicts: [{ source: { doc: "seeds/000_e53f4e027e4e7dae.txt", section: "Common Email Error Messages / ERROR - 552" }, says: "A sending provider treats an over-quota mailbox (SMTP 552) as a sign of an abandoned address and never resends.", resolution: "SES states that this subtype may succeed later, and it is SES that reports it here; the other reading is kept for senders who suppress addresses after repeated full-mailbox bounces." }] },
    "Transient/MessageTooLarge": { code: "Transient/MessageTooLarge", group: "bounce", name: "TransientMessageTooLarge", summary: "The message exceeded what the recipient's provider accepts; only a smaller message can succeed.", outcome: "failed", permanence: "transient", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "reference/ses-bounce-types.json", section: "bounce_types / Transient MessageTooLarge" }], conflicts: [{ source: { doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.3.4" }, says: "RFC 3463 calls a message too big for the system (X.3.4, like X.2.3) a permanent failure for that message.", resolution: "SES's Transient says the address is still good; for the message both agree, so the entry is transient with retry after-fix: only a smaller message may go out." }] },
    "Undetermined/Undetermined": { code: "Undetermined/Undetermined", group: "bounce", name: "Undetermined", summary: "The receiving side bounced the message without saying enough for SES to classify the bounce; the bounce message itself may tell more.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "investigate", basis: "inferred", sources: [{ doc: "reference/ses-bounce-types.json", section: "bounce_types / Undetermined Undetermined" }], note: "SES gives no handling for this type; retry after-fix is the cautious default until the bounce message has been read." },
    "abuse": { code: "abuse", group: "complaint", name: "ComplaintAbuse", summary: "The recipient, or their provider, reported the message as unsolicited or abusive.", outcome: "delivered", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/ses-bounce-types.json", section: "complaint_feedback_types / abuse" }, { doc: "reference/ses-bounce-types.json", section: "event_types / Complaint" }], note: "A complaint comes after delivery, as SES documents for its Complaint event; the action is this catalog's reading of the feedback type. With the account suppression list set to COMPLAINT, SES suppresses the address itself." },
    "auth-failure": { code: "auth-failure", group: "complaint", name: "ComplaintAuthFailure", summary: "A report that the message failed email authentication (for example DKIM or SPF).", outcome: "delivered", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/ses-bounce-types.json", section: "complaint_feedback_types / auth-failure" }, { doc: "reference/ses-bounce-types.json", section: "event_types / Complaint" }], note: "A complaint comes after delivery, as SES documents for its Complaint event; the action is this catalog's reading of the feedback type. With the account suppression list set to COMPLAINT, SES suppresses the address itself." },
    "fraud": { code: "fraud", group: "complaint", name: "ComplaintFraud", summary: "The message was reported as fraud or phishing.", outcome: "delivered", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/ses-bounce-types.json", section: "complaint_feedback_types / fraud" }, { doc: "reference/ses-bounce-types.json", section: "event_types / Complaint" }], note: "A complaint comes after delivery, as SES documents for its Complaint event; the action is this catalog's reading of the feedback type. With the account suppression list set to COMPLAINT, SES suppresses the address itself." },
    "not-spam": { code: "not-spam", group: "complaint", name: "ComplaintNotSpam", summary: "The reporter says the message is not spam, correcting an earlier report.", outcome: "delivered", action: "none", basis: "documented", sources: [{ doc: "reference/ses-bounce-types.json", section: "complaint_feedback_types / not-spam" }, { doc: "reference/ses-bounce-types.json", section: "event_types / Complaint" }], note: "A complaint comes after delivery, as SES documents for its Complaint event; the action is this catalog's reading of the feedback type. With the account suppression list set to COMPLAINT, SES suppresses the address itself." },
    "other": { code: "other", group: "complaint", name: "ComplaintOther", summary: "Feedback that fits none of the other registered types.", outcome: "delivered", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/ses-bounce-types.json", section: "complaint_feedback_types / other" }, { doc: "reference/ses-bounce-types.json", section: "event_types / Complaint" }], note: "A complaint comes after delivery, as SES documents for its Complaint event; the action is this catalog's reading of the feedback type. With the account suppression list set to COMPLAINT, SES suppresses the address itself." },
    "virus": { code: "virus", group: "complaint", name: "ComplaintVirus", summary: "A virus was reported in the message.", outcome: "delivered", action: "fix-content", basis: "documented", sources: [{ doc: "reference/ses-bounce-types.json", section: "complaint_feedback_types / virus" }, { doc: "reference/ses-bounce-types.json", section: "event_types / Complaint" }], note: "A complaint comes after delivery, as SES documents for its Complaint event; the action is this catalog's reading of the feedback type. With the account suppression list set to COMPLAINT, SES suppresses the address itself." },
};
/** Amazon SES: header and every entry, for tools that walk the catalog. */
export const sesFamily = { ...{ id: "ses", displayName: "Amazon SES", description: "Amazon SES bounce types (as bounceType/bounceSubType, e.g. 'Permanent/NoEmail') and complaint feedback types.", enumName: "SesNotification", codeType: "string", sentAsString: false, nameHints: ["ses"], channels: [], groups: [{ id: "bounce", displayName: "Bounces", description: "Bounce notifications, as 'bounceType/bounceSubType'." }, { id: "complaint", displayName: "Complaints", description: "Complaint feedback types (MARF) that SES passes on from the reporting provider." }] }, entries: Object.values(sesTable) };
/** Whether `value` is a Amazon SES code. */
export function isSesNotificationCode(value) {
    return typeof value === 'string' && Object.hasOwn(sesTable, value);
}
/** Whether `value` is the code of a permanent Amazon SES failure. */
export function isPermanentSesNotificationCode(value) {
    if (!(typeof value === 'string') || !Object.hasOwn(sesTable, value))
        return false;
    const entry = sesTable[value];
    return entry.outcome === 'failed' && entry.permanence === 'permanent';
}
/** Whether `value` is a Amazon SES failure that may be sent again unchanged. */
export function isRetryableSesNotificationCode(value) {
    if (!(typeof value === 'string') || !Object.hasOwn(sesTable, value))
        return false;
    const entry = sesTable[value];
    return entry.outcome === 'failed' && (entry.retry === 'safe' || entry.retry === 'provider-retries');
}
