import type { CodeEntry, FamilyData, PermanentFailureHandlers } from "../codes/types.ts";
/**
 * WhatsApp Cloud API codes by name. Meta WhatsApp Business Platform (Cloud API) error codes, from Graph API responses and message status webhooks.
 *
 * @deliveryCodes whatsapp
 */
export declare enum WhatsAppError {
    /**
     * 0: The app user could not be authenticated, most often because the access token expired or was revoked.
     *
     * Title: "AuthException"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    AuthException = 0,
    /**
     * 1: The request was invalid, or the server had a problem; Meta says to check the platform status first, then the request.
     *
     * Title: "API Unknown"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    ApiUnknown = 1,
    /**
     * 2: The service is down for a while or overloaded; Meta says to check the status page before trying again.
     *
     * Title: "API Service"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    ApiService = 2,
    /**
     * 3: The app lacks a capability or permission this endpoint needs.
     *
     * Title: "API Method"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    ApiMethod = 3,
    /**
     * 4: The app reached its limit of API calls; slow down or make fewer calls.
     *
     * Title: "API Too Many Calls"
     *
     * Failure: transient, retry safe, action reduce-rate (documented).
     */
    ApiTooManyCalls = 4,
    /**
     * 10: A permission the request needs was never granted or has been taken away.
     *
     * Title: "Permission Denied"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    PermissionDenied = 10,
    /**
     * 33: The business phone number of the request has been deleted.
     *
     * Title: "Parameter value is not valid"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    ParameterValueIsNotValid33 = 33,
    /**
     * 100: The request used parameters that are unsupported or misspelled.
     *
     * Title: "Invalid parameter"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    InvalidParameter = 100,
    /**
     * 190: The access token has expired; a new one is needed.
     *
     * Title: "Access token has expired"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    AccessTokenHasExpired = 190,
    /**
     * 368: The WhatsApp Business Account was restricted or disabled for breaking a policy.
     *
     * Title: "Temporarily blocked for policies violations"
     *
     * Failure: permanent, retry never, action contact-provider (documented).
     */
    TemporarilyBlockedForPolicyViolations = 368,
    /**
     * 470: Legacy On-Premises API code: a free-form message sent outside the 24-hour customer-service window; the Cloud API reports 131047 instead.
     *
     * Failure: permanent, retry after-fix, action use-template (documented).
     */
    FreeformOutsideWindowLegacy = 470,
    /**
     * 80007: The WhatsApp Business Account reached its rate limit; slow down or send less.
     *
     * Title: "Rate limit issues"
     *
     * Failure: transient, retry safe, action reduce-rate (documented).
     */
    RateLimitIssues = 80007,
    /**
     * 130429: The phone number reached its Cloud API message throughput; slow down and try again later.
     *
     * Title: "Rate limit hit"
     *
     * Failure: transient, retry safe, action reduce-rate (documented).
     */
    RateLimitHit = 130429,
    /**
     * 130472: Meta held the message back on purpose: the user is in a marketing-message experiment group.
     *
     * Title: "User's number is part of an experiment"
     *
     * Failure: permanent, retry never, action none (documented).
     */
    UserInExperiment = 130472,
    /**
     * 130497: The business account may not send messages to users in this country.
     *
     * Failure: permanent, retry never, action contact-provider (documented).
     */
    AccountRestrictedFromCountry = 130497,
    /**
     * 131000: The message failed for a reason Meta does not give; Meta says to try again and to open a support ticket if it keeps happening.
     *
     * Title: "Something went wrong"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SomethingWentWrong = 131000,
    /**
     * 131005: A permission the request needs was never granted or has been taken away.
     *
     * Title: "Access denied"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    AccessDenied = 131005,
    /**
     * 131008: A parameter the request needs is missing.
     *
     * Title: "Required parameter is missing"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    RequiredParameterIsMissing = 131008,
    /**
     * 131009: A parameter value is not valid, for example a phone number that does not belong to the account.
     *
     * Title: "Parameter value is not valid"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    ParameterValueIsNotValid131009 = 131009,
    /**
     * 131016: A service is unavailable for now; Meta says to check the status page before trying again.
     *
     * Title: "Service unavailable"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    ServiceUnavailable = 131016,
    /**
     * 131021: The message was addressed to the sending number itself.
     *
     * Title: "Recipient cannot be sender"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    RecipientCannotBeSender = 131021,
    /**
     * 131026: WhatsApp could not deliver to this recipient: not a WhatsApp number, terms not accepted, an old app, the business blocked, or held back for the user's experience. Resending the same will not help.
     *
     * Title: "Message Undeliverable"
     *
     * Failure: permanent, retry never, action verify-recipient (documented).
     */
    MessageUndeliverable = 131026,
    /**
     * 131030: A test number may only send to recipients on its allowed list.
     *
     * Title: "Recipient phone number not in allowed list"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    RecipientNotInAllowedList = 131030,
    /**
     * 131031: The business account was locked for a policy violation, or data of the request (such as the two-step PIN) did not match the account.
     *
     * Title: "Account has been locked"
     *
     * Failure: permanent, retry never, action contact-provider (documented).
     */
    AccountHasBeenLocked = 131031,
    /**
     * 131037: The sending number needs an approved display name before it can send.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    PhoneNumberDisplayNameNotApproved = 131037,
    /**
     * 131042: A problem with the account's payment method or billing stopped the message.
     *
     * Title: "Business eligibility payment issue"
     *
     * Failure: permanent, retry after-fix, action top-up (documented).
     */
    BusinessEligibilityPaymentIssue = 131042,
    /**
     * 131045: The phone number is not properly registered (a certificate error); it must be registered before sending again.
     *
     * Title: "Incorrect certificate"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    IncorrectCertificate = 131045,
    /**
     * 131047: More than 24 hours have passed since the recipient last wrote; only an approved template may be sent now.
     *
     * Title: "Re-engagement message"
     *
     * Failure: permanent, retry after-fix, action use-template (documented).
     */
    ReEngagementMessage = 131047,
    /**
     * 131048: Sending from this number is limited because earlier messages were blocked or flagged as spam; message quality must improve first.
     *
     * Title: "Spam rate limit hit"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    SpamRateLimitHit = 131048,
    /**
     * 131049: Meta held the message back to keep engagement healthy (a per-user limit on marketing templates); resending earlier than 24 hours later fails again.
     *
     * Title: "This message was not delivered to maintain healthy ecosystem engagement."
     *
     * Failure: transient, retry safe, action wait (documented).
     */
    EcosystemEngagementLimit = 131049,
    /**
     * 131050: The recipient has stopped marketing messages from this business.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    UserStoppedMarketingMessages = 131050,
    /**
     * 131051: The message type is not supported.
     *
     * Title: "Unsupported message type"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    UnsupportedMessageType = 131051,
    /**
     * 131052: Media the user sent could not be downloaded (an inbound problem); ask for it another way.
     *
     * Title: "Media download error"
     *
     * Failure: permanent, retry never, action none (documented).
     */
    MediaDownloadError = 131052,
    /**
     * 131053: Media of the outgoing message could not be uploaded, for example because of its type.
     *
     * Title: "Media upload error"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    MediaUploadError = 131053,
    /**
     * 131056: Too many messages went from this business number to the same recipient in a short time; wait before writing to that recipient again (others are not affected).
     *
     * Title: "(Business Account, Consumer Account) pair rate limit hit"
     *
     * Failure: transient, retry safe, action wait (documented).
     */
    PairRateLimitHit = 131056,
    /**
     * 131057: The business account is in maintenance mode, for example during a throughput upgrade.
     *
     * Title: "Account in maintenance mode"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    AccountInMaintenanceMode = 131057,
    /**
     * 131062: Recipients given by business-scoped user ID are not supported for this message.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    BSUIDRecipientNotSupported = 131062,
    /**
     * 131063: Marketing templates are switched off for the Cloud API on this account.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    MarketingTemplatesDisabledForCloudAPI = 131063,
    /**
     * 131064: The account reached its messaging limit because of template classification violations.
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    MessageFailedToReachMessagingLimit = 131064,
    /**
     * 132000: The number of variable values does not match the variables of the template.
     *
     * Title: "Template Param Count Mismatch"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    TemplateParamCountMismatch = 132000,
    /**
     * 132001: No approved template with this name exists in this language.
     *
     * Title: "Template does not exist"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    TemplateDoesNotExist = 132001,
    /**
     * 132005: The template text with its values filled in is too long.
     *
     * Title: "Template Hydrated Text Too Long"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    TemplateHydratedTextTooLong = 132005,
    /**
     * 132007: The template content breaks a WhatsApp policy.
     *
     * Title: "Template Format Character Policy Violated"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    TemplateFormatCharacterPolicyViolated = 132007,
    /**
     * 132012: The variable values are not in the format the template asks for.
     *
     * Title: "Template Parameter Format Mismatch"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    TemplateParameterFormatMismatch = 132012,
    /**
     * 132015: The template is paused for low quality; edit it and wait for approval.
     *
     * Title: "Template is Paused"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    TemplateIsPaused = 132015,
    /**
     * 132016: The template was paused too often and is disabled for good; a new one is needed.
     *
     * Title: "Template is Disabled"
     *
     * Failure: permanent, retry never, action fix-content (documented).
     */
    TemplateIsDisabled = 132016,
    /**
     * 132068: The Flow the message uses is blocked.
     *
     * Title: "Flow is blocked"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    FlowIsBlocked = 132068,
    /**
     * 132069: The Flow is throttled: messages using it have reached the hourly limit.
     *
     * Title: "Flow is throttled"
     *
     * Failure: transient, retry safe, action wait (documented).
     */
    FlowIsThrottled = 132069,
    /**
     * 133000: An earlier deregistration did not finish; deregister again before registering.
     *
     * Title: "Incomplete Deregistration"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    IncompleteDeregistration = 133000,
    /**
     * 133004: The server is unavailable for now; check the status and the error details before trying again.
     *
     * Title: "Server Temporarily Unavailable"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    ServerTemporarilyUnavailable = 133004,
    /**
     * 133005: The two-step verification PIN is wrong.
     *
     * Title: "Two step verification PIN Mismatch"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    TwoStepVerificationPinMismatch = 133005,
    /**
     * 133006: The number must be verified before it can be registered.
     *
     * Title: "Phone number re-verification needed"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    PhoneNumberReVerificationNeeded = 133006,
    /**
     * 133008: Too many wrong two-step verification PINs; wait as long as the error details say.
     *
     * Title: "Too Many two step verification PIN Guesses"
     *
     * Failure: transient, retry safe, action wait (documented).
     */
    TooManyTwoStepVerificationPinGuesses = 133008,
    /**
     * 133009: Two-step verification PINs were tried too quickly; check the error details before trying again.
     *
     * Title: "Two step verification PIN Guessed Too Fast"
     *
     * Failure: transient, retry safe, action wait (documented).
     */
    TwoStepVerificationPinGuessedTooFast = 133009,
    /**
     * 133010: The number is not registered on the WhatsApp Business Platform.
     *
     * Title: "Phone number Not Registered"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    PhoneNumberNotRegistered = 133010,
    /**
     * 133015: The number was deleted recently and the deletion has not finished; wait about five minutes.
     *
     * Title: "Please wait a few minutes before attempting to register this phone number"
     *
     * Failure: transient, retry safe, action wait (documented).
     */
    RegistrationWaitRequired = 133015,
    /**
     * 133016: Too many register and deregister attempts for this number; try again once it is unblocked.
     *
     * Title: "Account register deregister rate limit exceeded"
     *
     * Failure: transient, retry safe, action wait (documented).
     */
    RegisterDeregisterRateLimitExceeded = 133016,
    /**
     * 135000: The request failed because of an unknown problem with its parameters.
     *
     * Title: "Generic user error"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    GenericUserError = 135000
}
/**
 * Every WhatsApp Cloud API code.
 *
 * @deliveryCodes whatsapp
 */
export type WhatsAppErrorCode = 0 | 1 | 2 | 3 | 4 | 10 | 33 | 100 | 190 | 368 | 470 | 80007 | 130429 | 130472 | 130497 | 131000 | 131005 | 131008 | 131009 | 131016 | 131021 | 131026 | 131030 | 131031 | 131037 | 131042 | 131045 | 131047 | 131048 | 131049 | 131050 | 131051 | 131052 | 131053 | 131056 | 131057 | 131062 | 131063 | 131064 | 132000 | 132001 | 132005 | 132007 | 132012 | 132015 | 132016 | 132068 | 132069 | 133000 | 133004 | 133005 | 133006 | 133008 | 133009 | 133010 | 133015 | 133016 | 135000;
/**
 * WhatsApp Cloud API codes of permanent failures.
 *
 * @deliveryCodes whatsapp permanent
 */
export type PermanentWhatsAppErrorCode = 0 | 1 | 3 | 10 | 33 | 100 | 190 | 368 | 470 | 130472 | 130497 | 131005 | 131008 | 131009 | 131021 | 131026 | 131030 | 131031 | 131037 | 131042 | 131045 | 131047 | 131048 | 131050 | 131051 | 131052 | 131053 | 131062 | 131063 | 131064 | 132000 | 132001 | 132005 | 132007 | 132012 | 132015 | 132016 | 132068 | 133000 | 133005 | 133006 | 133010 | 135000;
/**
 * WhatsApp Cloud API failures that may be sent again unchanged (retry safe or done by the provider).
 *
 * @deliveryCodes whatsapp retryable
 */
export type RetryableWhatsAppErrorCode = 2 | 4 | 80007 | 130429 | 131000 | 131016 | 131049 | 131056 | 131057 | 132069 | 133004 | 133008 | 133009 | 133015 | 133016;
/**
 * WhatsApp Cloud API failures that must not be sent again unchanged (retry never or after a fix).
 *
 * @deliveryCodes whatsapp non-retryable
 */
export type NonRetryableWhatsAppErrorCode = 0 | 1 | 3 | 10 | 33 | 100 | 190 | 368 | 470 | 130472 | 130497 | 131005 | 131008 | 131009 | 131021 | 131026 | 131030 | 131031 | 131037 | 131042 | 131045 | 131047 | 131048 | 131050 | 131051 | 131052 | 131053 | 131062 | 131063 | 131064 | 132000 | 132001 | 132005 | 132007 | 132012 | 132015 | 132016 | 132068 | 133000 | 133005 | 133006 | 133010 | 135000;
/** A handler per permanent WhatsApp Cloud API failure; use with `satisfies` so a missing one fails to compile. */
export type WhatsAppErrorPermanentFailureHandlers<R = unknown> = PermanentFailureHandlers<PermanentWhatsAppErrorCode, WhatsAppErrorCode, R>;
/** Catalog metadata of every WhatsApp Cloud API code. */
export declare const whatsappTable: {
    readonly [K in WhatsAppErrorCode]: CodeEntry<K>;
};
/** WhatsApp Cloud API: header and every entry, for tools that walk the catalog. */
export declare const whatsappFamily: FamilyData;
/** Whether `value` is a WhatsApp Cloud API code. */
export declare function isWhatsAppErrorCode(value: unknown): value is WhatsAppErrorCode;
/** Whether `value` is the code of a permanent WhatsApp Cloud API failure. */
export declare function isPermanentWhatsAppErrorCode(value: unknown): value is PermanentWhatsAppErrorCode;
/** Whether `value` is a WhatsApp Cloud API failure that may be sent again unchanged. */
export declare function isRetryableWhatsAppErrorCode(value: unknown): value is RetryableWhatsAppErrorCode;
