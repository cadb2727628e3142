/**
 * Salesmsg codes by name. Text error strings that the Salesmsg SMS platform shows for messages it could not send.
 *
 * @deliveryCodes salesmsg
 */
export var SalesmsgError;
(function (SalesmsgError) {
    /**
     * Duplicate_message: The deduplication check blocked a message identical to one sent to the same contact a short time before.
     *
     * Failure: transient, retry after-fix, action fix-content (documented).
     */
    SalesmsgError["DuplicateMessage"] = "Duplicate_message";
    /**
     * Insufficient_funds: The prepaid credit balance is too low to pay for the message.
     *
     * Failure: permanent, retry after-fix, action top-up (documented).
     */
    SalesmsgError["InsufficientFunds"] = "Insufficient_funds";
    /**
     * Provider_error: The upstream provider refused to create the message (HTTP 400), most often because of the sending or receiving number.
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SalesmsgError["ProviderError"] = "Provider_error";
    /**
     * Stopped by user: The message belonged to a broadcast that someone on the account stopped before this message went out.
     *
     * Failure: permanent, retry after-fix, action none (documented).
     */
    SalesmsgError["StoppedByUser"] = "Stopped by user";
    /**
     * Unable to send message to this region: Messages to the destination country are not allowed by the account settings, the sending number or platform rules.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    SalesmsgError["UnableToSendToRegion"] = "Unable to send message to this region";
    /**
     * Unknown_bad_number: The recipient number is not recognised as valid, for example missing its country code, badly formatted, disconnected or inactive.
     *
     * Failure: permanent, retry after-fix, action verify-recipient (inferred).
     */
    SalesmsgError["UnknownBadNumber"] = "Unknown_bad_number";
})(SalesmsgError || (SalesmsgError = {}));
/** Catalog metadata of every Salesmsg code. */
export const salesmsgTable = {
    "Duplicate_message": { code: "Duplicate_message", name: "DuplicateMessage", summary: "The deduplication check blocked a message identical to one sent to the same contact a short time before.", outcome: "failed", permanence: "transient", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "seeds/001_e08af4297265dc67.txt", section: "Duplicate_message" }], note: "Usually caused by an integration or automation firing twice; alter the text or keep the automation from repeating the same content. The seed does not say how long the window is." },
    "Insufficient_funds": { code: "Insufficient_funds", name: "InsufficientFunds", summary: "The prepaid credit balance is too low to pay for the message.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "top-up", basis: "documented", sources: [{ doc: "seeds/001_e08af4297265dc67.txt", section: "Insufficient_funds" }], note: "The failure lasts until credits are added; the seed says sending works again once the balance is restored." },
    "Provider_error": { code: "Provider_error", name: "ProviderError", summary: "The upstream provider refused to create the message (HTTP 400), most often because of the sending or receiving number.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/001_e08af4297265dc67.txt", section: "Common Provider Errors / Provider_error" }], note: "Causes the seed lists include a sender not provisioned for SMS, a landline or VoIP recipient, a US short code sending abroad, banned words in the text, or an internal fault." },
    "Stopped by user": { code: "Stopped by user", name: "StoppedByUser", summary: "The message belonged to a broadcast that someone on the account stopped before this message went out.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "none", basis: "documented", sources: [{ doc: "seeds/001_e08af4297265dc67.txt", section: "Stopped by user" }], note: "The stop was a deliberate cancel, so nothing is resent automatically; if it was a mistake, a new broadcast has to be created for the cancelled messages." },
    "Unable to send message to this region": { code: "Unable to send message to this region", name: "UnableToSendToRegion", summary: "Messages to the destination country are not allowed by the account settings, the sending number or platform rules.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/001_e08af4297265dc67.txt", section: "Unable to send message to this region" }, { doc: "seeds/001_e08af4297265dc67.txt", section: "International Texting Failure" }], note: "With international texting switched off only the US, Canada, the UK and Australia can be reached; enabling it or using a number that supports the region is the fix." },
    "Unknown_bad_number": { code: "Unknown_bad_number", name: "UnknownBadNumber", summary: "The recipient number is not recognised as valid, for example missing its country code, badly formatted, disconnected or inactive.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "verify-recipient", basis: "inferred", sources: [{ doc: "seeds/001_e08af4297265dc67.txt", section: "Unknown_bad_number" }], note: "A corrected number can work; a disconnected one never will." },
};
/** Salesmsg: header and every entry, for tools that walk the catalog. */
export const salesmsgFamily = { ...{ id: "salesmsg", displayName: "Salesmsg", description: "Text error strings that the Salesmsg SMS platform shows for messages it could not send.", enumName: "SalesmsgError", codeType: "string", sentAsString: false, nameHints: ["salesmsg"], channels: [], groups: [] }, entries: Object.values(salesmsgTable) };
/** Whether `value` is a Salesmsg code. */
export function isSalesmsgErrorCode(value) {
    return typeof value === 'string' && Object.hasOwn(salesmsgTable, value);
}
/** Whether `value` is the code of a permanent Salesmsg failure. */
export function isPermanentSalesmsgErrorCode(value) {
    if (!(typeof value === 'string') || !Object.hasOwn(salesmsgTable, value))
        return false;
    const entry = salesmsgTable[value];
    return entry.outcome === 'failed' && entry.permanence === 'permanent';
}
/** Whether `value` is a Salesmsg failure that may be sent again unchanged. */
export function isRetryableSalesmsgErrorCode(value) {
    if (!(typeof value === 'string') || !Object.hasOwn(salesmsgTable, value))
        return false;
    const entry = salesmsgTable[value];
    return entry.outcome === 'failed' && (entry.retry === 'safe' || entry.retry === 'provider-retries');
}
