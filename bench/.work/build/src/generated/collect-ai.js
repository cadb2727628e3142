/**
 * collect.AI codes by name. Reason codes collect.AI reports for e-mail and SMS communications that were not delivered.
 *
 * @deliveryCodes collect-ai
 */
export var CollectAiReason;
(function (CollectAiReason) {
    /**
     * BOUNCE_PERMANENT_GENERAL (email): A hard bounce for which the receiving provider gave no specific code.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    CollectAiReason["BouncePermanentGeneral"] = "BOUNCE_PERMANENT_GENERAL";
    /**
     * BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE (email): The recipient's mail server reported that the address does not exist.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    CollectAiReason["BouncePermanentMailboxUnavailable"] = "BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE";
    /**
     * BOUNCE_PERMANENT_ON_SUPPRESSION_LIST (email): The address was already on collect.AI's suppression list, so the e-mail was not delivered, to protect sender reputation.
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    CollectAiReason["BouncePermanentOnSuppressionList"] = "BOUNCE_PERMANENT_ON_SUPPRESSION_LIST";
    /**
     * BOUNCE_TRANSIENT_ATTACHMENT_REJECTED (email): The receiving side blocked the type of an attached file; the address itself is fine.
     *
     * Failure: transient, retry after-fix, action fix-content (documented).
     */
    CollectAiReason["BounceTransientAttachmentRejected"] = "BOUNCE_TRANSIENT_ATTACHMENT_REJECTED";
    /**
     * BOUNCE_TRANSIENT_CONTENT_REJECTED (email): The receiving mail server refused the content, typically through a spam filter; the address itself is fine.
     *
     * Failure: transient, retry after-fix, action fix-content (documented).
     */
    CollectAiReason["BounceTransientContentRejected"] = "BOUNCE_TRANSIENT_CONTENT_REJECTED";
    /**
     * BOUNCE_TRANSIENT_GENERAL (email): A general connection or routing problem kept the e-mail from being delivered for now.
     *
     * Failure: transient, retry provider-retries, action wait (documented).
     */
    CollectAiReason["BounceTransientGeneral"] = "BOUNCE_TRANSIENT_GENERAL";
    /**
     * BOUNCE_TRANSIENT_MBX_FULL (email): The recipient's inbox is full, which is usually a passing state.
     *
     * Failure: transient, retry provider-retries, action wait (documented).
     */
    CollectAiReason["BounceTransientMbxFull"] = "BOUNCE_TRANSIENT_MBX_FULL";
    /**
     * BOUNCE_TRANSIENT_MESSAGE_TOO_LARGE (email): The receiving side refused this e-mail for its size; the address itself is fine.
     *
     * Failure: transient, retry after-fix, action fix-content (documented).
     */
    CollectAiReason["BounceTransientMessageTooLarge"] = "BOUNCE_TRANSIENT_MESSAGE_TOO_LARGE";
    /**
     * EXPIRED (sms): The SMS waited in the network queue too long because the handset never connected, and it was dropped.
     *
     * Failure: permanent, retry after-fix, action verify-recipient (documented).
     */
    CollectAiReason["Expired"] = "EXPIRED";
    /**
     * FAILED (sms): The mobile network could not deliver the SMS, for instance because the phone was off or without coverage.
     *
     * Failure: permanent, retry after-fix, action verify-recipient (documented).
     */
    CollectAiReason["Failed"] = "FAILED";
    /**
     * HANDOVER_ERROR (both): Handing the message from collect.AI to the messaging provider failed for technical reasons on the infrastructure side.
     *
     * Failure: transient, retry provider-retries, action wait (documented).
     */
    CollectAiReason["HandoverError"] = "HANDOVER_ERROR";
    /**
     * INVALID_EMAIL_ADDRESS (email): The e-mail address did not pass validation (for instance it has no @ sign), so nothing was sent.
     *
     * Failure: permanent, retry after-fix, action verify-recipient (documented).
     */
    CollectAiReason["InvalidEmailAddress"] = "INVALID_EMAIL_ADDRESS";
    /**
     * INVALID_MOBILE_NUMBER (sms): The mobile number is wrong or incomplete, so nothing was sent.
     *
     * Failure: permanent, retry after-fix, action verify-recipient (documented).
     */
    CollectAiReason["InvalidMobileNumber"] = "INVALID_MOBILE_NUMBER";
    /**
     * REJECTD (sms): The carrier refused the SMS, for instance because the number is blocked or blacklisted or the destination is invalid.
     *
     * Failure: transient, retry provider-retries, action none (documented).
     */
    CollectAiReason["Rejectd"] = "REJECTD";
    /**
     * REJECTED (sms): The carrier refused the SMS, for instance because the number is blocked or blacklisted or the destination is invalid.
     *
     * Failure: transient, retry provider-retries, action none (documented).
     */
    CollectAiReason["Rejected"] = "REJECTED";
    /**
     * UNDELIV (sms): The mobile network could not deliver the SMS, for instance because the phone was off or without coverage.
     *
     * Failure: permanent, retry after-fix, action verify-recipient (documented).
     */
    CollectAiReason["Undeliv"] = "UNDELIV";
})(CollectAiReason || (CollectAiReason = {}));
/** Catalog metadata of every collect.AI code, by channel. */
export const collectAiTable = {
    "email": {
        "BOUNCE_PERMANENT_GENERAL": { code: "BOUNCE_PERMANENT_GENERAL", channel: "email", name: "BouncePermanentGeneral", summary: "A hard bounce for which the receiving provider gave no specific code.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", actionable: "no", phase: "after-sending", basis: "documented", sources: [{ doc: "seeds/004_0f35fe9790515a87.txt", section: "Error reasons table / BOUNCE_PERMANENT_GENERAL" }], note: "collect.AI puts the contact on its suppression list by itself." },
        "BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE": { code: "BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE", channel: "email", name: "BouncePermanentMailboxUnavailable", summary: "The recipient's mail server reported that the address does not exist.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", actionable: "no", phase: "after-sending", basis: "documented", sources: [{ doc: "seeds/004_0f35fe9790515a87.txt", section: "Error reasons table / BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE" }], note: "collect.AI puts the contact on its suppression list by itself." },
        "BOUNCE_PERMANENT_ON_SUPPRESSION_LIST": { code: "BOUNCE_PERMANENT_ON_SUPPRESSION_LIST", channel: "email", name: "BouncePermanentOnSuppressionList", summary: "The address was already on collect.AI's suppression list, so the e-mail was not delivered, to protect sender reputation.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "suppress-recipient", actionable: "partially", phase: "after-sending", basis: "documented", sources: [{ doc: "seeds/004_0f35fe9790515a87.txt", section: "Error reasons table / BOUNCE_PERMANENT_ON_SUPPRESSION_LIST" }], note: "Only a manual removal in the collect.AI Management portal, once the original bounce cause is resolved, lets mail through again." },
        "BOUNCE_TRANSIENT_ATTACHMENT_REJECTED": { code: "BOUNCE_TRANSIENT_ATTACHMENT_REJECTED", channel: "email", name: "BounceTransientAttachmentRejected", summary: "The receiving side blocked the type of an attached file; the address itself is fine.", outcome: "failed", permanence: "transient", retry: "after-fix", action: "fix-content", actionable: "yes", phase: "after-sending", basis: "documented", sources: [{ doc: "seeds/004_0f35fe9790515a87.txt", section: "Error reasons table / BOUNCE_TRANSIENT_ATTACHMENT_REJECTED" }], note: "Check the attachment uploaded for the case and send it in another file format." },
        "BOUNCE_TRANSIENT_CONTENT_REJECTED": { code: "BOUNCE_TRANSIENT_CONTENT_REJECTED", channel: "email", name: "BounceTransientContentRejected", summary: "The receiving mail server refused the content, typically through a spam filter; the address itself is fine.", outcome: "failed", permanence: "transient", retry: "after-fix", action: "fix-content", actionable: "yes", phase: "after-sending", basis: "documented", sources: [{ doc: "seeds/004_0f35fe9790515a87.txt", section: "Error reasons table / BOUNCE_TRANSIENT_CONTENT_REJECTED" }], note: "Temporary for the address, not for the message; the text has to be edited." },
        "BOUNCE_TRANSIENT_GENERAL": { code: "BOUNCE_TRANSIENT_GENERAL", channel: "email", name: "BounceTransientGeneral", summary: "A general connection or routing problem kept the e-mail from being delivered for now.", outcome: "failed", permanence: "transient", retry: "provider-retries", retryWindow: "SES retries automatically for a period; the next communication tries again", action: "wait", actionable: "no", phase: "after-sending", basis: "documented", sources: [{ doc: "seeds/004_0f35fe9790515a87.txt", section: "Error reasons table / BOUNCE_TRANSIENT_GENERAL" }] },
        "BOUNCE_TRANSIENT_MBX_FULL": { code: "BOUNCE_TRANSIENT_MBX_FULL", channel: "email", name: "BounceTransientMbxFull", summary: "The recipient's inbox is full, which is usually a passing state.", outcome: "failed", permanence: "transient", retry: "provider-retries", retryWindow: "SES retries for a while when it is the sending provider; the next communication tries again", action: "wait", actionable: "no", phase: "after-sending", basis: "documented", sources: [{ doc: "seeds/004_0f35fe9790515a87.txt", section: "Error reasons table / BOUNCE_TRANSIENT_MBX_FULL" }] },
        "BOUNCE_TRANSIENT_MESSAGE_TOO_LARGE": { code: "BOUNCE_TRANSIENT_MESSAGE_TOO_LARGE", channel: "email", name: "BounceTransientMessageTooLarge", summary: "The receiving side refused this e-mail for its size; the address itself is fine.", outcome: "failed", permanence: "transient", retry: "after-fix", action: "fix-content", actionable: "yes", phase: "after-sending", basis: "documented", sources: [{ doc: "seeds/004_0f35fe9790515a87.txt", section: "Error reasons table / BOUNCE_TRANSIENT_MESSAGE_TOO_LARGE" }], note: "Temporary for the address, not for the message; only a smaller message can get through." },
        "INVALID_EMAIL_ADDRESS": { code: "INVALID_EMAIL_ADDRESS", channel: "email", name: "InvalidEmailAddress", summary: "The e-mail address did not pass validation (for instance it has no @ sign), so nothing was sent.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "verify-recipient", actionable: "yes", phase: "before-sending", basis: "documented", sources: [{ doc: "seeds/004_0f35fe9790515a87.txt", section: "Error reasons table / INVALID_EMAIL_ADDRESS" }], note: "The seed says it cannot work until the address is corrected; confirm it with the customer." },
    },
    "sms": {
        "EXPIRED": { code: "EXPIRED", channel: "sms", name: "Expired", summary: "The SMS waited in the network queue too long because the handset never connected, and it was dropped.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "verify-recipient", actionable: "yes", phase: "after-sending", basis: "documented", sources: [{ doc: "seeds/004_0f35fe9790515a87.txt", section: "Error reasons table / EXPIRED" }] },
        "FAILED": { code: "FAILED", channel: "sms", name: "Failed", summary: "The mobile network could not deliver the SMS, for instance because the phone was off or without coverage.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "verify-recipient", actionable: "yes", phase: "after-sending", basis: "documented", sources: [{ doc: "seeds/004_0f35fe9790515a87.txt", section: "Error reasons table / UNDELIV / FAILED" }], note: "FAILED and UNDELIV are two spellings of one reason; the seed calls it permanent although its examples sound temporary." },
        "INVALID_MOBILE_NUMBER": { code: "INVALID_MOBILE_NUMBER", channel: "sms", name: "InvalidMobileNumber", summary: "The mobile number is wrong or incomplete, so nothing was sent.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "verify-recipient", actionable: "yes", phase: "before-sending", basis: "documented", sources: [{ doc: "seeds/004_0f35fe9790515a87.txt", section: "Error reasons table / INVALID_MOBILE_NUMBER" }], note: "The seed says it cannot be delivered as it stands; confirm the number with the customer." },
        "REJECTD": { code: "REJECTD", channel: "sms", name: "Rejectd", summary: "The carrier refused the SMS, for instance because the number is blocked or blacklisted or the destination is invalid.", outcome: "failed", permanence: "transient", retry: "provider-retries", retryWindow: "tried again when the next message to this recipient is due, not on a timer", action: "none", actionable: "no", phase: "after-sending", basis: "documented", sources: [{ doc: "seeds/004_0f35fe9790515a87.txt", section: "Error reasons table / REJECTED / REJECTD" }], note: "REJECTD and REJECTED are two spellings of one reason." },
        "REJECTED": { code: "REJECTED", channel: "sms", name: "Rejected", summary: "The carrier refused the SMS, for instance because the number is blocked or blacklisted or the destination is invalid.", outcome: "failed", permanence: "transient", retry: "provider-retries", retryWindow: "tried again when the next message to this recipient is due, not on a timer", action: "none", actionable: "no", phase: "after-sending", basis: "documented", sources: [{ doc: "seeds/004_0f35fe9790515a87.txt", section: "Error reasons table / REJECTED / REJECTD" }], note: "REJECTED and REJECTD are two spellings of one reason." },
        "UNDELIV": { code: "UNDELIV", channel: "sms", name: "Undeliv", summary: "The mobile network could not deliver the SMS, for instance because the phone was off or without coverage.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "verify-recipient", actionable: "yes", phase: "after-sending", basis: "documented", sources: [{ doc: "seeds/004_0f35fe9790515a87.txt", section: "Error reasons table / UNDELIV / FAILED" }], note: "UNDELIV and FAILED are two spellings of one reason; the seed calls it permanent although its examples sound temporary." },
    },
    "both": {
        "HANDOVER_ERROR": { code: "HANDOVER_ERROR", channel: "both", name: "HandoverError", summary: "Handing the message from collect.AI to the messaging provider failed for technical reasons on the infrastructure side.", outcome: "failed", permanence: "transient", retry: "provider-retries", retryWindow: "automatic retries usually clear it", action: "wait", actionable: "yes", phase: "while-sending", basis: "documented", sources: [{ doc: "seeds/004_0f35fe9790515a87.txt", section: "Error reasons table / HANDOVER_ERROR" }], note: "The seed marks it as actionable for tenants yet recommends no action." },
    },
};
/** collect.AI: header and every entry, for tools that walk the catalog. */
export const collectAiFamily = { ...{ id: "collect-ai", displayName: "collect.AI", description: "Reason codes collect.AI reports for e-mail and SMS communications that were not delivered.", enumName: "CollectAiReason", codeType: "string", sentAsString: false, nameHints: ["collectai"], channels: [{ id: "email", displayName: "Email" }, { id: "sms", displayName: "SMS" }, { id: "both", displayName: "Email and SMS", description: "Reasons that can occur on either channel." }], groups: [] }, entries: Object.values(collectAiTable).flatMap((byCode) => Object.values(byCode)) };
/** Whether `value` is a collect.AI code (of `channel`, when given). */
export function isCollectAiReasonCode(value, channel) {
    if (!(typeof value === 'string'))
        return false;
    const channels = channel === undefined ? Object.values(collectAiTable) : [collectAiTable[channel]];
    return channels.some((byCode) => Object.hasOwn(byCode, value));
}
