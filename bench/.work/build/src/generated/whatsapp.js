/**
 * WhatsApp Cloud API codes by name. Meta WhatsApp Business Platform (Cloud API) error codes, from Graph API responses and message status webhooks.
 *
 * @deliveryCodes whatsapp
 */
export var WhatsAppError;
(function (WhatsAppError) {
    /**
     * 0: The app user could not be authenticated, most often because the access token expired or was revoked.
     *
     * Title: "AuthException"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    WhatsAppError[WhatsAppError["AuthException"] = 0] = "AuthException";
    /**
     * 1: The request was invalid, or the server had a problem; Meta says to check the platform status first, then the request.
     *
     * Title: "API Unknown"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    WhatsAppError[WhatsAppError["ApiUnknown"] = 1] = "ApiUnknown";
    /**
     * 2: The service is down for a while or overloaded; Meta says to check the status page before trying again.
     *
     * Title: "API Service"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    WhatsAppError[WhatsAppError["ApiService"] = 2] = "ApiService";
    /**
     * 3: The app lacks a capability or permission this endpoint needs.
     *
     * Title: "API Method"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    WhatsAppError[WhatsAppError["ApiMethod"] = 3] = "ApiMethod";
    /**
     * 4: The app reached its limit of API calls; slow down or make fewer calls.
     *
     * Title: "API Too Many Calls"
     *
     * Failure: transient, retry safe, action reduce-rate (documented).
     */
    WhatsAppError[WhatsAppError["ApiTooManyCalls"] = 4] = "ApiTooManyCalls";
    /**
     * 10: A permission the request needs was never granted or has been taken away.
     *
     * Title: "Permission Denied"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    WhatsAppError[WhatsAppError["PermissionDenied"] = 10] = "PermissionDenied";
    /**
     * 33: The business phone number of the request has been deleted.
     *
     * Title: "Parameter value is not valid"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    WhatsAppError[WhatsAppError["ParameterValueIsNotValid33"] = 33] = "ParameterValueIsNotValid33";
    /**
     * 100: The request used parameters that are unsupported or misspelled.
     *
     * Title: "Invalid parameter"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    WhatsAppError[WhatsAppError["InvalidParameter"] = 100] = "InvalidParameter";
    /**
     * 190: The access token has expired; a new one is needed.
     *
     * Title: "Access token has expired"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    WhatsAppError[WhatsAppError["AccessTokenHasExpired"] = 190] = "AccessTokenHasExpired";
    /**
     * 368: The WhatsApp Business Account was restricted or disabled for breaking a policy.
     *
     * Title: "Temporarily blocked for policies violations"
     *
     * Failure: permanent, retry never, action contact-provider (documented).
     */
    WhatsAppError[WhatsAppError["TemporarilyBlockedForPolicyViolations"] = 368] = "TemporarilyBlockedForPolicyViolations";
    /**
     * 470: Legacy On-Premises API code: a free-form message sent outside the 24-hour customer-service window; the Cloud API reports 131047 instead.
     *
     * Failure: permanent, retry after-fix, action use-template (documented).
     */
    WhatsAppError[WhatsAppError["FreeformOutsideWindowLegacy"] = 470] = "FreeformOutsideWindowLegacy";
    /**
     * 80007: The WhatsApp Business Account reached its rate limit; slow down or send less.
     *
     * Title: "Rate limit issues"
     *
     * Failure: transient, retry safe, action reduce-rate (documented).
     */
    WhatsAppError[WhatsAppError["RateLimitIssues"] = 80007] = "RateLimitIssues";
    /**
     * 130429: The phone number reached its Cloud API message throughput; slow down and try again later.
     *
     * Title: "Rate limit hit"
     *
     * Failure: transient, retry safe, action reduce-rate (documented).
     */
    WhatsAppError[WhatsAppError["RateLimitHit"] = 130429] = "RateLimitHit";
    /**
     * 130472: Meta held the message back on purpose: the user is in a marketing-message experiment group.
     *
     * Title: "User's number is part of an experiment"
     *
     * Failure: permanent, retry never, action none (documented).
     */
    WhatsAppError[WhatsAppError["UserInExperiment"] = 130472] = "UserInExperiment";
    /**
     * 130497: The business account may not send messages to users in this country.
     *
     * Failure: permanent, retry never, action contact-provider (documented).
     */
    WhatsAppError[WhatsAppError["AccountRestrictedFromCountry"] = 130497] = "AccountRestrictedFromCountry";
    /**
     * 131000: The message failed for a reason Meta does not give; Meta says to try again and to open a support ticket if it keeps happening.
     *
     * Title: "Something went wrong"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    WhatsAppError[WhatsAppError["SomethingWentWrong"] = 131000] = "SomethingWentWrong";
    /**
     * 131005: A permission the request needs was never granted or has been taken away.
     *
     * Title: "Access denied"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    WhatsAppError[WhatsAppError["AccessDenied"] = 131005] = "AccessDenied";
    /**
     * 131008: A parameter the request needs is missing.
     *
     * Title: "Required parameter is missing"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    WhatsAppError[WhatsAppError["RequiredParameterIsMissing"] = 131008] = "RequiredParameterIsMissing";
    /**
     * 131009: A parameter value is not valid, for example a phone number that does not belong to the account.
     *
     * Title: "Parameter value is not valid"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    WhatsAppError[WhatsAppError["ParameterValueIsNotValid131009"] = 131009] = "ParameterValueIsNotValid131009";
    /**
     * 131016: A service is unavailable for now; Meta says to check the status page before trying again.
     *
     * Title: "Service unavailable"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    WhatsAppError[WhatsAppError["ServiceUnavailable"] = 131016] = "ServiceUnavailable";
    /**
     * 131021: The message was addressed to the sending number itself.
     *
     * Title: "Recipient cannot be sender"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    WhatsAppError[WhatsAppError["RecipientCannotBeSender"] = 131021] = "RecipientCannotBeSender";
    /**
     * 131026: WhatsApp could not deliver to this recipient: not a WhatsApp number, terms not accepted, an old app, the business blocked, or held back for the user's experience. Resending the same will not help.
     *
     * Title: "Message Undeliverable"
     *
     * Failure: permanent, retry never, action verify-recipient (documented).
     */
    WhatsAppError[WhatsAppError["MessageUndeliverable"] = 131026] = "MessageUndeliverable";
    /**
     * 131030: A test number may only send to recipients on its allowed list.
     *
     * Title: "Recipient phone number not in allowed list"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    WhatsAppError[WhatsAppError["RecipientNotInAllowedList"] = 131030] = "RecipientNotInAllowedList";
    /**
     * 131031: The business account was locked for a policy violation, or data of the request (such as the two-step PIN) did not match the account.
     *
     * Title: "Account has been locked"
     *
     * Failure: permanent, retry never, action contact-provider (documented).
     */
    WhatsAppError[WhatsAppError["AccountHasBeenLocked"] = 131031] = "AccountHasBeenLocked";
    /**
     * 131037: The sending number needs an approved display name before it can send.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    WhatsAppError[WhatsAppError["PhoneNumberDisplayNameNotApproved"] = 131037] = "PhoneNumberDisplayNameNotApproved";
    /**
     * 131042: A problem with the account's payment method or billing stopped the message.
     *
     * Title: "Business eligibility payment issue"
     *
     * Failure: permanent, retry after-fix, action top-up (documented).
     */
    WhatsAppError[WhatsAppError["BusinessEligibilityPaymentIssue"] = 131042] = "BusinessEligibilityPaymentIssue";
    /**
     * 131045: The phone number is not properly registered (a certificate error); it must be registered before sending again.
     *
     * Title: "Incorrect certificate"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    WhatsAppError[WhatsAppError["IncorrectCertificate"] = 131045] = "IncorrectCertificate";
    /**
     * 131047: More than 24 hours have passed since the recipient last wrote; only an approved template may be sent now.
     *
     * Title: "Re-engagement message"
     *
     * Failure: permanent, retry after-fix, action use-template (documented).
     */
    WhatsAppError[WhatsAppError["ReEngagementMessage"] = 131047] = "ReEngagementMessage";
    /**
     * 131048: Sending from this number is limited because earlier messages were blocked or flagged as spam; message quality must improve first.
     *
     * Title: "Spam rate limit hit"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    WhatsAppError[WhatsAppError["SpamRateLimitHit"] = 131048] = "SpamRateLimitHit";
    /**
     * 131049: Meta held the message back to keep engagement healthy (a per-user limit on marketing templates); resending earlier than 24 hours later fails again.
     *
     * Title: "This message was not delivered to maintain healthy ecosystem engagement."
     *
     * Failure: transient, retry safe, action wait (documented).
     */
    WhatsAppError[WhatsAppError["EcosystemEngagementLimit"] = 131049] = "EcosystemEngagementLimit";
    /**
     * 131050: The recipient has stopped marketing messages from this business.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    WhatsAppError[WhatsAppError["UserStoppedMarketingMessages"] = 131050] = "UserStoppedMarketingMessages";
    /**
     * 131051: The message type is not supported.
     *
     * Title: "Unsupported message type"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    WhatsAppError[WhatsAppError["UnsupportedMessageType"] = 131051] = "UnsupportedMessageType";
    /**
     * 131052: Media the user sent could not be downloaded (an inbound problem); ask for it another way.
     *
     * Title: "Media download error"
     *
     * Failure: permanent, retry never, action none (documented).
     */
    WhatsAppError[WhatsAppError["MediaDownloadError"] = 131052] = "MediaDownloadError";
    /**
     * 131053: Media of the outgoing message could not be uploaded, for example because of its type.
     *
     * Title: "Media upload error"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    WhatsAppError[WhatsAppError["MediaUploadError"] = 131053] = "MediaUploadError";
    /**
     * 131056: Too many messages went from this business number to the same recipient in a short time; wait before writing to that recipient again (others are not affected).
     *
     * Title: "(Business Account, Consumer Account) pair rate limit hit"
     *
     * Failure: transient, retry safe, action wait (documented).
     */
    WhatsAppError[WhatsAppError["PairRateLimitHit"] = 131056] = "PairRateLimitHit";
    /**
     * 131057: The business account is in maintenance mode, for example during a throughput upgrade.
     *
     * Title: "Account in maintenance mode"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    WhatsAppError[WhatsAppError["AccountInMaintenanceMode"] = 131057] = "AccountInMaintenanceMode";
    /**
     * 131062: Recipients given by business-scoped user ID are not supported for this message.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    WhatsAppError[WhatsAppError["BSUIDRecipientNotSupported"] = 131062] = "BSUIDRecipientNotSupported";
    /**
     * 131063: Marketing templates are switched off for the Cloud API on this account.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    WhatsAppError[WhatsAppError["MarketingTemplatesDisabledForCloudAPI"] = 131063] = "MarketingTemplatesDisabledForCloudAPI";
    /**
     * 131064: The account reached its messaging limit because of template classification violations.
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    WhatsAppError[WhatsAppError["MessageFailedToReachMessagingLimit"] = 131064] = "MessageFailedToReachMessagingLimit";
    /**
     * 132000: The number of variable values does not match the variables of the template.
     *
     * Title: "Template Param Count Mismatch"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    WhatsAppError[WhatsAppError["TemplateParamCountMismatch"] = 132000] = "TemplateParamCountMismatch";
    /**
     * 132001: No approved template with this name exists in this language.
     *
     * Title: "Template does not exist"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    WhatsAppError[WhatsAppError["TemplateDoesNotExist"] = 132001] = "TemplateDoesNotExist";
    /**
     * 132005: The template text with its values filled in is too long.
     *
     * Title: "Template Hydrated Text Too Long"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    WhatsAppError[WhatsAppError["TemplateHydratedTextTooLong"] = 132005] = "TemplateHydratedTextTooLong";
    /**
     * 132007: The template content breaks a WhatsApp policy.
     *
     * Title: "Template Format Character Policy Violated"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    WhatsAppError[WhatsAppError["TemplateFormatCharacterPolicyViolated"] = 132007] = "TemplateFormatCharacterPolicyViolated";
    /**
     * 132012: The variable values are not in the format the template asks for.
     *
     * Title: "Template Parameter Format Mismatch"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    WhatsAppError[WhatsAppError["TemplateParameterFormatMismatch"] = 132012] = "TemplateParameterFormatMismatch";
    /**
     * 132015: The template is paused for low quality; edit it and wait for approval.
     *
     * Title: "Template is Paused"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    WhatsAppError[WhatsAppError["TemplateIsPaused"] = 132015] = "TemplateIsPaused";
    /**
     * 132016: The template was paused too often and is disabled for good; a new one is needed.
     *
     * Title: "Template is Disabled"
     *
     * Failure: permanent, retry never, action fix-content (documented).
     */
    WhatsAppError[WhatsAppError["TemplateIsDisabled"] = 132016] = "TemplateIsDisabled";
    /**
     * 132068: The Flow the message uses is blocked.
     *
     * Title: "Flow is blocked"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    WhatsAppError[WhatsAppError["FlowIsBlocked"] = 132068] = "FlowIsBlocked";
    /**
     * 132069: The Flow is throttled: messages using it have reached the hourly limit.
     *
     * Title: "Flow is throttled"
     *
     * Failure: transient, retry safe, action wait (documented).
     */
    WhatsAppError[WhatsAppError["FlowIsThrottled"] = 132069] = "FlowIsThrottled";
    /**
     * 133000: An earlier deregistration did not finish; deregister again before registering.
     *
     * Title: "Incomplete Deregistration"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    WhatsAppError[WhatsAppError["IncompleteDeregistration"] = 133000] = "IncompleteDeregistration";
    /**
     * 133004: The server is unavailable for now; check the status and the error details before trying again.
     *
     * Title: "Server Temporarily Unavailable"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    WhatsAppError[WhatsAppError["ServerTemporarilyUnavailable"] = 133004] = "ServerTemporarilyUnavailable";
    /**
     * 133005: The two-step verification PIN is wrong.
     *
     * Title: "Two step verification PIN Mismatch"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    WhatsAppError[WhatsAppError["TwoStepVerificationPinMismatch"] = 133005] = "TwoStepVerificationPinMismatch";
    /**
     * 133006: The number must be verified before it can be registered.
     *
     * Title: "Phone number re-verification needed"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    WhatsAppError[WhatsAppError["PhoneNumberReVerificationNeeded"] = 133006] = "PhoneNumberReVerificationNeeded";
    /**
     * 133008: Too many wrong two-step verification PINs; wait as long as the error details say.
     *
     * Title: "Too Many two step verification PIN Guesses"
     *
     * Failure: transient, retry safe, action wait (documented).
     */
    WhatsAppError[WhatsAppError["TooManyTwoStepVerificationPinGuesses"] = 133008] = "TooManyTwoStepVerificationPinGuesses";
    /**
     * 133009: Two-step verification PINs were tried too quickly; check the error details before trying again.
     *
     * Title: "Two step verification PIN Guessed Too Fast"
     *
     * Failure: transient, retry safe, action wait (documented).
     */
    WhatsAppError[WhatsAppError["TwoStepVerificationPinGuessedTooFast"] = 133009] = "TwoStepVerificationPinGuessedTooFast";
    /**
     * 133010: The number is not registered on the WhatsApp Business Platform.
     *
     * Title: "Phone number Not Registered"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    WhatsAppError[WhatsAppError["PhoneNumberNotRegistered"] = 133010] = "PhoneNumberNotRegistered";
    /**
     * 133015: The number was deleted recently and the deletion has not finished; wait about five minutes.
     *
     * Title: "Please wait a few minutes before attempting to register this phone number"
     *
     * Failure: transient, retry safe, action wait (documented).
     */
    WhatsAppError[WhatsAppError["RegistrationWaitRequired"] = 133015] = "RegistrationWaitRequired";
    /**
     * 133016: Too many register and deregister attempts for this number; try again once it is unblocked.
     *
     * Title: "Account register deregister rate limit exceeded"
     *
     * Failure: transient, retry safe, action wait (documented).
     */
    WhatsAppError[WhatsAppError["RegisterDeregisterRateLimitExceeded"] = 133016] = "RegisterDeregisterRateLimitExceeded";
    /**
     * 135000: The request failed because of an unknown problem with its parameters.
     *
     * Title: "Generic user error"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    WhatsAppError[WhatsAppError["GenericUserError"] = 135000] = "GenericUserError";
})(WhatsAppError || (WhatsAppError = {}));
/** Catalog metadata of every WhatsApp Cloud API code. */
export const whatsappTable = {
    0: { code: 0, group: "authorization", name: "AuthException", title: "AuthException", summary: "The app user could not be authenticated, most often because the access token expired or was revoked.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 0" }], note: "Meta lists HTTP status 401 with this code." },
    1: { code: 1, group: "other", name: "ApiUnknown", title: "API Unknown", summary: "The request was invalid, or the server had a problem; Meta says to check the platform status first, then the request.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 1" }], note: "Meta lists HTTP status 400 with this code." },
    2: { code: 2, group: "other", name: "ApiService", title: "API Service", summary: "The service is down for a while or overloaded; Meta says to check the status page before trying again.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 2" }], note: "Meta lists HTTP status 503 with this code." },
    3: { code: 3, group: "authorization", name: "ApiMethod", title: "API Method", summary: "The app lacks a capability or permission this endpoint needs.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 3" }], note: "Meta lists HTTP status 500 with this code." },
    4: { code: 4, group: "throttling", name: "ApiTooManyCalls", title: "API Too Many Calls", summary: "The app reached its limit of API calls; slow down or make fewer calls.", outcome: "failed", permanence: "transient", retry: "safe", action: "reduce-rate", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 4" }], note: "Meta lists HTTP status 400 with this code." },
    10: { code: 10, group: "authorization", name: "PermissionDenied", title: "Permission Denied", summary: "A permission the request needs was never granted or has been taken away.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 10" }], note: "Meta lists HTTP status 403 with this code." },
    33: { code: 33, group: "other", name: "ParameterValueIsNotValid33", title: "Parameter value is not valid", summary: "The business phone number of the request has been deleted.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 33" }], note: "Meta lists HTTP status 400 with this code." },
    100: { code: 100, group: "other", name: "InvalidParameter", title: "Invalid parameter", summary: "The request used parameters that are unsupported or misspelled.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 100" }], note: "Meta lists HTTP status 400 with this code." },
    190: { code: 190, group: "authorization", name: "AccessTokenHasExpired", title: "Access token has expired", summary: "The access token has expired; a new one is needed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 190" }], note: "Meta lists HTTP status 401 with this code." },
    368: { code: 368, group: "integrity", name: "TemporarilyBlockedForPolicyViolations", title: "Temporarily blocked for policies violations", summary: "The WhatsApp Business Account was restricted or disabled for breaking a policy.", outcome: "failed", permanence: "permanent", retry: "never", action: "contact-provider", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 368" }], note: "Meta lists HTTP status 403 with this code." },
    470: { code: 470, group: "messaging", name: "FreeformOutsideWindowLegacy", summary: "Legacy On-Premises API code: a free-form message sent outside the 24-hour customer-service window; the Cloud API reports 131047 instead.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "use-template", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 470" }, { doc: "reference/twilio-error-codes.json", section: "entries / code 63016" }], note: "Legacy On-Premises API code; Twilio reports it as its 63016." },
    80007: { code: 80007, group: "throttling", name: "RateLimitIssues", title: "Rate limit issues", summary: "The WhatsApp Business Account reached its rate limit; slow down or send less.", outcome: "failed", permanence: "transient", retry: "safe", action: "reduce-rate", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 80007" }], note: "Meta lists HTTP status 400 with this code." },
    130429: { code: 130429, group: "throttling", name: "RateLimitHit", title: "Rate limit hit", summary: "The phone number reached its Cloud API message throughput; slow down and try again later.", outcome: "failed", permanence: "transient", retry: "safe", action: "reduce-rate", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 130429" }], note: "Meta lists HTTP status 400 with this code." },
    130472: { code: 130472, group: "messaging", name: "UserInExperiment", title: "User's number is part of an experiment", summary: "Meta held the message back on purpose: the user is in a marketing-message experiment group.", outcome: "failed", permanence: "permanent", retry: "never", action: "none", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 130472" }], note: "Meta lists HTTP status 400 with this code." },
    130497: { code: 130497, group: "integrity", name: "AccountRestrictedFromCountry", summary: "The business account may not send messages to users in this country.", outcome: "failed", permanence: "permanent", retry: "never", action: "contact-provider", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 130497" }], note: "Meta's title was not available; the name follows pywa's mapping of Meta's documentation." },
    131000: { code: 131000, group: "messaging", name: "SomethingWentWrong", title: "Something went wrong", summary: "The message failed for a reason Meta does not give; Meta says to try again and to open a support ticket if it keeps happening.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 131000" }], note: "Meta lists HTTP status 500 with this code." },
    131005: { code: 131005, group: "messaging", name: "AccessDenied", title: "Access denied", summary: "A permission the request needs was never granted or has been taken away.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 131005" }], note: "Meta lists HTTP status 403 with this code." },
    131008: { code: 131008, group: "messaging", name: "RequiredParameterIsMissing", title: "Required parameter is missing", summary: "A parameter the request needs is missing.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 131008" }], note: "Meta lists HTTP status 400 with this code." },
    131009: { code: 131009, group: "messaging", name: "ParameterValueIsNotValid131009", title: "Parameter value is not valid", summary: "A parameter value is not valid, for example a phone number that does not belong to the account.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 131009" }], note: "Meta lists HTTP status 400 with this code." },
    131016: { code: 131016, group: "messaging", name: "ServiceUnavailable", title: "Service unavailable", summary: "A service is unavailable for now; Meta says to check the status page before trying again.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 131016" }], note: "Meta lists HTTP status 500 with this code." },
    131021: { code: 131021, group: "messaging", name: "RecipientCannotBeSender", title: "Recipient cannot be sender", summary: "The message was addressed to the sending number itself.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 131021" }], note: "Meta lists HTTP status 400 with this code." },
    131026: { code: 131026, group: "messaging", name: "MessageUndeliverable", title: "Message Undeliverable", summary: "WhatsApp could not deliver to this recipient: not a WhatsApp number, terms not accepted, an old app, the business blocked, or held back for the user's experience. Resending the same will not help.", outcome: "failed", permanence: "permanent", retry: "never", action: "verify-recipient", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 131026" }], note: "Meta lists HTTP status 400 with this code." },
    131030: { code: 131030, group: "messaging", name: "RecipientNotInAllowedList", title: "Recipient phone number not in allowed list", summary: "A test number may only send to recipients on its allowed list.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 131030" }] },
    131031: { code: 131031, group: "integrity", name: "AccountHasBeenLocked", title: "Account has been locked", summary: "The business account was locked for a policy violation, or data of the request (such as the two-step PIN) did not match the account.", outcome: "failed", permanence: "permanent", retry: "never", action: "contact-provider", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 131031" }], note: "Meta lists HTTP status 403 with this code." },
    131037: { code: 131037, group: "messaging", name: "PhoneNumberDisplayNameNotApproved", summary: "The sending number needs an approved display name before it can send.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 131037" }], note: "Meta's title was not available; the name follows pywa's mapping of Meta's documentation." },
    131042: { code: 131042, group: "messaging", name: "BusinessEligibilityPaymentIssue", title: "Business eligibility payment issue", summary: "A problem with the account's payment method or billing stopped the message.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "top-up", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 131042" }], note: "Meta lists HTTP status 400 with this code." },
    131045: { code: 131045, group: "messaging", name: "IncorrectCertificate", title: "Incorrect certificate", summary: "The phone number is not properly registered (a certificate error); it must be registered before sending again.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 131045" }], note: "Meta lists HTTP status 500 with this code." },
    131047: { code: 131047, group: "messaging", name: "ReEngagementMessage", title: "Re-engagement message", summary: "More than 24 hours have passed since the recipient last wrote; only an approved template may be sent now.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "use-template", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 131047" }], note: "Meta lists HTTP status 400 with this code." },
    131048: { code: 131048, group: "throttling", name: "SpamRateLimitHit", title: "Spam rate limit hit", summary: "Sending from this number is limited because earlier messages were blocked or flagged as spam; message quality must improve first.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 131048" }], note: "Meta lists HTTP status 400 with this code." },
    131049: { code: 131049, group: "messaging", name: "EcosystemEngagementLimit", title: "This message was not delivered to maintain healthy ecosystem engagement.", summary: "Meta held the message back to keep engagement healthy (a per-user limit on marketing templates); resending earlier than 24 hours later fails again.", outcome: "failed", permanence: "transient", retry: "safe", action: "wait", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 131049" }], note: "Only after the wait Meta gives; an earlier resend fails again." },
    131050: { code: 131050, group: "messaging", name: "UserStoppedMarketingMessages", summary: "The recipient has stopped marketing messages from this business.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 131050" }], note: "Meta's title was not available; the name follows pywa's mapping of Meta's documentation." },
    131051: { code: 131051, group: "messaging", name: "UnsupportedMessageType", title: "Unsupported message type", summary: "The message type is not supported.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 131051" }], note: "Meta lists HTTP status 400 with this code." },
    131052: { code: 131052, group: "messaging", name: "MediaDownloadError", title: "Media download error", summary: "Media the user sent could not be downloaded (an inbound problem); ask for it another way.", outcome: "failed", permanence: "permanent", retry: "never", action: "none", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 131052" }], note: "Meta lists HTTP status 400 with this code." },
    131053: { code: 131053, group: "messaging", name: "MediaUploadError", title: "Media upload error", summary: "Media of the outgoing message could not be uploaded, for example because of its type.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 131053" }], note: "Meta lists HTTP status 400 with this code." },
    131056: { code: 131056, group: "throttling", name: "PairRateLimitHit", title: "(Business Account, Consumer Account) pair rate limit hit", summary: "Too many messages went from this business number to the same recipient in a short time; wait before writing to that recipient again (others are not affected).", outcome: "failed", permanence: "transient", retry: "safe", action: "wait", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 131056" }], note: "Meta lists HTTP status 400 with this code. Only after the wait Meta gives; an earlier resend fails again." },
    131057: { code: 131057, group: "messaging", name: "AccountInMaintenanceMode", title: "Account in maintenance mode", summary: "The business account is in maintenance mode, for example during a throughput upgrade.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 131057" }], note: "Meta lists HTTP status 500 with this code." },
    131062: { code: 131062, group: "messaging", name: "BSUIDRecipientNotSupported", summary: "Recipients given by business-scoped user ID are not supported for this message.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 131062" }], note: "Meta's title was not available; the name follows pywa's mapping of Meta's documentation." },
    131063: { code: 131063, group: "messaging", name: "MarketingTemplatesDisabledForCloudAPI", summary: "Marketing templates are switched off for the Cloud API on this account.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 131063" }], note: "Meta's title was not available; the name follows pywa's mapping of Meta's documentation." },
    131064: { code: 131064, group: "throttling", name: "MessageFailedToReachMessagingLimit", summary: "The account reached its messaging limit because of template classification violations.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 131064" }], note: "Meta's title was not available; the name follows pywa's mapping of Meta's documentation." },
    132000: { code: 132000, group: "template", name: "TemplateParamCountMismatch", title: "Template Param Count Mismatch", summary: "The number of variable values does not match the variables of the template.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 132000" }], note: "Meta lists HTTP status 400 with this code." },
    132001: { code: 132001, group: "template", name: "TemplateDoesNotExist", title: "Template does not exist", summary: "No approved template with this name exists in this language.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 132001" }], note: "Meta lists HTTP status 404 with this code." },
    132005: { code: 132005, group: "template", name: "TemplateHydratedTextTooLong", title: "Template Hydrated Text Too Long", summary: "The template text with its values filled in is too long.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 132005" }], note: "Meta lists HTTP status 400 with this code." },
    132007: { code: 132007, group: "template", name: "TemplateFormatCharacterPolicyViolated", title: "Template Format Character Policy Violated", summary: "The template content breaks a WhatsApp policy.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 132007" }], note: "Meta lists HTTP status 400 with this code." },
    132012: { code: 132012, group: "template", name: "TemplateParameterFormatMismatch", title: "Template Parameter Format Mismatch", summary: "The variable values are not in the format the template asks for.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 132012" }], note: "Meta lists HTTP status 400 with this code." },
    132015: { code: 132015, group: "template", name: "TemplateIsPaused", title: "Template is Paused", summary: "The template is paused for low quality; edit it and wait for approval.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 132015" }], note: "Meta lists HTTP status 400 with this code." },
    132016: { code: 132016, group: "template", name: "TemplateIsDisabled", title: "Template is Disabled", summary: "The template was paused too often and is disabled for good; a new one is needed.", outcome: "failed", permanence: "permanent", retry: "never", action: "fix-content", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 132016" }], note: "Meta lists HTTP status 400 with this code." },
    132068: { code: 132068, group: "template", name: "FlowIsBlocked", title: "Flow is blocked", summary: "The Flow the message uses is blocked.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 132068" }], note: "Meta lists HTTP status 400 with this code." },
    132069: { code: 132069, group: "template", name: "FlowIsThrottled", title: "Flow is throttled", summary: "The Flow is throttled: messages using it have reached the hourly limit.", outcome: "failed", permanence: "transient", retry: "safe", action: "wait", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 132069" }], note: "Meta lists HTTP status 400 with this code. Only after the wait Meta gives; an earlier resend fails again." },
    133000: { code: 133000, group: "registration", name: "IncompleteDeregistration", title: "Incomplete Deregistration", summary: "An earlier deregistration did not finish; deregister again before registering.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 133000" }], note: "Meta lists HTTP status 500 with this code." },
    133004: { code: 133004, group: "registration", name: "ServerTemporarilyUnavailable", title: "Server Temporarily Unavailable", summary: "The server is unavailable for now; check the status and the error details before trying again.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 133004" }], note: "Meta lists HTTP status 503 with this code." },
    133005: { code: 133005, group: "registration", name: "TwoStepVerificationPinMismatch", title: "Two step verification PIN Mismatch", summary: "The two-step verification PIN is wrong.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 133005" }], note: "Meta lists HTTP status 400 with this code." },
    133006: { code: 133006, group: "registration", name: "PhoneNumberReVerificationNeeded", title: "Phone number re-verification needed", summary: "The number must be verified before it can be registered.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 133006" }], note: "Meta lists HTTP status 400 with this code." },
    133008: { code: 133008, group: "registration", name: "TooManyTwoStepVerificationPinGuesses", title: "Too Many two step verification PIN Guesses", summary: "Too many wrong two-step verification PINs; wait as long as the error details say.", outcome: "failed", permanence: "transient", retry: "safe", action: "wait", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 133008" }], note: "Meta lists HTTP status 400 with this code. Only after the wait Meta gives; an earlier resend fails again." },
    133009: { code: 133009, group: "registration", name: "TwoStepVerificationPinGuessedTooFast", title: "Two step verification PIN Guessed Too Fast", summary: "Two-step verification PINs were tried too quickly; check the error details before trying again.", outcome: "failed", permanence: "transient", retry: "safe", action: "wait", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 133009" }], note: "Meta lists HTTP status 400 with this code. Only after the wait Meta gives; an earlier resend fails again." },
    133010: { code: 133010, group: "registration", name: "PhoneNumberNotRegistered", title: "Phone number Not Registered", summary: "The number is not registered on the WhatsApp Business Platform.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 133010" }], note: "Meta lists HTTP status 400 with this code." },
    133015: { code: 133015, group: "registration", name: "RegistrationWaitRequired", title: "Please wait a few minutes before attempting to register this phone number", summary: "The number was deleted recently and the deletion has not finished; wait about five minutes.", outcome: "failed", permanence: "transient", retry: "safe", action: "wait", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 133015" }], note: "Meta lists HTTP status 400 with this code. Only after the wait Meta gives; an earlier resend fails again." },
    133016: { code: 133016, group: "throttling", name: "RegisterDeregisterRateLimitExceeded", title: "Account register deregister rate limit exceeded", summary: "Too many register and deregister attempts for this number; try again once it is unblocked.", outcome: "failed", permanence: "transient", retry: "safe", action: "wait", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 133016" }], note: "Meta lists HTTP status 400 with this code. Only after the wait Meta gives; an earlier resend fails again." },
    135000: { code: 135000, group: "messaging", name: "GenericUserError", title: "Generic user error", summary: "The request failed because of an unknown problem with its parameters.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/whatsapp-cloud-api-error-codes.json", section: "entries / code 135000" }], note: "Meta lists HTTP status 400 with this code." },
};
/** WhatsApp Cloud API: header and every entry, for tools that walk the catalog. */
export const whatsappFamily = { ...{ id: "whatsapp", displayName: "WhatsApp Cloud API", description: "Meta WhatsApp Business Platform (Cloud API) error codes, from Graph API responses and message status webhooks.", enumName: "WhatsAppError", codeType: "number", sentAsString: false, nameHints: ["whatsapp", "wa", "meta"], channels: [], groups: [{ id: "authorization", displayName: "Authorization errors", description: "Access tokens, permissions and app capabilities." }, { id: "integrity", displayName: "Integrity errors", description: "Accounts restricted or locked for policy violations." }, { id: "messaging", displayName: "Messaging errors", description: "Sending and delivering messages, media and the customer-service window." }, { id: "other", displayName: "Other errors", description: "Generic request and service errors." }, { id: "registration", displayName: "Registration errors", description: "Registering and verifying business phone numbers." }, { id: "template", displayName: "Template errors", description: "Message templates and Flows." }, { id: "throttling", displayName: "Throttling errors", description: "Rate, throughput and spam limits." }] }, entries: Object.values(whatsappTable) };
/** Whether `value` is a WhatsApp Cloud API code. */
export function isWhatsAppErrorCode(value) {
    return typeof value === 'number' && Object.hasOwn(whatsappTable, value);
}
/** Whether `value` is the code of a permanent WhatsApp Cloud API failure. */
export function isPermanentWhatsAppErrorCode(value) {
    if (!(typeof value === 'number') || !Object.hasOwn(whatsappTable, value))
        return false;
    const entry = whatsappTable[value];
    return entry.outcome === 'failed' && entry.permanence === 'permanent';
}
/** Whether `value` is a WhatsApp Cloud API failure that may be sent again unchanged. */
export function isRetryableWhatsAppErrorCode(value) {
    if (!(typeof value === 'number') || !Object.hasOwn(whatsappTable, value))
        return false;
    const entry = whatsappTable[value];
    return entry.outcome === 'failed' && (entry.retry === 'safe' || entry.retry === 'provider-retries');
}
