import type { CodeEntry, FamilyData, PermanentFailureHandlers } from "../codes/types.ts";
/**
 * Twilio codes by name. Twilio's error and warning codes for every product: messaging from the send request through carrier delivery reports, webhooks, voice, Verify, video and the rest.
 *
 * @deliveryCodes twilio
 */
export declare enum TwilioError {
    /**
     * 400: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Bad Request"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BadRequest400 = 400,
    /**
     * 403: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Forbidden"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    Forbidden403 = 403,
    /**
     * 404: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Not Found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NotFound404 = 404,
    /**
     * 410: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Unknown Error Code"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnknownErrorCode = 410,
    /**
     * 503: Twilio error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Internal Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InternalError = 503,
    /**
     * 10001: Twilio error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Account is not active"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AccountIsNotActive10001 = 10001,
    /**
     * 10002: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Trial accounts do not support the feature you tried to use"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TrialAccountsDoNotSupportTheFeatureYou = 10002,
    /**
     * 10003: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Incoming call rejected due to inactive account"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    IncomingCallRejectedDueToInactiveAccount = 10003,
    /**
     * 10004: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Call concurrency limit exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CallConcurrencyLimitExceeded = 10004,
    /**
     * 11100: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid URL format"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidUrlFormat11100 = 11100,
    /**
     * 11200: A request between Twilio and the application's server got no usable answer in time, so the message could not be processed.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    HttpRetrievalFailure = 11200,
    /**
     * 11201: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "TCP connection timed out"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TcpConnectionTimedOut = 11201,
    /**
     * 11202: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "TCP connection refused"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TcpConnectionRefused = 11202,
    /**
     * 11203: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "HTTP communication total time out triggered"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    HttpCommunicationTotalTimeOutTriggered = 11203,
    /**
     * 11205: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "HTTP connection failure"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    HttpConnectionFailure = 11205,
    /**
     * 11206: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "HTTP protocol violation"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    HttpProtocolViolation = 11206,
    /**
     * 11210: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "HTTP bad host name"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    HttpBadHostName = 11210,
    /**
     * 11215: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "HTTP too many redirects"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    HttpTooManyRedirects = 11215,
    /**
     * 11220: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "SSL/TLS Handshake Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SslTlsHandshakeError = 11220,
    /**
     * 11235: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Certificate Invalid - Domain Mismatch"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CertificateInvalidDomainMismatch = 11235,
    /**
     * 11236: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Certificate Invalid - Certificate Expired"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CertificateInvalidCertificateExpired = 11236,
    /**
     * 11237: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Certificate Invalid - Could not find path to certificate"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CertificateInvalidCouldNotFindPathToCertificate = 11237,
    /**
     * 11240: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "HTTP connection edge location is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    HttpConnectionEdgeLocationIsInvalid = 11240,
    /**
     * 11241: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "HTTP connection edge location is not supported"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    HttpConnectionEdgeLocationIsNotSupported = 11241,
    /**
     * 11242: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "HTTP connection over Twilio Interconnect is not allowed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    HttpConnectionOverTwilioInterconnectIsNotAllowed = 11242,
    /**
     * 11243: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "HTTP retry policy is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    HttpRetryPolicyIsInvalid = 11243,
    /**
     * 11251: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Fatal protocol violation"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FatalProtocolViolation = 11251,
    /**
     * 11300: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid template URL"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidTemplateUrl = 11300,
    /**
     * 11310: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid template token"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidTemplateToken = 11310,
    /**
     * 11320: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid template unclosed brackets"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidTemplateUnclosedBrackets = 11320,
    /**
     * 11750: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "TwiML response body too large"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwiMLResponseBodyTooLarge = 11750,
    /**
     * 11751: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Media Message - Media exceeds messaging provider size limit"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MediaMessageMediaExceedsMessagingProviderSizeLimit = 11751,
    /**
     * 11770: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Empty response body"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    EmptyResponseBody = 11770,
    /**
     * 12100: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Document parse failure"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DocumentParseFailure = 12100,
    /**
     * 12101: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Twilio Markup XML version"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidTwilioMarkupXmlVersion = 12101,
    /**
     * 12102: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "The root element must be Response"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheRootElementMustBeResponse = 12102,
    /**
     * 12200: Twilio warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Schema validation warning"
     *
     * Outcome: unknown.
     */
    SchemaValidationWarning = 12200,
    /**
     * 12300: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid Content-Type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidContentType = 12300,
    /**
     * 12301: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Upload Content-Type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidUploadContentType = 12301,
    /**
     * 12400: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Internal Failure"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InternalFailure = 12400,
    /**
     * 13000: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Conference Noun cannot be mixed with Number nouns"
     *
     * Outcome: unknown.
     */
    ConferenceNounCannotBeMixedWithNumberNouns = 13000,
    /**
     * 13110: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Annotate: Annotate must contain one valid nested element"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AnnotateAnnotateMustContainOneValidNestedElement = 13110,
    /**
     * 13111: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Annotate: Annotate must contain only one of element X"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AnnotateAnnotateMustContainOnlyOneOfElement = 13111,
    /**
     * 13112: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Annotate: Invalid nested element"
     *
     * Outcome: unknown.
     */
    AnnotateInvalidNestedElement = 13112,
    /**
     * 13120: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Annotate->BillingReferenceTag cannot be over 128 characters"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AnnotateBillingReferenceTagCannotBeOver128Characters = 13120,
    /**
     * 13201: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Dial: Cannot Dial out from a Dial Call Segment"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialCannotDialOutFromADialCall = 13201,
    /**
     * 13210: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial: Invalid method value"
     *
     * Outcome: unknown.
     */
    DialInvalidMethodValue = 13210,
    /**
     * 13211: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial: Invalid ifMachine value"
     *
     * Outcome: unknown.
     */
    DialInvalidIfMachineValue = 13211,
    /**
     * 13212: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial: Invalid timeout value"
     *
     * Outcome: unknown.
     */
    DialInvalidTimeoutValue = 13212,
    /**
     * 13213: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial: Invalid hangupOnStar value"
     *
     * Outcome: unknown.
     */
    DialInvalidHangupOnStarValue = 13213,
    /**
     * 13214: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial: Invalid callerId value"
     *
     * Outcome: unknown.
     */
    DialInvalidCallerIdValue = 13214,
    /**
     * 13215: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial: Invalid nested element"
     *
     * Outcome: unknown.
     */
    DialInvalidNestedElement = 13215,
    /**
     * 13216: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Invalid timeLimit value"
     *
     * Outcome: unknown.
     */
    InvalidTimeLimitValue = 13216,
    /**
     * 13217: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial: Invalid record value"
     *
     * Outcome: unknown.
     */
    DialInvalidRecordValue = 13217,
    /**
     * 13218: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial: Invalid sequential value"
     *
     * Outcome: unknown.
     */
    DialInvalidSequentialValue = 13218,
    /**
     * 13219: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial: Invalid answerOnBridge value"
     *
     * Outcome: unknown.
     */
    DialInvalidAnswerOnBridgeValue = 13219,
    /**
     * 13220: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial: Invalid ringTone value"
     *
     * Outcome: unknown.
     */
    DialInvalidRingToneValue = 13220,
    /**
     * 13221: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial->Number: Invalid method value"
     *
     * Outcome: unknown.
     */
    DialNumberInvalidMethodValue = 13221,
    /**
     * 13222: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial->Number: Invalid sendDigits value"
     *
     * Outcome: unknown.
     */
    DialNumberInvalidSendDigitsValue = 13222,
    /**
     * 13223: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial: Invalid phone number format"
     *
     * Outcome: unknown.
     */
    DialInvalidPhoneNumberFormat = 13223,
    /**
     * 13224: Twilio warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial: Twilio does not support calling this number or the number is invalid"
     *
     * Outcome: unknown.
     */
    DialTwilioDoesNotSupportCallingThisNumber = 13224,
    /**
     * 13225: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial: Call blocked by Twilio block list"
     *
     * Outcome: unknown.
     */
    DialCallBlockedByTwilioBlockList = 13225,
    /**
     * 13226: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial: Invalid country code"
     *
     * Outcome: unknown.
     */
    DialInvalidCountryCode = 13226,
    /**
     * 13227: Twilio warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Geo Permission configuration is not permitting call"
     *
     * Outcome: unknown.
     */
    GeoPermissionConfigurationIsNotPermittingCall13227 = 13227,
    /**
     * 13230: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial->Conference: Invalid muted value"
     *
     * Outcome: unknown.
     */
    DialConferenceInvalidMutedValue = 13230,
    /**
     * 13231: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Dial->Conference: Invalid endConferenceOnExit value"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialConferenceInvalidEndConferenceOnExitValue = 13231,
    /**
     * 13232: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial->Conference: Invalid startConferenceOnEnter value"
     *
     * Outcome: unknown.
     */
    DialConferenceInvalidStartConferenceOnEnterValue = 13232,
    /**
     * 13233: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial->Conference: Invalid waitUrl"
     *
     * Outcome: unknown.
     */
    DialConferenceInvalidWaitUrl = 13233,
    /**
     * 13234: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial->Conference: Invalid waitMethod"
     *
     * Outcome: unknown.
     */
    DialConferenceInvalidWaitMethod = 13234,
    /**
     * 13235: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial->Conference: Invalid beep value"
     *
     * Outcome: unknown.
     */
    DialConferenceInvalidBeepValue = 13235,
    /**
     * 13236: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial->Conference: Invalid Conference Sid"
     *
     * Outcome: unknown.
     */
    DialConferenceInvalidConferenceSid = 13236,
    /**
     * 13237: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial->Conference: Invalid Conference Name"
     *
     * Outcome: unknown.
     */
    DialConferenceInvalidConferenceName = 13237,
    /**
     * 13238: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Dial->Conference: Invalid Verb used in waitUrl, holdUrl, or announceUrl TwiML"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialConferenceInvalidVerbUsedInWaitUrlHoldUrl = 13238,
    /**
     * 13239: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Dial->Conference: Invalid Trim Value"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialConferenceInvalidTrimValue = 13239,
    /**
     * 13240: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Dial->Conference: Invalid Whisper SID"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialConferenceInvalidWhisperSid = 13240,
    /**
     * 13241: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial->SIP: Invalid method value"
     *
     * Outcome: unknown.
     */
    DialSipInvalidMethodValue = 13241,
    /**
     * 13242: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial->SIP: Invalid sendDigits value"
     *
     * Outcome: unknown.
     */
    DialSipInvalidSendDigitsValue = 13242,
    /**
     * 13243: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial->SIP: Invalid SIP URI"
     *
     * Outcome: unknown.
     */
    DialSipInvalidSipUri = 13243,
    /**
     * 13244: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial: No SIP Authorization"
     *
     * Outcome: unknown.
     */
    DialNoSipAuthorization = 13244,
    /**
     * 13245: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial: Not allowed in this API version"
     *
     * Outcome: unknown.
     */
    DialNotAllowedInThisApiVersion = 13245,
    /**
     * 13246: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial: SIP dialing not enabled for this account"
     *
     * Outcome: unknown.
     */
    DialSipDialingNotEnabledForThisAccount = 13246,
    /**
     * 13247: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Dial: Invalid From number (caller ID)"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialInvalidFromNumberCallerId = 13247,
    /**
     * 13248: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial: Invalid callerID, too long"
     *
     * Outcome: unknown.
     */
    DialInvalidCallerIDTooLong = 13248,
    /**
     * 13249: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial: Invalid username or password attribute"
     *
     * Outcome: unknown.
     */
    DialInvalidUsernameOrPasswordAttribute = 13249,
    /**
     * 13250: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial: Too many URIs passed"
     *
     * Outcome: unknown.
     */
    DialTooManyURIsPassed = 13250,
    /**
     * 13251: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial: Too many headers passed"
     *
     * Outcome: unknown.
     */
    DialTooManyHeadersPassed = 13251,
    /**
     * 13252: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial: Invalid header name"
     *
     * Outcome: unknown.
     */
    DialInvalidHeaderName = 13252,
    /**
     * 13253: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial: Header is too long"
     *
     * Outcome: unknown.
     */
    DialHeaderIsTooLong = 13253,
    /**
     * 13254: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial->Sip: SIP URI DNS does not resolve or resolves to an non-public IP address"
     *
     * Outcome: unknown.
     */
    DialSipSipUriDnsDoesNotResolve = 13254,
    /**
     * 13255: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dialing .sip.twilio.com addresses is not currently allowed"
     *
     * Outcome: unknown.
     */
    DialingSipTwilioComAddressesIsNotCurrently = 13255,
    /**
     * 13256: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Invalid recordingStatusCallback URL"
     *
     * Outcome: unknown.
     */
    InvalidRecordingStatusCallbackUrl = 13256,
    /**
     * 13257: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid transcribeCallback URL"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidTranscribeCallbackUrl = 13257,
    /**
     * 13258: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Dial->Sim not supported in this realm"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialSimNotSupportedInThisRealm = 13258,
    /**
     * 13299: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "2010 Conference API feature requested using 2008 API"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    Code2010ConferenceApiFeatureRequestedUsing2008Api = 13299,
    /**
     * 13310: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Gather: Invalid finishOnKey value"
     *
     * Outcome: unknown.
     */
    GatherInvalidFinishOnKeyValue13310 = 13310,
    /**
     * 13311: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Gather: Invalid finishOnKey value"
     *
     * Outcome: unknown.
     */
    GatherInvalidFinishOnKeyValue13311 = 13311,
    /**
     * 13312: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Gather: Invalid method value"
     *
     * Outcome: unknown.
     */
    GatherInvalidMethodValue = 13312,
    /**
     * 13313: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Gather: Invalid timeout value"
     *
     * Outcome: unknown.
     */
    GatherInvalidTimeoutValue = 13313,
    /**
     * 13314: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Gather: Invalid numDigits value"
     *
     * Outcome: unknown.
     */
    GatherInvalidNumDigitsValue = 13314,
    /**
     * 13320: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Gather: Invalid nested verb"
     *
     * Outcome: unknown.
     */
    GatherInvalidNestedVerb = 13320,
    /**
     * 13321: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Gather->Say: Invalid voice value"
     *
     * Outcome: unknown.
     */
    GatherSayInvalidVoiceValue = 13321,
    /**
     * 13322: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Gather->Say: Invalid loop value"
     *
     * Outcome: unknown.
     */
    GatherSayInvalidLoopValue = 13322,
    /**
     * 13325: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Gather->Play: Invalid Content-Type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    GatherPlayInvalidContentType = 13325,
    /**
     * 13326: Programmable Voice warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Gather: Invalid input value"
     *
     * Outcome: unknown.
     */
    GatherInvalidInputValue = 13326,
    /**
     * 13327: Programmable Voice warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Gather: Invalid speechTimeout value"
     *
     * Outcome: unknown.
     */
    GatherInvalidSpeechTimeoutValue = 13327,
    /**
     * 13328: Programmable Voice warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Gather: Invalid maxSpeechTime value"
     *
     * Outcome: unknown.
     */
    GatherInvalidMaxSpeechTimeValue = 13328,
    /**
     * 13329: Programmable Voice warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Gather: Invalid partialResultCallbackMethod value"
     *
     * Outcome: unknown.
     */
    GatherInvalidPartialResultCallbackMethodValue = 13329,
    /**
     * 13330: Programmable Voice warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Gather: Invalid hints value"
     *
     * Outcome: unknown.
     */
    GatherInvalidHintsValue = 13330,
    /**
     * 13331: Programmable Voice warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Gather: Invalid language value"
     *
     * Outcome: unknown.
     */
    GatherInvalidLanguageValue = 13331,
    /**
     * 13332: Programmable Voice warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Gather: Invalid bargeIn value"
     *
     * Outcome: unknown.
     */
    GatherInvalidBargeInValue = 13332,
    /**
     * 13333: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Gather: Invalid profanityFilter value"
     *
     * Outcome: unknown.
     */
    GatherInvalidProfanityFilterValue = 13333,
    /**
     * 13334: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Gather: Invalid model value"
     *
     * Outcome: unknown.
     */
    GatherInvalidModelValue = 13334,
    /**
     * 13335: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Gather: speechTimeout auto cannot be used with model default"
     *
     * Outcome: unknown.
     */
    GatherSpeechTimeoutAutoCannotBeUsedWithModel = 13335,
    /**
     * 13337: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Gather: callback must be over HTTPS when using gather with PCI compliance"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    GatherCallbackMustBeOverHttpsWhenUsing = 13337,
    /**
     * 13338: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Gather: Invalid actionOnEmptyResult value"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    GatherInvalidActionOnEmptyResultValue = 13338,
    /**
     * 13340: Programmable Voice error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Gather: Degraded Speech"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    GatherDegradedSpeech = 13340,
    /**
     * 13410: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Play: Invalid loop value"
     *
     * Outcome: unknown.
     */
    PlayInvalidLoopValue = 13410,
    /**
     * 13420: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Play: Invalid Content-Type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PlayInvalidContentType = 13420,
    /**
     * 13430: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Play: Invalid DTMF String"
     *
     * Outcome: unknown.
     */
    PlayInvalidDtmfString = 13430,
    /**
     * 13510: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Say: Invalid loop value"
     *
     * Outcome: unknown.
     */
    SayInvalidLoopValue = 13510,
    /**
     * 13511: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Say: Invalid voice value"
     *
     * Outcome: unknown.
     */
    SayInvalidVoiceValue = 13511,
    /**
     * 13512: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Gather element has an invalid "language" attribute value"
     *
     * Outcome: unknown.
     */
    GatherElementHasAnInvalidLanguageAttributeValue = 13512,
    /**
     * 13513: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Say: Invalid rate value"
     *
     * Outcome: unknown.
     */
    SayInvalidRateValue = 13513,
    /**
     * 13520: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Say: Invalid text"
     *
     * Outcome: unknown.
     */
    SayInvalidText = 13520,
    /**
     * 13521: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "`<Say>` element character limits exceeded"
     *
     * Outcome: unknown.
     */
    SayElementCharacterLimitsExceeded = 13521,
    /**
     * 13610: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Record: Invalid method value"
     *
     * Outcome: unknown.
     */
    RecordInvalidMethodValue = 13610,
    /**
     * 13611: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Record: Invalid timeout value"
     *
     * Outcome: unknown.
     */
    RecordInvalidTimeoutValue = 13611,
    /**
     * 13612: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Record: Invalid maxLength value"
     *
     * Outcome: unknown.
     */
    RecordInvalidMaxLengthValue = 13612,
    /**
     * 13613: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Record: Invalid finishOnKey value"
     *
     * Outcome: unknown.
     */
    RecordInvalidFinishOnKeyValue = 13613,
    /**
     * 13614: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Record: Invalid transcribe value"
     *
     * Outcome: unknown.
     */
    RecordInvalidTranscribeValue = 13614,
    /**
     * 13615: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Record: maxLength too high for transcription"
     *
     * Outcome: unknown.
     */
    RecordMaxLengthTooHighForTranscription = 13615,
    /**
     * 13616: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Record: playBeep must be true or false"
     *
     * Outcome: unknown.
     */
    RecordPlayBeepMustBeTrueOrFalse = 13616,
    /**
     * 13617: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Record: Recording length is out of range for transcription"
     *
     * Outcome: unknown.
     */
    RecordRecordingLengthIsOutOfRangeFor = 13617,
    /**
     * 13618: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Record: Recording not available for transcription"
     *
     * Outcome: unknown.
     */
    RecordRecordingNotAvailableForTranscription = 13618,
    /**
     * 13619: Programmable Voice warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Record: Transcription feature not available for this type of recording."
     *
     * Outcome: unknown.
     */
    RecordTranscriptionFeatureNotAvailableForThisType = 13619,
    /**
     * 13620: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Record: Transcription not available for this recording"
     *
     * Outcome: unknown.
     */
    RecordTranscriptionNotAvailableForThisRecording = 13620,
    /**
     * 13621: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid 'recordingStatusCallbackEvent'"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidRecordingStatusCallbackEvent = 13621,
    /**
     * 13699: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Record: Invalid trim value"
     *
     * Outcome: unknown.
     */
    RecordInvalidTrimValue = 13699,
    /**
     * 13710: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Redirect: Invalid method value"
     *
     * Outcome: unknown.
     */
    RedirectInvalidMethodValue = 13710,
    /**
     * 13750: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twiml verb not supported by this API version."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwimlVerbNotSupportedByThisApiVersion = 13750,
    /**
     * 13801: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Refer not allowed on non-SIP call legs"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ReferNotAllowedOnNonSipCallLegs = 13801,
    /**
     * 13802: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Dial: No referUrl attribute specified"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialNoReferUrlAttributeSpecified = 13802,
    /**
     * 13803: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "SMS verb not supported in this realm"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SmsVerbNotSupportedInThisRealm = 13803,
    /**
     * 13804: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "AddOns are not supported in this realm"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AddOnsAreNotSupportedInThisRealm = 13804,
    /**
     * 13805: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Trial account call duration exceeded 10 minute limit"
     *
     * Outcome: unknown.
     */
    TrialAccountCallDurationExceeded10MinuteLimit = 13805,
    /**
     * 13810: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Reject: Invalid cause"
     *
     * Outcome: unknown.
     */
    RejectInvalidCause = 13810,
    /**
     * 13910: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Pause: Invalid length value"
     *
     * Outcome: unknown.
     */
    PauseInvalidLengthValue = 13910,
    /**
     * 14101: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Invalid "To" attribute"
     *
     * Outcome: unknown.
     */
    InvalidToAttribute = 14101,
    /**
     * 14102: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Invalid "From" attribute"
     *
     * Outcome: unknown.
     */
    InvalidFromAttribute = 14102,
    /**
     * 14103: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Invalid Body"
     *
     * Outcome: unknown.
     */
    InvalidBody = 14103,
    /**
     * 14104: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Invalid Method attribute"
     *
     * Outcome: unknown.
     */
    InvalidMethodAttribute = 14104,
    /**
     * 14105: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Invalid statusCallback attribute"
     *
     * Outcome: unknown.
     */
    InvalidStatusCallbackAttribute = 14105,
    /**
     * 14106: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Document retrieval limit reached"
     *
     * Outcome: unknown.
     */
    DocumentRetrievalLimitReached = 14106,
    /**
     * 14107: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "SMS send rate limit exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SmsSendRateLimitExceeded = 14107,
    /**
     * 14108: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "From phone number not SMS capable"
     *
     * Outcome: unknown.
     */
    FromPhoneNumberNotSmsCapable = 14108,
    /**
     * 14109: Programmable SMS warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "TwiML Reply message limit exceeded"
     *
     * Outcome: unknown.
     */
    TwiMLReplyMessageLimitExceeded = 14109,
    /**
     * 14110: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Invalid Verb for SMS Reply"
     *
     * Outcome: unknown.
     */
    InvalidVerbForSmsReply = 14110,
    /**
     * 14111: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Invalid To phone number for Trial mode"
     *
     * Outcome: unknown.
     */
    InvalidToPhoneNumberForTrialMode = 14111,
    /**
     * 14201: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Enqueue: Invalid method value"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    EnqueueInvalidMethodValue = 14201,
    /**
     * 14202: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Enqueue: Invalid waitUrl"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    EnqueueInvalidWaitUrl = 14202,
    /**
     * 14203: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Enqueue: Invalid Enqueue action url"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    EnqueueInvalidEnqueueActionUrl = 14203,
    /**
     * 14204: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Enqueue: Queue name too short"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    EnqueueQueueNameTooShort = 14204,
    /**
     * 14205: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Enqueue: Queue name too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    EnqueueQueueNameTooLong = 14205,
    /**
     * 14206: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Enqueue: Invalid waitUrlMethod value"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    EnqueueInvalidWaitUrlMethodValue = 14206,
    /**
     * 14207: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Enqueue: The targeted queue reached max queue size"
     *
     * Outcome: unknown.
     */
    EnqueueTheTargetedQueueReachedMaxQueueSize = 14207,
    /**
     * 14210: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Dial->Queue: Invalid whisper method"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialQueueInvalidWhisperMethod = 14210,
    /**
     * 14211: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Dial->Queue: Invalid whisper url"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialQueueInvalidWhisperUrl = 14211,
    /**
     * 14212: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Dial->Queue: queue name too short"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialQueueQueueNameTooShort = 14212,
    /**
     * 14213: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Dial->Queue: queue name too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialQueueQueueNameTooLong = 14213,
    /**
     * 14215: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Dial->Queue: Invalid ReservationSid. Unable to dequeue"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialQueueInvalidReservationSid = 14215,
    /**
     * 14217: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Dial->Queue: Could not find or accept provided reservationSid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialQueueCouldNotFindOrAcceptProvided = 14217,
    /**
     * 14218: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Dial->Queue: Could not update worker to provided activity"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialQueueCouldNotUpdateWorkerToProvided = 14218,
    /**
     * 14219: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "TaskRouter Dial Queue not supported in this realm"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TaskRouterDialQueueNotSupportedInThisRealm = 14219,
    /**
     * 14220: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Enqueue: Provided Workflow was not a valid sid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    EnqueueProvidedWorkflowWasNotAValidSid = 14220,
    /**
     * 14221: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Enqueue: Provided Attributes JSON was not valid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    EnqueueProvidedAttributesJsonWasNotValid = 14221,
    /**
     * 14222: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Enqueue: Could not create Task"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    EnqueueCouldNotCreateTask = 14222,
    /**
     * 14223: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Enqueue: Unable to cleanup task"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    EnqueueUnableToCleanupTask = 14223,
    /**
     * 14226: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "TaskRouter Enqueue not supported in this realm"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TaskRouterEnqueueNotSupportedInThisRealm = 14226,
    /**
     * 14230: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Dial->Conference: Invalid WorkflowSid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialConferenceInvalidWorkflowSid = 14230,
    /**
     * 14231: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Dial->Conference: Provided Attributes was not valid JSON"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialConferenceProvidedAttributesWasNotValidJson = 14231,
    /**
     * 14232: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Dial->Conference: Invalid Priority"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialConferenceInvalidPriority = 14232,
    /**
     * 14233: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Dial->Conference: Invalid Timeout"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialConferenceInvalidTimeout = 14233,
    /**
     * 14234: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Dial->Conference: Unable to create task"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialConferenceUnableToCreateTask = 14234,
    /**
     * 14235: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Dial->Conference: Unable to cleanup task"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialConferenceUnableToCleanupTask = 14235,
    /**
     * 14236: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Dial->Conference: Invalid ReservationSid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialConferenceInvalidReservationSid = 14236,
    /**
     * 14237: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Dial->Conference: Invalid PostWorkActivitySid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialConferenceInvalidPostWorkActivitySid = 14237,
    /**
     * 14238: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Dial->Conference: Unable to accept Reservation"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialConferenceUnableToAcceptReservation = 14238,
    /**
     * 14239: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Dial->Conference: Unable to update Worker"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialConferenceUnableToUpdateWorker = 14239,
    /**
     * 14240: TaskRouter error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Max concurrent Workers exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaxConcurrentWorkersExceeded = 14240,
    /**
     * 14241: TaskRouter warning that Twilio puts down to its own platform; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "start_date passed to TaskRouter statistics is older than 30 days."
     *
     * Outcome: unknown.
     */
    StartDatePassedToTaskRouterStatisticsIsOlder = 14241,
    /**
     * 14300: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Start: Invalid nested noun value"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StartInvalidNestedNounValue = 14300,
    /**
     * 15000: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Call Progress: Internal Twilio Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CallProgressInternalTwilioError = 15000,
    /**
     * 15002: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Call Progress: Queue Timeout"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CallProgressQueueTimeout = 15002,
    /**
     * 15003: Twilio warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Call Progress: Warning Response to Callback URL"
     *
     * Outcome: unknown.
     */
    CallProgressWarningResponseToCallbackUrl = 15003,
    /**
     * 15004: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Action Callback URL must be an absolute URL when using TwiML to update in-progress calls"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ActionCallbackUrlMustBeAnAbsoluteUrl = 15004,
    /**
     * 15009: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Internal Server Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InternalServerError15009 = 15009,
    /**
     * 16000: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Whisper Not Available on Twilio Conference"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    WhisperNotAvailableOnTwilioConference = 16000,
    /**
     * 16001: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Conference is not bridged"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConferenceIsNotBridged = 16001,
    /**
     * 16002: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Failed to validate conference attributes"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToValidateConferenceAttributes = 16002,
    /**
     * 16003: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Could not recognize conference sid or friendly name"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CouldNotRecognizeConferenceSidOrFriendlyName = 16003,
    /**
     * 16010: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Conference Event: Internal Twilio Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConferenceEventInternalTwilioError = 16010,
    /**
     * 16011: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Conference Event: Error Response to Callback URL"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConferenceEventErrorResponseToCallbackUrl = 16011,
    /**
     * 16020: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Conference is full"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConferenceIsFull = 16020,
    /**
     * 16021: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Failed to join conference due to account concurrency limit exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToJoinConferenceDueToAccountConcurrency = 16021,
    /**
     * 16022: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Conference does not exist or is completed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConferenceDoesNotExistOrIsCompleted = 16022,
    /**
     * 16023: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Dial->Conference: Invalid participant label, must not exceed 128 characters, must not be a CallSid, must not contain '/'"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialConferenceInvalidParticipantLabelMustNotExceed = 16023,
    /**
     * 16024: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid participant label, must not exceed 128 characters, must not be a CallSid, must not contain '/'"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidParticipantLabelMustNotExceed128Characters = 16024,
    /**
     * 16025: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Dial->Conference: Participant label is in use by another participant"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialConferenceParticipantLabelIsInUseBy = 16025,
    /**
     * 16026: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Participant label is in use by another participant"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantLabelIsInUseByAnotherParticipant = 16026,
    /**
     * 16027: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Participant to be whispered is on hold"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantToBeWhisperedIsOnHold = 16027,
    /**
     * 16028: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Participant to be whispered is not present in the conference"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantToBeWhisperedIsNotPresentIn = 16028,
    /**
     * 16099: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Unexpected conference status"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnexpectedConferenceStatus = 16099,
    /**
     * 16101: Programmable Voice warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Voice Recording : Unavailable because duration is too short"
     *
     * Outcome: unknown.
     */
    VoiceRecordingUnavailableBecauseDurationIsTooShort = 16101,
    /**
     * 16102: Programmable Voice warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Voice Recording: Unavailable because recording is silent"
     *
     * Outcome: unknown.
     */
    VoiceRecordingUnavailableBecauseRecordingIsSilent = 16102,
    /**
     * 16104: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Voice Recording: Unavailable due to encryption failure"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VoiceRecordingUnavailableDueToEncryptionFailure = 16104,
    /**
     * 16105: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Voice Recording: Unavailable due to no valid public keys"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VoiceRecordingUnavailableDueToNoValidPublic = 16105,
    /**
     * 16106: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Voice Recording: Unavailable due to internal encryption error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VoiceRecordingUnavailableDueToInternalEncryptionError = 16106,
    /**
     * 16107: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Voice Recording: Encrypted with alternate public key"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VoiceRecordingEncryptedWithAlternatePublicKey = 16107,
    /**
     * 16108: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Voice Recording: Request failed due to concurrent recordings"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VoiceRecordingRequestFailedDueToConcurrentRecordings = 16108,
    /**
     * 16109: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Voice Recording: Cannot fetch .mp3 encrypted recording"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VoiceRecordingCannotFetchMp3EncryptedRecording = 16109,
    /**
     * 16110: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Internal failure when bulk deleting recordings from your account"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InternalFailureWhenBulkDeletingRecordingsFromYour16110 = 16110,
    /**
     * 16111: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Voice Recording: Upload file to external AWS S3 bucket failed (Invalid Configuration)"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VoiceRecordingUploadFileToExternalAwsS3Code16111 = 16111,
    /**
     * 16112: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Voice Recording: Upload file to external AWS S3 bucket failed (Access Denied)"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VoiceRecordingUploadFileToExternalAwsS3Code16112 = 16112,
    /**
     * 16113: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Voice Recording: Cannot download a dual-channel presentation of a mono recording"
     *
     * Outcome: unknown.
     */
    VoiceRecordingCannotDownloadADualChannelPresentation = 16113,
    /**
     * 17000: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Forbidden to access data"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ForbiddenToAccessData = 17000,
    /**
     * 17001: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Completed summary for this call wasn't found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CompletedSummaryForThisCallWasntFound = 17001,
    /**
     * 17002: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "This call ended more than 30 days ago"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ThisCallEndedMoreThan30DaysAgo = 17002,
    /**
     * 17007: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Voice Insights Advanced Features not enabled"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VoiceInsightsAdvancedFeaturesNotEnabled = 17007,
    /**
     * 17008: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Internal Server Error - Query Timeout"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InternalServerErrorQueryTimeout = 17008,
    /**
     * 17009: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Internal Server Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InternalServerError17009 = 17009,
    /**
     * 17400: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid query parameter"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidQueryParameter = 17400,
    /**
     * 19003: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Contact with the unique_customer_provided_id provided already exists"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ContactWithTheUniqueCustomerProvidedIdProvided = 19003,
    /**
     * 19004: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid or missing Contact input"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidOrMissingContactInput = 19004,
    /**
     * 19005: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Contact validation error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ContactValidationError = 19005,
    /**
     * 19010: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid contact search request"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidContactSearchRequest = 19010,
    /**
     * 19011: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "When updating a contact, invalid JSON syntax or invalid field that cannot be updated by this endpoint"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    WhenUpdatingAContactInvalidJsonSyntaxOr = 19011,
    /**
     * 19012: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "When updating a contact at least one field should be updated"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    WhenUpdatingAContactAtLeastOneField = 19012,
    /**
     * 19013: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "At least one of the following fields is required for a contact: first_name, middle_name, last_name, legal_name, preferred_name, unique_customer_provided_id or channel"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AtLeastOneOfTheFollowingFieldsIs = 19013,
    /**
     * 19014: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Can fetch contact either by unique_customer_provided_id or channel"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CanFetchContactEitherByUniqueCustomerProvided = 19014,
    /**
     * 19020: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Contact with the provided channel value already exists"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ContactWithTheProvidedChannelValueAlreadyExists = 19020,
    /**
     * 19021: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Only one channel can be set as primary"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    OnlyOneChannelCanBeSetAsPrimary = 19021,
    /**
     * 19022: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid channel"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidChannel = 19022,
    /**
     * 19023: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid channel type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidChannelType = 19023,
    /**
     * 19024: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid channel input"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidChannelInput = 19024,
    /**
     * 19025: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Channel validation error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ChannelValidationError = 19025,
    /**
     * 19026: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Maximum number of channels allowed reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaximumNumberOfChannelsAllowedReached = 19026,
    /**
     * 19027: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid Channel Description"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidChannelDescription = 19027,
    /**
     * 19028: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Channel value can not be updated"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ChannelValueCanNotBeUpdated = 19028,
    /**
     * 19029: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "When updating a channel at least one field should be updated"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    WhenUpdatingAChannelAtLeastOneField = 19029,
    /**
     * 19030: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid location type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidLocationType = 19030,
    /**
     * 19031: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Maximum number of locations allowed reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaximumNumberOfLocationsAllowedReached = 19031,
    /**
     * 19032: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid location input"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidLocationInput = 19032,
    /**
     * 19033: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Location validation error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    LocationValidationError = 19033,
    /**
     * 19034: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid country code"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidCountryCode = 19034,
    /**
     * 19035: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid page size, it must be between 1 and 25 if specified"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidPageSizeItMustBeBetween1 = 19035,
    /**
     * 19036: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid page token"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidPageToken19036 = 19036,
    /**
     * 19037: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "When updating a location at least one field should be updated"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    WhenUpdatingALocationAtLeastOneField = 19037,
    /**
     * 19038: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Page token must be bigger than or equal to 0"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PageTokenMustBeBiggerThanOrEqual = 19038,
    /**
     * 19040: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Custom Field provided is not defined"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CustomFieldProvidedIsNotDefined = 19040,
    /**
     * 19041: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid or missing Custom Field input"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidOrMissingCustomFieldInput = 19041,
    /**
     * 19042: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Custom Field validation error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CustomFieldValidationError = 19042,
    /**
     * 19043: Contacts error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Field definition name already exists"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FieldDefinitionNameAlreadyExists = 19043,
    /**
     * 19044: Contacts error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Field definition name exceeded maximum length"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FieldDefinitionNameExceededMaximumLength = 19044,
    /**
     * 19045: Contacts error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Field definition type is invalid; data types that are supported are text, date, and number"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FieldDefinitionTypeIsInvalidDataTypesThat = 19045,
    /**
     * 19046: Contacts error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Number of custom field definitions exceeded limit"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NumberOfCustomFieldDefinitionsExceededLimit = 19046,
    /**
     * 19047: Contacts error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Field definition name cannot be empty"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FieldDefinitionNameCannotBeEmpty = 19047,
    /**
     * 19048: Contacts error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Input request body is not properly json formatted"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InputRequestBodyIsNotProperlyJsonFormatted = 19048,
    /**
     * 19049: Contacts error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Custom field definition provided is not defined"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CustomFieldDefinitionProvidedIsNotDefined = 19049,
    /**
     * 19050: Twilio error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Internal Server Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InternalServerError19050 = 19050,
    /**
     * 19052: Contacts error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid page size for custom field definition"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidPageSizeForCustomFieldDefinition = 19052,
    /**
     * 19053: Contacts error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Field definition name cannot be a duplicate of an existing Twilio-defined field"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FieldDefinitionNameCannotBeADuplicateOf = 19053,
    /**
     * 19054: Contacts error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Expected Unique form key in input request is missing"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ExpectedUniqueFormKeyInInputRequestIs = 19054,
    /**
     * 19055: Contacts error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "When updating a channel, invalid JSON syntax or invalid field that cannot be updated by this endpoint"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    WhenUpdatingAChannelInvalidJsonSyntaxOr = 19055,
    /**
     * 19056: Contacts error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Input request content type is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InputRequestContentTypeIsInvalid = 19056,
    /**
     * 19057: Contacts error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Server unavailable or busy"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ServerUnavailableOrBusy = 19057,
    /**
     * 20001: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Unknown parameters"
     *
     * Outcome: unknown.
     */
    UnknownParameters = 20001,
    /**
     * 20002: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid FriendlyName"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidFriendlyName20002 = 20002,
    /**
     * 20003: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Permission Denied"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PermissionDenied = 20003,
    /**
     * 20004: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Method not allowed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MethodNotAllowed20004 = 20004,
    /**
     * 20005: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Account not active"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AccountNotActive = 20005,
    /**
     * 20006: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Access Denied"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AccessDenied = 20006,
    /**
     * 20007: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Page size too large"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PageSizeTooLarge = 20007,
    /**
     * 20008: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Test Credentials"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TestCredentials = 20008,
    /**
     * 20009: Twilio error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Cannot delete this resource before it is complete"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CannotDeleteThisResourceBeforeItIsComplete = 20009,
    /**
     * 20010: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Action disabled for account"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ActionDisabledForAccount = 20010,
    /**
     * 20011: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid TLS version"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidTlsVersion = 20011,
    /**
     * 20012: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid TLSv1.2 Cipher Suite"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidTLSv12CipherSuite = 20012,
    /**
     * 20020: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "No update/state change is observed for the data entered"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NoUpdateStateChangeIsObservedForThe = 20020,
    /**
     * 20021: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Phone number rejected by T-Mobile SDG Service Provisioning API"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PhoneNumberRejectedByTMobileSdgService = 20021,
    /**
     * 20023: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Phone number is not correct: it cannot be null or have non-decimal symbols"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PhoneNumberIsNotCorrectItCannotBe = 20023,
    /**
     * 20101: Platform error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Access Token"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidAccessToken = 20101,
    /**
     * 20102: Platform error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Access Token header"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidAccessTokenHeader = 20102,
    /**
     * 20103: Platform error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Access Token issuer/subject"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidAccessTokenIssuerSubject = 20103,
    /**
     * 20104: Platform warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Access Token expired or expiration date invalid"
     *
     * Outcome: unknown.
     */
    AccessTokenExpiredOrExpirationDateInvalid = 20104,
    /**
     * 20105: Platform error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Access Token not yet valid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AccessTokenNotYetValid = 20105,
    /**
     * 20106: Platform error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Access Token grants"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidAccessTokenGrants = 20106,
    /**
     * 20107: Platform error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Access Token signature"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidAccessTokenSignature = 20107,
    /**
     * 20151: Platform error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Authentication Failed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AuthenticationFailed = 20151,
    /**
     * 20152: Platform error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Header"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidHeader = 20152,
    /**
     * 20153: Platform error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Issuer Or Subject"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidIssuerOrSubject = 20153,
    /**
     * 20154: Platform error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Claim Set"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidClaimSet = 20154,
    /**
     * 20155: Platform error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Expiration Time In The Future"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ExpirationTimeInTheFuture = 20155,
    /**
     * 20156: Platform error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Expired or Invalid Expiration in Token"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ExpiredOrInvalidExpirationInToken = 20156,
    /**
     * 20157: Platform error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Expiration Time Exceeds Maximum Time Allowed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ExpirationTimeExceedsMaximumTimeAllowed = 20157,
    /**
     * 20159: Platform error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Signature"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidSignature = 20159,
    /**
     * 20160: Platform error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Token"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidToken = 20160,
    /**
     * 20161: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Programmable Chat: Parameters are not specified for update request"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatParametersAreNotSpecifiedForUpdate = 20161,
    /**
     * 20162: Platform error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "A conflicting resource update is in progress"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AConflictingResourceUpdateIsInProgress = 20162,
    /**
     * 20403: Platform error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "403 Forbidden"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    Code403Forbidden = 20403,
    /**
     * 20404: Platform error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Not Found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NotFound20404 = 20404,
    /**
     * 20409: Platform error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Conflict"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    Conflict20409 = 20409,
    /**
     * 20410: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Gone"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    Gone = 20410,
    /**
     * 20413: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Request Entity Too Large"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RequestEntityTooLarge20413 = 20413,
    /**
     * 20422: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Parameter"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidParameter20422 = 20422,
    /**
     * 20423: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid SID"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidSid20423 = 20423,
    /**
     * 20426: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Upgrade Required"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UpgradeRequired20426 = 20426,
    /**
     * 20429: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Too Many Requests"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TooManyRequests20429 = 20429,
    /**
     * 20500: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Internal Server Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InternalServerError20500 = 20500,
    /**
     * 20503: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Service unavailable"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ServiceUnavailable20503 = 20503,
    /**
     * 21100: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Accounts Resource"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AccountsResource = 21100,
    /**
     * 21101: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Subaccounts cannot contain subaccounts"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SubaccountsCannotContainSubaccounts = 21101,
    /**
     * 21102: Platform error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Reached maximum number of Services"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ReachedMaximumNumberOfServices = 21102,
    /**
     * 21200: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Calls Resource"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CallsResource = 21200,
    /**
     * 21201: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "No Called number specified"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NoCalledNumberSpecified = 21201,
    /**
     * 21202: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Called number is a premium number"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CalledNumberIsAPremiumNumber = 21202,
    /**
     * 21203: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "International calling not enabled"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InternationalCallingNotEnabled = 21203,
    /**
     * 21204: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Call already initiated"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CallAlreadyInitiated = 21204,
    /**
     * 21205: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid URL"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidUrl21205 = 21205,
    /**
     * 21206: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid SendDigits"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidSendDigits = 21206,
    /**
     * 21207: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid IfMachine"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidIfMachine = 21207,
    /**
     * 21208: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Timeout"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidTimeout = 21208,
    /**
     * 21209: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Method"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidMethod21209 = 21209,
    /**
     * 21210: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'From' phone number not verified"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FromPhoneNumberNotVerified = 21210,
    /**
     * 21211: The recipient number was rejected at send time as malformed or not a valid phone number.
     *
     * Failure: permanent, retry after-fix, action verify-recipient (inferred).
     */
    InvalidToNumber = 21211,
    /**
     * 21212: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid From Number (caller ID)"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidFromNumberCallerId = 21212,
    /**
     * 21213: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Caller phone number is required"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CallerPhoneNumberIsRequired = 21213,
    /**
     * 21214: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "'To' phone number cannot be reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ToPhoneNumberCannotBeReached = 21214,
    /**
     * 21215: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Geo Permission configuration is not permitting call"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    GeoPermissionConfigurationIsNotPermittingCall21215 = 21215,
    /**
     * 21216: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "API: Call blocked by Twilio blocklist"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ApiCallBlockedByTwilioBlocklist = 21216,
    /**
     * 21217: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Phone number does not appear to be valid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PhoneNumberDoesNotAppearToBeValid = 21217,
    /**
     * 21218: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid ApplicationSid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidApplicationSid21218 = 21218,
    /**
     * 21219: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "'To' phone number not verified"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ToPhoneNumberNotVerified = 21219,
    /**
     * 21220: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid call state"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidCallState = 21220,
    /**
     * 21221: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Invalid SipAuthUsername. Must be fewer than 256 chars"
     *
     * Outcome: unknown.
     */
    InvalidSipAuthUsername21221 = 21221,
    /**
     * 21222: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Invalid SipAuthUsername. Illegal chars"
     *
     * Outcome: unknown.
     */
    InvalidSipAuthUsername21222 = 21222,
    /**
     * 21223: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Invalid SipAuthPassword. Must be fewer than 256 chars"
     *
     * Outcome: unknown.
     */
    InvalidSipAuthPassword21223 = 21223,
    /**
     * 21224: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Invalid SipAuthPassword. Illegal chars"
     *
     * Outcome: unknown.
     */
    InvalidSipAuthPassword21224 = 21224,
    /**
     * 21225: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "SipAuthPassword is required when providing SipAuthUsername"
     *
     * Outcome: unknown.
     */
    SipAuthPasswordIsRequiredWhenProvidingSipAuthUsername = 21225,
    /**
     * 21226: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "SIP calling not enabled for this account"
     *
     * Outcome: unknown.
     */
    SipCallingNotEnabledForThisAccount = 21226,
    /**
     * 21227: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Headers portion of SIP URI must be fewer than 1024 chars"
     *
     * Outcome: unknown.
     */
    HeadersPortionOfSipUriMustBeFewer = 21227,
    /**
     * 21228: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Invalid SIP Header. Illegal chars in header name"
     *
     * Outcome: unknown.
     */
    InvalidSipHeader21228 = 21228,
    /**
     * 21229: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Invalid SIP Header. Illegal chars in header value"
     *
     * Outcome: unknown.
     */
    InvalidSipHeader21229 = 21229,
    /**
     * 21230: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Maximum Domains Reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaximumDomainsReached = 21230,
    /**
     * 21231: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Domain Validation Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DomainValidationError = 21231,
    /**
     * 21232: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Domain"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidDomain = 21232,
    /**
     * 21233: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Domain still has subdomains"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DomainStillHasSubdomains = 21233,
    /**
     * 21234: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Machine Detection configuration value"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidMachineDetectionConfigurationValue = 21234,
    /**
     * 21235: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "IP Access Control List Validation Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    IpAccessControlListValidationError = 21235,
    /**
     * 21236: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "IP Access Control List Dependencies Violation"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    IpAccessControlListDependenciesViolation = 21236,
    /**
     * 21237: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Maximum IP Addresses Reached for List"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaximumIpAddressesReachedForList = 21237,
    /**
     * 21238: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Address Validation Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AddressValidationError21238 = 21238,
    /**
     * 21239: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Maximum Credential Lists Reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaximumCredentialListsReached = 21239,
    /**
     * 21240: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Credential List Validation Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CredentialListValidationError = 21240,
    /**
     * 21241: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Credential List Dependencies Violation"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CredentialListDependenciesViolation = 21241,
    /**
     * 21242: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Maximum Credentials Reached for List"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaximumCredentialsReachedForList = 21242,
    /**
     * 21243: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Credential Validation Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CredentialValidationError = 21243,
    /**
     * 21244: Elastic SIP Trunking error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Maximum Number of Trunks reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaximumNumberOfTrunksReached = 21244,
    /**
     * 21245: Elastic SIP Trunking error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Trunk Validation Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TrunkValidationError = 21245,
    /**
     * 21247: Elastic SIP Trunking error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Trunk Dependencies"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TrunkDependencies = 21247,
    /**
     * 21248: Elastic SIP Trunking error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Trunk Domain already taken"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TrunkDomainAlreadyTaken = 21248,
    /**
     * 21249: Elastic SIP Trunking error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Maximum Origination URIs reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaximumOriginationURIsReached = 21249,
    /**
     * 21251: Elastic SIP Trunking error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Trunking CPS change not allowed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TrunkingCpsChangeNotAllowed = 21251,
    /**
     * 21252: Elastic SIP Trunking error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid Region"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidRegion = 21252,
    /**
     * 21253: Elastic SIP Trunking error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Max Connection Policies Reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaxConnectionPoliciesReached = 21253,
    /**
     * 21254: Elastic SIP Trunking error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Max Connection Policy Entries Reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaxConnectionPolicyEntriesReached = 21254,
    /**
     * 21255: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Maximum IP Access Control Lists reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaximumIpAccessControlListsReached = 21255,
    /**
     * 21256: Elastic SIP Trunking error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid ruleset"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidRuleset = 21256,
    /**
     * 21257: Elastic SIP Trunking error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid SIP Manipulation Policy SID"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidSipManipulationPolicySid = 21257,
    /**
     * 21258: Elastic SIP Trunking error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid SIP Manipulation Policy"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidSipManipulationPolicy = 21258,
    /**
     * 21259: Elastic SIP Trunking error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Maximum number of SIP Manipulation Polies per account reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaximumNumberOfSipManipulationPoliesPerAccount = 21259,
    /**
     * 21260: Elastic SIP Trunking error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Maximum number of actions per rule reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaximumNumberOfActionsPerRuleReached = 21260,
    /**
     * 21261: Elastic SIP Trunking error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Maximum number of conditions per rule reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaximumNumberOfConditionsPerRuleReached = 21261,
    /**
     * 21262: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "No AMD status callback URL provided"
     *
     * Outcome: unknown.
     */
    NoAmdStatusCallbackUrlProvided = 21262,
    /**
     * 21263: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Invalid Answering Machine Detection Parameters"
     *
     * Outcome: unknown.
     */
    InvalidAnsweringMachineDetectionParameters = 21263,
    /**
     * 21266: The request used one number as both sender and recipient.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    SameToAndFrom = 21266,
    /**
     * 21300: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid BYOC trunk SID"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidByocTrunkSid = 21300,
    /**
     * 21301: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Cannot create application: application limit exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CannotCreateApplicationApplicationLimitExceeded = 21301,
    /**
     * 21302: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Approaching application creation limit"
     *
     * Outcome: unknown.
     */
    ApproachingApplicationCreationLimit = 21302,
    /**
     * 21401: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Phone Number"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidPhoneNumber21401 = 21401,
    /**
     * 21402: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Url"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidUrl21402 = 21402,
    /**
     * 21403: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Method"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidMethod21403 = 21403,
    /**
     * 21404: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Inbound Phone number not available to trial account"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InboundPhoneNumberNotAvailableToTrialAccount = 21404,
    /**
     * 21405: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Cannot set VoiceFallbackUrl without setting Url"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CannotSetVoiceFallbackUrlWithoutSettingUrl = 21405,
    /**
     * 21406: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Cannot set SmsFallbackUrl without setting SmsUrl"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CannotSetSmsFallbackUrlWithoutSettingSmsUrl = 21406,
    /**
     * 21407: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "This Phone Number type does not support SMS"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ThisPhoneNumberTypeDoesNotSupportSms = 21407,
    /**
     * 21408: The account is not allowed to send SMS to the country of the recipient number.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    RegionNotEnabled = 21408,
    /**
     * 21409: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "VoiceCallerIdLookup cannot be set for this phone number"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VoiceCallerIdLookupCannotBeSetForThisPhoneNumber = 21409,
    /**
     * 21420: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "ApplicationSid is not accessible"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ApplicationSidIsNotAccessible = 21420,
    /**
     * 21421: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Phone Number is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PhoneNumberIsInvalid = 21421,
    /**
     * 21422: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "PhoneNumber is not available"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PhoneNumberIsNotAvailable = 21422,
    /**
     * 21449: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Number already can be used for outgoing calls and messages"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NumberAlreadyCanBeUsedForOutgoingCalls = 21449,
    /**
     * 21450: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Phone number already validated on your account"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PhoneNumberAlreadyValidatedOnYourAccount = 21450,
    /**
     * 21451: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid area code"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidAreaCode = 21451,
    /**
     * 21452: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "No phone numbers found in area code"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NoPhoneNumbersFoundInAreaCode = 21452,
    /**
     * 21453: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Phone number already validated on another account"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PhoneNumberAlreadyValidatedOnAnotherAccount = 21453,
    /**
     * 21454: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid CallDelay"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidCallDelay = 21454,
    /**
     * 21455: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid PlayUrl"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidPlayUrl = 21455,
    /**
     * 21456: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid CallbackUrl"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidCallbackUrl21456 = 21456,
    /**
     * 21457: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "AreaCode Parameter not Supported"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AreaCodeParameterNotSupported = 21457,
    /**
     * 21458: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "PhoneNumber Provisioning Type Mismatch"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PhoneNumberProvisioningTypeMismatch = 21458,
    /**
     * 21470: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid AccountSid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidAccountSid = 21470,
    /**
     * 21471: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Account does not exist"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AccountDoesNotExist = 21471,
    /**
     * 21472: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Account is not active"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AccountIsNotActive21472 = 21472,
    /**
     * 21473: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "AccountSid you are transferring to is not related to the originating owner of the phone number"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AccountSidYouAreTransferringToIsNotRelated = 21473,
    /**
     * 21474: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "API User must be the parent account to transfer phone numbers."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ApiUserMustBeTheParentAccountTo = 21474,
    /**
     * 21475: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Unable to update Status, invalid Status."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToUpdateStatusInvalidStatus = 21475,
    /**
     * 21476: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Unable to update Status for subaccount, parent account is suspended."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToUpdateStatusForSubaccountParentAccount = 21476,
    /**
     * 21477: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Unable to update Status for parent accounts"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToUpdateStatusForParentAccounts = 21477,
    /**
     * 21478: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Unable to update Status for subaccount, subaccount has been suspended by Twilio"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToUpdateStatusForSubaccountSubaccountHas21478 = 21478,
    /**
     * 21479: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Unable to update Status for subaccount, subaccount has been closed."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToUpdateStatusForSubaccountSubaccountHas21479 = 21479,
    /**
     * 21480: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Reached maximum number of subaccounts"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ReachedMaximumNumberOfSubaccounts = 21480,
    /**
     * 21481: Platform error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid PageToken"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidPageToken21481 = 21481,
    /**
     * 21501: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Resource not available"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ResourceNotAvailable = 21501,
    /**
     * 21502: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid callback url"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidCallbackUrl21502 = 21502,
    /**
     * 21503: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid transcription type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidTranscriptionType = 21503,
    /**
     * 21504: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "RecordingSid is required."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RecordingSidIsRequired = 21504,
    /**
     * 21601: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Phone number is not a valid SMS-capable inbound phone number"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PhoneNumberIsNotAValidSmsCapable = 21601,
    /**
     * 21602: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Message body is required"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MessageBodyIsRequired = 21602,
    /**
     * 21603: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "A 'From' or 'MessagingServiceSid' parameter is required to send a message"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AFromOrMessagingServiceSidParameterIsRequiredTo = 21603,
    /**
     * 21604: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "The destination 'To' phone number is required to send an SMS"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheDestinationToPhoneNumberIsRequiredTo = 21604,
    /**
     * 21605: Programmable SMS error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Maximum body length is 160 characters (old API endpoint)"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaximumBodyLengthIs160CharactersOldApi = 21605,
    /**
     * 21606: The sending number cannot send SMS for this destination, for example a number not provisioned for SMS or a short code from another country.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    FromNumberNotSmsCapable = 21606,
    /**
     * 21607: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "The 'from' phone number must be the sandbox phone number for trial accounts."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheFromPhoneNumberMustBeTheSandbox = 21607,
    /**
     * 21608: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "The 'to' phone number provided is not yet verified for this account."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheToPhoneNumberProvidedIsNotYet = 21608,
    /**
     * 21609: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid 'StatusCallback'"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidStatusCallback = 21609,
    /**
     * 21610: The recipient opted out by replying STOP, so the send request was refused.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    Unsubscribed = 21610,
    /**
     * 21611: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "This 'From' number has exceeded the maximum number of queued messages"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ThisFromNumberHasExceededTheMaximumNumber = 21611,
    /**
     * 21612: The recipient number cannot be reached by SMS from this sender, typically because the route to that carrier is not served.
     *
     * Failure: unknown, retry after-fix, action verify-recipient (inferred).
     */
    ToNumberNotReachable = 21612,
    /**
     * 21613: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "PhoneNumber Requires Certification"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PhoneNumberRequiresCertification = 21613,
    /**
     * 21614: The recipient number is not a mobile number, for instance a landline, and cannot take SMS.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    NotMobileNumber = 21614,
    /**
     * 21615: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Phone Number Requires a Local Address"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PhoneNumberRequiresALocalAddress = 21615,
    /**
     * 21616: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "The 'From' number matches multiple numbers for your account"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheFromNumberMatchesMultipleNumbersForYour = 21616,
    /**
     * 21617: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "The concatenated message body exceeds the 1600 character limit"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheConcatenatedMessageBodyExceedsThe1600Character = 21617,
    /**
     * 21618: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "The message body cannot be sent"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheMessageBodyCannotBeSent = 21618,
    /**
     * 21619: Programmable SMS error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Unable to create record"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToCreateRecord = 21619,
    /**
     * 21620: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid media URL(s)"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidMediaUrlS = 21620,
    /**
     * 21621: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "The 'From' number has not been enabled for MMS"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheFromNumberHasNotBeenEnabledFor = 21621,
    /**
     * 21622: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "MMS has not been enabled for your account"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MmsHasNotBeenEnabledForYourAccount = 21622,
    /**
     * 21623: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Number of media files exceeds allowed limit"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NumberOfMediaFilesExceedsAllowedLimit = 21623,
    /**
     * 21624: Programmable SMS error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid validity period value"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidValidityPeriodValue21624 = 21624,
    /**
     * 21626: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid 'StatusCallbackEvent'"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidStatusCallbackEvent = 21626,
    /**
     * 21627: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Max Price must be a valid float"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaxPriceMustBeAValidFloat = 21627,
    /**
     * 21628: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Address Validation Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AddressValidationError21628 = 21628,
    /**
     * 21629: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Address Validation Error - Check Suggested Address"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AddressValidationErrorCheckSuggestedAddress = 21629,
    /**
     * 21630: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Cannot mutate Address that is linked to a verified Document."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CannotMutateAddressThatIsLinkedToA = 21630,
    /**
     * 21631: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Phone Number Requires an Address"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PhoneNumberRequiresAnAddress = 21631,
    /**
     * 21634: Elastic SIP Trunking error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "SIP Trunk is in use for emergency calling"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SipTrunkIsInUseForEmergencyCalling = 21634,
    /**
     * 21644: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "End-User cannot be deleted due to an active assignment to a Bundle"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    EndUserCannotBeDeletedDueToAn = 21644,
    /**
     * 21645: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Supporting Document cannot be deleted due to active Regulatory Bundle assignment"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SupportingDocumentCannotBeDeletedDueToActive = 21645,
    /**
     * 21646: Phone Numbers error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Supporting Document is not eligible for deletion"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SupportingDocumentIsNotEligibleForDeletion = 21646,
    /**
     * 21647: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Regulatory Bundle is not eligible for deletion"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RegulatoryBundleIsNotEligibleForDeletion = 21647,
    /**
     * 21648: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Regulatory Bundle cannot be deleted due to active number assignment"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RegulatoryBundleCannotBeDeletedDueToActive = 21648,
    /**
     * 21649: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Phone Number Requires a Bundle"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PhoneNumberRequiresABundle = 21649,
    /**
     * 21650: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Phone Number Requires a Verified Identity Document"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PhoneNumberRequiresAVerifiedIdentityDocument = 21650,
    /**
     * 21651: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Document does not satisfy regulatory requirement"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DocumentDoesNotSatisfyRegulatoryRequirement = 21651,
    /**
     * 21652: Programmable SMS error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Maximum subject length is 40 characters"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaximumSubjectLengthIs40Characters = 21652,
    /**
     * 21653: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "There are more recipient addresses than allowed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ThereAreMoreRecipientAddressesThanAllowed = 21653,
    /**
     * 21654: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "ContentSid Required"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ContentSidRequired21654 = 21654,
    /**
     * 21655: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The ContentSid is Invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheContentSidIsInvalid21655 = 21655,
    /**
     * 21656: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The ContentVariables Parameter is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheContentVariablesParameterIsInvalid21656 = 21656,
    /**
     * 21657: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The Sender ID is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheSenderIdIsInvalid = 21657,
    /**
     * 21658: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Parameter exceeded character limit"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParameterExceededCharacterLimit = 21658,
    /**
     * 21701: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The Messaging Service does not exist"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheMessagingServiceDoesNotExist = 21701,
    /**
     * 21702: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "The Messaging Service is not available to send new messages"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheMessagingServiceIsNotAvailableToSend = 21702,
    /**
     * 21703: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The Messaging Service does not have a phone number available to send a message"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheMessagingServiceDoesNotHaveAPhone = 21703,
    /**
     * 21704: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The Messaging Service contains no phone numbers"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheMessagingServiceContainsNoPhoneNumbers = 21704,
    /**
     * 21705: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The Messaging Service is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheMessagingServiceIsInvalid = 21705,
    /**
     * 21708: Programmable SMS warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Alpha Sender ID Missing from the request"
     *
     * Outcome: unknown.
     */
    AlphaSenderIdMissingFromTheRequest = 21708,
    /**
     * 21709: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Alpha Sender ID is Invalid or Not Authorized for this Messaging Service"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AlphaSenderIdIsInvalidOrNotAuthorized = 21709,
    /**
     * 21710: Programmable SMS warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Phone Number Already Exists in Messaging Service"
     *
     * Outcome: unknown.
     */
    PhoneNumberAlreadyExistsInMessagingService = 21710,
    /**
     * 21711: Programmable SMS warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Phone Number, Shortcode, or AlphaSender is not associated to the specified Messaging Service."
     *
     * Outcome: unknown.
     */
    PhoneNumberShortcodeOrAlphaSenderIsNotAssociated = 21711,
    /**
     * 21712: Programmable SMS error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Phone Number or Short Code is associated with another Messaging Service."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PhoneNumberOrShortCodeIsAssociatedWith = 21712,
    /**
     * 21713: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Messaging Service Use Case is Invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MessagingServiceUseCaseIsInvalid = 21713,
    /**
     * 21714: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Messaging Service Number Pool size limit reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MessagingServiceNumberPoolSizeLimitReached = 21714,
    /**
     * 21715: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Phone Number Does Not Have Correct Messaging Service Capabilities"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PhoneNumberDoesNotHaveCorrectMessagingService = 21715,
    /**
     * 21717: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Brand Registration SID for US A2P Campaign Use Case is Not Registered or Not Valid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BrandRegistrationSidForUsA2pCampaignUse = 21717,
    /**
     * 21719: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Incompatible Messaging Service/A2P Use Cases"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    IncompatibleMessagingServiceA2pUseCases = 21719,
    /**
     * 21720: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "A2P Use Case is Invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    A2pUseCaseIsInvalid = 21720,
    /**
     * 21721: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Cannot import Campaign Verify token due to incompatible A2P brand"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CannotImportCampaignVerifyTokenDueToIncompatible = 21721,
    /**
     * 21722: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid Campaign Verify token"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidCampaignVerifyToken = 21722,
    /**
     * 21723: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Campaign Verify token import already in progress"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CampaignVerifyTokenImportAlreadyInProgress = 21723,
    /**
     * 21724: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Brand update count exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BrandUpdateCountExceeded = 21724,
    /**
     * 21725: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Brand can only be updated when in FAILED state"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BrandCanOnlyBeUpdatedWhenInFailed = 21725,
    /**
     * 21726: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Starter brand registrations and updates are temporarily disabled"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StarterBrandRegistrationsAndUpdatesAreTemporarilyDisabled = 21726,
    /**
     * 21727: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Campaign registration failed due to missing parameter(s)"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CampaignRegistrationFailedDueToMissingParameterS = 21727,
    /**
     * 21728: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Campaign registration failed due to length validation failures"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CampaignRegistrationFailedDueToLengthValidationFailures = 21728,
    /**
     * 21729: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Cannot perform operation on suspended campaign"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CannotPerformOperationOnSuspendedCampaign = 21729,
    /**
     * 21730: Programmable SMS error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "System under maintenance. Please try again later."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SystemUnderMaintenance = 21730,
    /**
     * 21900: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "DltPEId is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DltPEIdIsInvalid = 21900,
    /**
     * 21901: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "DltTemplateId is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DltTemplateIdIsInvalid = 21901,
    /**
     * 21902: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "InvoiceTag length must be between 0 and 32"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvoiceTagLengthMustBeBetween0And32 = 21902,
    /**
     * 21910: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid From and To pair. From and To should be of the same channel."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidFromAndToPair = 21910,
    /**
     * 22001: Programmable Voice error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Call timed out"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CallTimedOut = 22001,
    /**
     * 22005: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Call Queue Full"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CallQueueFull = 22005,
    /**
     * 22100: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Reached Maximum Verification Attempts"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ReachedMaximumVerificationAttempts = 22100,
    /**
     * 22101: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Hosted Number Order SIDs"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidHostedNumberOrderSIDs = 22101,
    /**
     * 22102: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Phone Number"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidPhoneNumber22102 = 22102,
    /**
     * 22103: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Unsupported Iso Country"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnsupportedIsoCountry = 22103,
    /**
     * 22104: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Email Format"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidEmailFormat = 22104,
    /**
     * 22105: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid URL format"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidUrlFormat22105 = 22105,
    /**
     * 22106: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Method"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidMethod22106 = 22106,
    /**
     * 22107: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Unable to Update Authorization Document"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToUpdateAuthorizationDocument = 22107,
    /**
     * 22108: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Application SID"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidApplicationSid22108 = 22108,
    /**
     * 22109: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Address SID"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidAddressSid = 22109,
    /**
     * 22110: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Phone Number Not Hostable"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PhoneNumberNotHostable = 22110,
    /**
     * 22111: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Hosted Number Order Status"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidHostedNumberOrderStatus = 22111,
    /**
     * 22112: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Unable to Update Hosted Number Order Status"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToUpdateHostedNumberOrderStatus = 22112,
    /**
     * 22113: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Phone Verification Incorrect"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PhoneVerificationIncorrect = 22113,
    /**
     * 22114: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Unable to Verify Code"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToVerifyCode = 22114,
    /**
     * 22115: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Unique Name"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidUniqueName22115 = 22115,
    /**
     * 22116: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Friendly Name"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidFriendlyName22116 = 22116,
    /**
     * 22117: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Extension"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidExtension = 22117,
    /**
     * 22118: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Verification Document SID"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidVerificationDocumentSid = 22118,
    /**
     * 22119: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Capabilities"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidCapabilities = 22119,
    /**
     * 22120: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Verification Type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidVerificationType = 22120,
    /**
     * 22121: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Unable to Transfer Hosted Number"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToTransferHostedNumber = 22121,
    /**
     * 22122: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Authorization Document Status"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidAuthorizationDocumentStatus = 22122,
    /**
     * 22123: Phone Numbers error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Unable to Initiate Verification Call"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToInitiateVerificationCall = 22123,
    /**
     * 22199: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Configuration Retrieval Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConfigurationRetrievalError = 22199,
    /**
     * 22200: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid End-User Type or Number Type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidEndUserTypeOrNumberType = 22200,
    /**
     * 22201: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "No regulation sid found for the given number group"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NoRegulationSidFoundForTheGivenNumber = 22201,
    /**
     * 22202: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "No regulation sid or phone number country and type was provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NoRegulationSidOrPhoneNumberCountryAnd = 22202,
    /**
     * 22203: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Unable to parse bundle status"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToParseBundleStatus = 22203,
    /**
     * 22204: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Bundle status and properties cannot be updated in the same request"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BundleStatusAndPropertiesCannotBeUpdatedIn = 22204,
    /**
     * 22205: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Attempting to assign invalid object_sid to Bundle"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AttemptingToAssignInvalidObjectSidToBundle = 22205,
    /**
     * 22206: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Attempting to add invalid object type to bundle"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AttemptingToAddInvalidObjectTypeToBundle = 22206,
    /**
     * 22207: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Unable to parse attributes JSON"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToParseAttributesJson = 22207,
    /**
     * 22208: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Supporting Document status and attributes cannot be updated in the same request"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SupportingDocumentStatusAndAttributesCannotBeUpdated = 22208,
    /**
     * 22209: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid status enum in Supporting Document update request"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidStatusEnumInSupportingDocumentUpdateRequest = 22209,
    /**
     * 22210: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Cannot create a Supporting Document with no Type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CannotCreateASupportingDocumentWithNoType = 22210,
    /**
     * 22211: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Cannot create a Supporting Document with no FriendlyName"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CannotCreateASupportingDocumentWithNoFriendlyName = 22211,
    /**
     * 22212: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid End-User Type in request"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidEndUserTypeInRequest = 22212,
    /**
     * 22213: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid Number Type in request"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidNumberTypeInRequest = 22213,
    /**
     * 22214: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Missing End User"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MissingEndUser = 22214,
    /**
     * 22215: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Missing End-User field"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MissingEndUserField = 22215,
    /**
     * 22216: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Missing Supporting Document"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MissingSupportingDocument = 22216,
    /**
     * 22217: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Missing Supporting Document field"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MissingSupportingDocumentField = 22217,
    /**
     * 22218: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The Supporting Document field does not match the field in the End-User"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheSupportingDocumentFieldDoesNotMatchThe = 22218,
    /**
     * 22219: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "An Address is missing"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AnAddressIsMissing = 22219,
    /**
     * 22221: Phone Numbers warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Emergency address is not registered"
     *
     * Outcome: unknown.
     */
    EmergencyAddressIsNotRegistered = 22221,
    /**
     * 22222: Phone Numbers warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Emergency Status cannot be updated"
     *
     * Outcome: unknown.
     */
    EmergencyStatusCannotBeUpdated = 22222,
    /**
     * 22223: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Regulatory Bundle is not eligible to be Copied"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RegulatoryBundleIsNotEligibleToBeCopied = 22223,
    /**
     * 22224: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Regulatory Bundle cannot transfer Item Assignments"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RegulatoryBundleCannotTransferItemAssignments = 22224,
    /**
     * 22225: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "From Bundle to Replace Items does not exist"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FromBundleToReplaceItemsDoesNotExist = 22225,
    /**
     * 22226: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Cannot replace Items from Bundle to same Bundle"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CannotReplaceItemsFromBundleToSameBundle = 22226,
    /**
     * 22228: Phone Numbers error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "From Bundle does not have latest Regulation requirements that matches destination Bundle"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FromBundleDoesNotHaveLatestRegulationRequirements = 22228,
    /**
     * 22229: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Supporting Document Bundle Assignment cannot be removed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SupportingDocumentBundleAssignmentCannotBeRemoved = 22229,
    /**
     * 22300: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "This account is restricted from provisioning new long code phone numbers"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ThisAccountIsRestrictedFromProvisioningNewLong = 22300,
    /**
     * 22400: Phone Numbers error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Phone Number linked to Active Route Configuration"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PhoneNumberLinkedToActiveRouteConfiguration = 22400,
    /**
     * 22401: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Phone Number Instance fields are not supported within region"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PhoneNumberInstanceFieldsAreNotSupportedWithin = 22401,
    /**
     * 22402: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Phone Number Operation not permitted within Region"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PhoneNumberOperationNotPermittedWithinRegion22402 = 22402,
    /**
     * 22403: Phone Numbers error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Phone Number Operation not permitted within Region"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PhoneNumberOperationNotPermittedWithinRegion22403 = 22403,
    /**
     * 22404: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Starter profile creation and updates are temporarily disabled"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StarterProfileCreationAndUpdatesAreTemporarilyDisabled = 22404,
    /**
     * 22500: Phone Numbers error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Twilio phone number using deprecated API version"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilioPhoneNumberUsingDeprecatedApiVersion22500 = 22500,
    /**
     * 23001: Programmable SMS warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Message Redaction Incompatible Configuration: Long code STOP filtering"
     *
     * Outcome: unknown.
     */
    MessageRedactionIncompatibleConfigurationLongCodeStopFiltering = 23001,
    /**
     * 23002: Programmable SMS warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Message Redaction Incompatible Configuration: Short code "STOP" filtering"
     *
     * Outcome: unknown.
     */
    MessageRedactionIncompatibleConfigurationShortCodeStopFiltering = 23002,
    /**
     * 23003: Programmable SMS warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Message Redaction Incompatible Configuration: Sticky Sender"
     *
     * Outcome: unknown.
     */
    MessageRedactionIncompatibleConfigurationStickySender = 23003,
    /**
     * 23004: Programmable SMS warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Message Redaction Incompatible Configuration: Advanced Opt-Out"
     *
     * Outcome: unknown.
     */
    MessageRedactionIncompatibleConfigurationAdvancedOptOut = 23004,
    /**
     * 23005: Programmable SMS warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Phone Number Redaction Incompatible Configuration: Fallback to Long Code"
     *
     * Outcome: unknown.
     */
    PhoneNumberRedactionIncompatibleConfigurationFallbackToLong = 23005,
    /**
     * 23006: Programmable SMS warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Message Redaction Incompatible Configuration: Inbound Webhook GET Requests"
     *
     * Outcome: unknown.
     */
    MessageRedactionIncompatibleConfigurationInboundWebhookGetRequests = 23006,
    /**
     * 30001: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Queue overflow"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    QueueOverflow = 30001,
    /**
     * 30002: Programmable SMS error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Account suspended"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AccountSuspended = 30002,
    /**
     * 30003: The carrier could not reach the recipient's phone, which is switched off, out of coverage or otherwise unavailable.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    UnreachableHandset = 30003,
    /**
     * 30004: Programmable SMS error that Twilio puts down to a carrier or another downstream network. The title names the problem.
     *
     * Title: "Message blocked"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MessageBlocked = 30004,
    /**
     * 30005: The carrier does not know the recipient number or reports it as inactive.
     *
     * Failure: permanent, retry never, action verify-recipient (inferred).
     */
    UnknownDestination = 30005,
    /**
     * 30006: The recipient number is a landline that cannot receive SMS, or its carrier cannot be reached.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    Landline = 30006,
    /**
     * 30007: A carrier or the provider's filter blocked the message as spam or as breaking messaging rules.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    CarrierViolation = 30007,
    /**
     * 30008: Delivery failed and the carrier gave no specific reason.
     *
     * Failure: unknown, retry after-fix, action fix-content (inferred).
     */
    UnknownError = 30008,
    /**
     * 30009: Programmable SMS error that Twilio puts down to a carrier or another downstream network. The title names the problem.
     *
     * Title: "Missing inbound segment"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MissingInboundSegment = 30009,
    /**
     * 30010: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Message price exceeds max price"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MessagePriceExceedsMaxPrice = 30010,
    /**
     * 30011: The recipient's number cannot receive MMS in its region.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MmsNotSupported = 30011,
    /**
     * 30012: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "TTL is too small"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TtlIsTooSmall = 30012,
    /**
     * 30013: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "TTL is too big"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TtlIsTooBig = 30013,
    /**
     * 30014: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "'To' attributes are Invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ToAttributesAreInvalid = 30014,
    /**
     * 30015: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Non-supported channel type is used"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NonSupportedChannelTypeIsUsed = 30015,
    /**
     * 30016: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "'To' and 'From' channel types are incompatible"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ToAndFromChannelTypesAreIncompatible = 30016,
    /**
     * 30017: Programmable SMS error that Twilio puts down to a carrier or another downstream network. The title names the problem.
     *
     * Title: "Carrier network congestion"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CarrierNetworkCongestion = 30017,
    /**
     * 30018: Programmable SMS warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Destination carrier requires sender ID pre-registration"
     *
     * Outcome: unknown.
     */
    DestinationCarrierRequiresSenderIdPreRegistration = 30018,
    /**
     * 30019: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Content size exceeds carrier limit"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ContentSizeExceedsCarrierLimit = 30019,
    /**
     * 30020: Programmable SMS error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Internal Failure with Message Scheduling"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InternalFailureWithMessageScheduling = 30020,
    /**
     * 30021: Programmable SMS error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Internal Failure with messaging service orchestrator"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InternalFailureWithMessagingServiceOrchestrator = 30021,
    /**
     * 30022: Programmable SMS error that Twilio puts down to a carrier or another downstream network. The title names the problem.
     *
     * Title: "US A2P 10DLC - Rate Limits Exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UsA2p10dlcRateLimitsExceeded = 30022,
    /**
     * 30023: Programmable SMS error that Twilio puts down to a carrier or another downstream network. The title names the problem.
     *
     * Title: "US A2P 10DLC - Daily Message Cap Reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UsA2p10dlcDailyMessageCapReached = 30023,
    /**
     * 30024: Programmable SMS error that Twilio puts down to a carrier or another downstream network. The title names the problem.
     *
     * Title: "Numeric Sender ID Not Provisioned on Carrier"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NumericSenderIdNotProvisionedOnCarrier = 30024,
    /**
     * 30025: Programmable SMS warning that Twilio puts down to a carrier or another downstream network; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "US A2P 10DLC - 50% T-Mobile Daily Message Limit Consumed"
     *
     * Outcome: unknown.
     */
    UsA2p10dlc50TMobileDailyMessage = 30025,
    /**
     * 30026: Programmable SMS warning that Twilio puts down to a carrier or another downstream network; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "US A2P 10DLC - 70% T-Mobile Daily Message Limit Consumed"
     *
     * Outcome: unknown.
     */
    UsA2p10dlc70TMobileDailyMessage = 30026,
    /**
     * 30027: Programmable SMS error that Twilio puts down to a carrier or another downstream network. The title names the problem.
     *
     * Title: "US A2P 10DLC - T-Mobile Daily Message Limit Reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UsA2p10dlcTMobileDailyMessageLimit = 30027,
    /**
     * 30028: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid API version"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidApiVersion = 30028,
    /**
     * 30029: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid ContentRetention"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidContentRetention = 30029,
    /**
     * 30030: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid AddressRetention"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidAddressRetention = 30030,
    /**
     * 30031: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid MaxRate"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidMaxRate = 30031,
    /**
     * 30032: The message was sent from a toll-free number that has not completed verification.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    TollFreeNotVerified = 30032,
    /**
     * 30033: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "US A2P 10DLC - Campaign Suspended"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UsA2p10dlcCampaignSuspended = 30033,
    /**
     * 30034: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "US A2P 10DLC - Message from an Unregistered Number"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UsA2p10dlcMessageFromAnUnregisteredNumber = 30034,
    /**
     * 30035: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "US A2P 10DLC - Message from a number still being configured"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UsA2p10dlcMessageFromANumberStill = 30035,
    /**
     * 30100: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Domain SID is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DomainSidIsInvalid = 30100,
    /**
     * 30101: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Domain is unverified"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DomainIsUnverified = 30101,
    /**
     * 30102: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Domain's certificate has expired"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DomainsCertificateHasExpired = 30102,
    /**
     * 30103: Programmable SMS error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Links not shortened due to shortener application failure"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    LinksNotShortenedDueToShortenerApplicationFailure = 30103,
    /**
     * 30104: Programmable SMS warning that Twilio puts down to its own platform; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Shortened link not found. Click redirected to fallback Url"
     *
     * Outcome: unknown.
     */
    ShortenedLinkNotFound = 30104,
    /**
     * 30105: Programmable SMS warning that Twilio puts down to its own platform; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Shortened link not found and no fallback URL found"
     *
     * Outcome: unknown.
     */
    ShortenedLinkNotFoundAndNoFallbackUrl = 30105,
    /**
     * 30106: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Domain has not been set up for this account"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DomainHasNotBeenSetUpForThis = 30106,
    /**
     * 30107: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Domain private certificate has not been uploaded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DomainPrivateCertificateHasNotBeenUploaded = 30107,
    /**
     * 30108: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Twilio account does not belong to an organization"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilioAccountDoesNotBelongToAnOrganization = 30108,
    /**
     * 30109: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Callback URL is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CallbackUrlIsInvalid30109 = 30109,
    /**
     * 30110: Programmable SMS error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Domain is blocked"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DomainIsBlocked = 30110,
    /**
     * 30111: Programmable SMS error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Url is blacklisted"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UrlIsBlacklisted = 30111,
    /**
     * 30112: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Account is not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AccountIsNotFound = 30112,
    /**
     * 30113: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Specified date is too old"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SpecifiedDateIsTooOld = 30113,
    /**
     * 30114: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Specified date is not available yet"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SpecifiedDateIsNotAvailableYet = 30114,
    /**
     * 30115: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Date format is incorrect"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DateFormatIsIncorrect = 30115,
    /**
     * 30116: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Certificate or private key or both are missing"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CertificateOrPrivateKeyOrBothAreMissing = 30116,
    /**
     * 30117: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Certificate cannot be parsed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CertificateCannotBeParsed = 30117,
    /**
     * 30118: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Private key is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PrivateKeyIsInvalid = 30118,
    /**
     * 30119: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Certificate and private key pair is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CertificateAndPrivateKeyPairIsInvalid = 30119,
    /**
     * 30120: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Domain certificate and private key are not uploaded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DomainCertificateAndPrivateKeyAreNotUploaded = 30120,
    /**
     * 30121: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Fallback URL is missing"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FallbackUrlIsMissing = 30121,
    /**
     * 30122: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Fallback URL is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FallbackUrlIsInvalid = 30122,
    /**
     * 30123: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Callback URL is missing"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CallbackUrlIsMissing = 30123,
    /**
     * 30124: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "MessagingServiceSID cannot be empty or null"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MessagingServiceSIDCannotBeEmptyOrNull = 30124,
    /**
     * 30125: Programmable SMS warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Your phone number could not be registered with US A2P 10DLC"
     *
     * Outcome: unknown.
     */
    YourPhoneNumberCouldNotBeRegisteredWith = 30125,
    /**
     * 30127: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "MessagingServiceSID is invalid."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MessagingServiceSIDIsInvalid = 30127,
    /**
     * 30128: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "MessagingServiceSidsAction is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MessagingServiceSidsActionIsInvalid = 30128,
    /**
     * 30129: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Certificate is self signed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CertificateIsSelfSigned = 30129,
    /**
     * 30130: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Messaging Service SID already belongs in another domain configuration."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MessagingServiceSidAlreadyBelongsInAnotherDomain = 30130,
    /**
     * 30131: Programmable SMS warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Domain's certificate will expire soon"
     *
     * Outcome: unknown.
     */
    DomainsCertificateWillExpireSoon = 30131,
    /**
     * 30132: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Certificate cannot be validated."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CertificateCannotBeValidated = 30132,
    /**
     * 30133: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The certificate could not be uploaded."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheCertificateCouldNotBeUploaded = 30133,
    /**
     * 30400: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Parameters are not valid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParametersAreNotValid = 30400,
    /**
     * 30404: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Not Found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NotFound30404 = 30404,
    /**
     * 30409: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "This message cannot be canceled"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ThisMessageCannotBeCanceled = 30409,
    /**
     * 30410: A provider or carrier system timed out or failed internally while handling the message.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    ProviderTimeout = 30410,
    /**
     * 30436: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid Phone Number SID"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidPhoneNumberSid = 30436,
    /**
     * 30440: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Toll Free verification rejection - Unknown Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TollFreeVerificationRejectionUnknownError = 30440,
    /**
     * 30441: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Toll-Free phone number verification rejection - Content Violation"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TollFreePhoneNumberVerificationRejectionContentViolation = 30441,
    /**
     * 30442: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Toll-Free phone number verification rejection - Campaign Violation"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TollFreePhoneNumberVerificationRejectionCampaignViolation = 30442,
    /**
     * 30443: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Toll Free verification rejection - Disallowed Content"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TollFreeVerificationRejectionDisallowedContent = 30443,
    /**
     * 30444: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Toll Free verification rejection - High Risk"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TollFreeVerificationRejectionHighRisk = 30444,
    /**
     * 30445: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Toll Free verification rejection - Invalid Information"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TollFreeVerificationRejectionInvalidInformation = 30445,
    /**
     * 30446: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Toll Free verification rejection - Opt-In Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TollFreeVerificationRejectionOptInError = 30446,
    /**
     * 30447: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Toll Free verification rejection - Phone Number Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TollFreeVerificationRejectionPhoneNumberError = 30447,
    /**
     * 30448: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Toll-Free phone number verification rejection - Age Gate"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TollFreePhoneNumberVerificationRejectionAgeGate = 30448,
    /**
     * 30449: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Toll Free verification rejection - Sample message URL issues in sample message"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TollFreeVerificationRejectionSampleMessageUrlIssues = 30449,
    /**
     * 30450: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Message delivery blocked"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MessageDeliveryBlocked = 30450,
    /**
     * 30880: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Campaign vetting rejection - Unknown Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CampaignVettingRejectionUnknownError = 30880,
    /**
     * 30881: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Campaign vetting rejection - Invalid Brand Support Email"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CampaignVettingRejectionInvalidBrandSupportEmail = 30881,
    /**
     * 30882: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Campaign vetting rejection - Terms & Conditions"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CampaignVettingRejectionTermsAndConditions = 30882,
    /**
     * 30883: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Campaign vetting rejection - Content Violation"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CampaignVettingRejectionContentViolation = 30883,
    /**
     * 30884: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Campaign vetting rejection - Spam/Phishing"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CampaignVettingRejectionSpamPhishing = 30884,
    /**
     * 30885: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Campaign vetting rejection - High Risk"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CampaignVettingRejectionHighRisk = 30885,
    /**
     * 30886: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Campaign vetting rejection - Invalid Campaign Description"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CampaignVettingRejectionInvalidCampaignDescription = 30886,
    /**
     * 30887: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Campaign vetting rejection - Opt-out Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CampaignVettingRejectionOptOutError = 30887,
    /**
     * 30888: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Campaign vetting rejection - Age Gate Not Present / Not Acceptable"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CampaignVettingRejectionAgeGateNotPresentNot = 30888,
    /**
     * 30889: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Campaign vetting rejection - Embedded Phone Number"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CampaignVettingRejectionEmbeddedPhoneNumber = 30889,
    /**
     * 30890: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Campaign vetting rejection - Subscriber Help"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CampaignVettingRejectionSubscriberHelp = 30890,
    /**
     * 30891: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Campaign vetting rejection - Invalid Website URL"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CampaignVettingRejectionInvalidWebsiteUrl = 30891,
    /**
     * 30892: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Campaign vetting rejection - Invalid Sample Message - Public URL Shorteners"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CampaignVettingRejectionInvalidSampleMessagePublicUrl = 30892,
    /**
     * 30893: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Campaign vetting rejection - Invalid Sample Message Use Case"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CampaignVettingRejectionInvalidSampleMessageUseCase = 30893,
    /**
     * 30894: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Campaign vetting rejection - Invalid Brand Information"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CampaignVettingRejectionInvalidBrandInformation = 30894,
    /**
     * 30895: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Campaign vetting rejection - Direct Lending - Campaign and Content Attribute Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CampaignVettingRejectionDirectLendingCampaignAndContent = 30895,
    /**
     * 30896: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Campaign vetting rejection - Opt-in Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CampaignVettingRejectionOptInError = 30896,
    /**
     * 30897: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Campaign vetting rejection - Disallowed Content"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CampaignVettingRejectionDisallowedContent = 30897,
    /**
     * 30898: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Campaign vetting rejection - Excessive EIN"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CampaignVettingRejectionExcessiveEin = 30898,
    /**
     * 31000: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Generic error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    GenericError31000 = 31000,
    /**
     * 31001: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Application not found."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ApplicationNotFound = 31001,
    /**
     * 31002: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Connection declined."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConnectionDeclined = 31002,
    /**
     * 31003: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Connection timeout"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConnectionTimeout = 31003,
    /**
     * 31005: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Connection error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConnectionError = 31005,
    /**
     * 31006: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Audio device error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AudioDeviceError = 31006,
    /**
     * 31007: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilio Client: Client version not supported"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilioClientClientVersionNotSupported = 31007,
    /**
     * 31008: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Call cancelled"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CallCancelled = 31008,
    /**
     * 31009: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Transport error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TransportError = 31009,
    /**
     * 31100: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Malformed request"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MalformedRequest = 31100,
    /**
     * 31101: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Missing parameter array in request."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MissingParameterArrayInRequest = 31101,
    /**
     * 31102: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Authorization token missing in request."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AuthorizationTokenMissingInRequest = 31102,
    /**
     * 31103: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Length of parameters cannot exceed MAX_PARAM_LENGTH."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    LengthOfParametersCannotExceedMaxParamLength = 31103,
    /**
     * 31104: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid bridge token."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidBridgeToken = 31104,
    /**
     * 31105: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid client name"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidClientName = 31105,
    /**
     * 31106: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid data"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidData = 31106,
    /**
     * 31201: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilio Client: Error occurred while accessing microphone"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilioClientErrorOccurredWhileAccessingMicrophone = 31201,
    /**
     * 31202: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Signature validation failed."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SignatureValidationFailed = 31202,
    /**
     * 31203: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "No valid account."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NoValidAccount = 31203,
    /**
     * 31204: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid JWT token."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidJwtToken = 31204,
    /**
     * 31205: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "JWT token expired."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    JwtTokenExpired = 31205,
    /**
     * 31206: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Rate exceeded authorized limit."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RateExceededAuthorizedLimit = 31206,
    /**
     * 31207: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "JWT token expiration too long."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    JwtTokenExpirationTooLong = 31207,
    /**
     * 31208: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "User denied access to microphone."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UserDeniedAccessToMicrophone = 31208,
    /**
     * 31209: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Call Message Event Payload size exceeded authorized limit."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CallMessageEventPayloadSizeExceededAuthorizedLimit = 31209,
    /**
     * 31301: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Registration error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RegistrationError = 31301,
    /**
     * 31302: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Unsupported Cancel Message Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnsupportedCancelMessageError = 31302,
    /**
     * 31400: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Bad Request"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BadRequest31400 = 31400,
    /**
     * 31403: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Forbidden"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    Forbidden31403 = 31403,
    /**
     * 31404: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Not Found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NotFound31404 = 31404,
    /**
     * 31408: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Request Timeout"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RequestTimeout = 31408,
    /**
     * 31409: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Conflict"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    Conflict31409 = 31409,
    /**
     * 31426: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Upgrade Required"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UpgradeRequired31426 = 31426,
    /**
     * 31429: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Too Many Requests"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TooManyRequests31429 = 31429,
    /**
     * 31480: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Temporarily Unavailable"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TemporarilyUnavailable = 31480,
    /**
     * 31481: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Call/Transaction Does Not Exist"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CallTransactionDoesNotExist = 31481,
    /**
     * 31484: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Address Incomplete"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AddressIncomplete = 31484,
    /**
     * 31486: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Busy Here"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BusyHere = 31486,
    /**
     * 31487: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Request Terminated"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RequestTerminated = 31487,
    /**
     * 31500: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Internal Server Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InternalServerError31500 = 31500,
    /**
     * 31502: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Bad Gateway"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BadGateway = 31502,
    /**
     * 31503: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Service Unavailable"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ServiceUnavailable31503 = 31503,
    /**
     * 31504: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Gateway Timeout"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    GatewayTimeout = 31504,
    /**
     * 31530: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "DNS Resolution Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DnsResolutionError = 31530,
    /**
     * 31600: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Busy Everywhere"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BusyEverywhere = 31600,
    /**
     * 31603: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Decline"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    Decline = 31603,
    /**
     * 31604: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Does Not Exist Anywhere"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DoesNotExistAnywhere = 31604,
    /**
     * 31900: Programmable Voice error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Stream - Unknown Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StreamUnknownError = 31900,
    /**
     * 31901: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Stream - WebSocket - Connection Timeout"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StreamWebSocketConnectionTimeout = 31901,
    /**
     * 31902: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Stream - WebSocket - Connection Refused"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StreamWebSocketConnectionRefused = 31902,
    /**
     * 31903: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Stream - WebSocket - Connection Broken Pipe"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StreamWebSocketConnectionBrokenPipe = 31903,
    /**
     * 31904: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Stream - WebSocket - Host Unreachable"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StreamWebSocketHostUnreachable = 31904,
    /**
     * 31910: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Stream - WebSocket - SSL Protocol Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StreamWebSocketSslProtocolError = 31910,
    /**
     * 31920: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Stream - WebSocket - Handshake Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StreamWebSocketHandshakeError = 31920,
    /**
     * 31921: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Stream - WebSocket - Close Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StreamWebSocketCloseError = 31921,
    /**
     * 31922: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Stream - WebSocket - URL Schema Not Supported"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StreamWebSocketUrlSchemaNotSupported = 31922,
    /**
     * 31923: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Stream - WebSocket - Malformed URL"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StreamWebSocketMalformedUrl = 31923,
    /**
     * 31924: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Stream - Websocket - Protocol Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StreamWebsocketProtocolError = 31924,
    /**
     * 31930: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Stream - Media - Buffer Overflow"
     *
     * Outcome: unknown.
     */
    StreamMediaBufferOverflow = 31930,
    /**
     * 31931: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Stream - Media - Media Discarded"
     *
     * Outcome: unknown.
     */
    StreamMediaMediaDiscarded = 31931,
    /**
     * 31940: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Stream - Invalid connectorName attribute in TwiML."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StreamInvalidConnectorNameAttributeInTwiML = 31940,
    /**
     * 31941: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Stream - Invalid Track configuration"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StreamInvalidTrackConfiguration = 31941,
    /**
     * 31942: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Stream - Invalid connector configuration"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StreamInvalidConnectorConfiguration = 31942,
    /**
     * 31950: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Stream - Protocol - Malformed Message"
     *
     * Outcome: unknown.
     */
    StreamProtocolMalformedMessage = 31950,
    /**
     * 31951: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Stream - Protocol - Invalid Message"
     *
     * Outcome: unknown.
     */
    StreamProtocolInvalidMessage = 31951,
    /**
     * 31952: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Stream Extension not found:"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StreamExtensionNotFound = 31952,
    /**
     * 31960: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Stream - Quota exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StreamQuotaExceeded = 31960,
    /**
     * 32001: Elastic SIP Trunking error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "SIP: Trunk CPS limit exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SipTrunkCpsLimitExceeded = 32001,
    /**
     * 32002: Programmable Voice warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "SIP: Dial failure - Twilio SIP Domain not found"
     *
     * Outcome: unknown.
     */
    SipDialFailureTwilioSipDomainNotFound = 32002,
    /**
     * 32006: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "SIP: Too many hops"
     *
     * Outcome: unknown.
     */
    SipTooManyHops = 32006,
    /**
     * 32007: Programmable Voice warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "SIP: Too many endpoints/bindings for the Address-of-record (AOR)"
     *
     * Outcome: unknown.
     */
    SipTooManyEndpointsBindingsForTheAddress = 32007,
    /**
     * 32008: Programmable Voice warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "SIP: Registration per second limit reached"
     *
     * Outcome: unknown.
     */
    SipRegistrationPerSecondLimitReached = 32008,
    /**
     * 32009: Programmable Voice warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "The user you tried to dial is not registered with the corresponding SIP Domain"
     *
     * Outcome: unknown.
     */
    TheUserYouTriedToDialIsNot = 32009,
    /**
     * 32010: Elastic SIP Trunking error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "SIP: No valid Origination URIs configured"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SipNoValidOriginationURIsConfigured = 32010,
    /**
     * 32011: Elastic SIP Trunking warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Error communicating with your SIP communications infrastructure"
     *
     * Outcome: unknown.
     */
    ErrorCommunicatingWithYourSipCommunicationsInfrastructure = 32011,
    /**
     * 32012: Elastic SIP Trunking warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "SIP: Master account pooled Trunking CPS limit exceeded"
     *
     * Outcome: unknown.
     */
    SipMasterAccountPooledTrunkingCpsLimitExceeded = 32012,
    /**
     * 32013: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "SIP: Master account SIP Interface CPS limit exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SipMasterAccountSipInterfaceCpsLimitExceeded = 32013,
    /**
     * 32014: Programmable Voice warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Call is terminated because of no audio received"
     *
     * Outcome: unknown.
     */
    CallIsTerminatedBecauseOfNoAudioReceived = 32014,
    /**
     * 32015: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Call is terminated due to exceeding maximum call duration"
     *
     * Outcome: unknown.
     */
    CallIsTerminatedDueToExceedingMaximumCall = 32015,
    /**
     * 32016: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "PSTN PDD timeout"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PstnPddTimeout = 32016,
    /**
     * 32017: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "PSTN: Carrier blocked call due to calling number (caller ID)"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PstnCarrierBlockedCallDueToCallingNumber = 32017,
    /**
     * 32018: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Twiml size exceeded maximum allowed value"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwimlSizeExceededMaximumAllowedValue = 32018,
    /**
     * 32019: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Twiml and Voice URL are both set. Using Voice URL."
     *
     * Outcome: unknown.
     */
    TwimlAndVoiceUrlAreBothSet = 32019,
    /**
     * 32021: Programmable Voice warning that Twilio puts down to a carrier or another downstream network; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "SHAKEN/STIR call verification failed"
     *
     * Outcome: unknown.
     */
    ShakenStirCallVerificationFailed = 32021,
    /**
     * 32022: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "ACK not received from your SIP endpoint"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AckNotReceivedFromYourSipEndpoint = 32022,
    /**
     * 32100: Elastic SIP Trunking warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "SIP: Trial accounts can only call verified caller IDs"
     *
     * Outcome: unknown.
     */
    SipTrialAccountsCanOnlyCallVerifiedCaller = 32100,
    /**
     * 32101: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "SIP: Invalid phone number"
     *
     * Outcome: unknown.
     */
    SipInvalidPhoneNumber = 32101,
    /**
     * 32102: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "SIP: Bad SDP"
     *
     * Outcome: unknown.
     */
    SipBadSdp = 32102,
    /**
     * 32103: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "SIP: Empty body"
     *
     * Outcome: unknown.
     */
    SipEmptyBody = 32103,
    /**
     * 32105: Programmable Voice warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "SIP: Invalid contact header"
     *
     * Outcome: unknown.
     */
    SipInvalidContactHeader = 32105,
    /**
     * 32106: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "SIP: Authentication Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SipAuthenticationError = 32106,
    /**
     * 32110: Twilio warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "SIP: URI is formatted incorrectly"
     *
     * Outcome: unknown.
     */
    SipUriIsFormattedIncorrectly = 32110,
    /**
     * 32111: Twilio warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "SIP: Invalid header name"
     *
     * Outcome: unknown.
     */
    SipInvalidHeaderName = 32111,
    /**
     * 32112: Twilio warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "SIP: Invalid header value"
     *
     * Outcome: unknown.
     */
    SipInvalidHeaderValue = 32112,
    /**
     * 32113: Twilio warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "SIP: Header name is not allowed"
     *
     * Outcome: unknown.
     */
    SipHeaderNameIsNotAllowed = 32113,
    /**
     * 32114: Twilio warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "SIP: Unsupported parameter value"
     *
     * Outcome: unknown.
     */
    SipUnsupportedParameterValue = 32114,
    /**
     * 32115: Elastic SIP Trunking error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "X-Branded-CallReason header contains an invalid value."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    XBrandedCallReasonHeaderContainsAnInvalidValue = 32115,
    /**
     * 32200: Elastic SIP Trunking error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "SIP: Insufficient permissions"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SipInsufficientPermissions = 32200,
    /**
     * 32201: Elastic SIP Trunking error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "SIP: Source IP address not in ACL"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SipSourceIpAddressNotInAcl = 32201,
    /**
     * 32202: Elastic SIP Trunking error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "SIP: Bad user credentials"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SipBadUserCredentials = 32202,
    /**
     * 32203: Elastic SIP Trunking error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "SIP: Call blocked by Twilio"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SipCallBlockedByTwilio = 32203,
    /**
     * 32204: Elastic SIP Trunking error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "SIP: 'From' phone number not verified"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SipFromPhoneNumberNotVerified = 32204,
    /**
     * 32205: Elastic SIP Trunking error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "SIP Trunking: Geo Permission configuration is not permitting call"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SipTrunkingGeoPermissionConfigurationIsNotPermitting = 32205,
    /**
     * 32206: Elastic SIP Trunking error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "SIP: Invalid From number (caller ID)"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SipInvalidFromNumberCallerId = 32206,
    /**
     * 32207: Elastic SIP Trunking error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "SIP: Secure media not accepted"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SipSecureMediaNotAccepted = 32207,
    /**
     * 32208: Elastic SIP Trunking error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "SIP: Secure media required"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SipSecureMediaRequired = 32208,
    /**
     * 32209: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "SIP: Secure transport required"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SipSecureTransportRequired = 32209,
    /**
     * 32210: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "SIP: Register not supported"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SipRegisterNotSupported = 32210,
    /**
     * 32212: Programmable Voice warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "SIP: Registration Authentication problem"
     *
     * Outcome: unknown.
     */
    SipRegistrationAuthenticationProblem = 32212,
    /**
     * 32214: Programmable Voice warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "SIP: Invalid <Dial><Sip>"
     *
     * Outcome: unknown.
     */
    SipInvalidDialSip = 32214,
    /**
     * 32215: Programmable Voice warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Dial failure calling a SIP Domain without specifying a region"
     *
     * Outcome: unknown.
     */
    DialFailureCallingASipDomainWithoutSpecifying = 32215,
    /**
     * 32216: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "SIP: Address blacklisted"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SipAddressBlacklisted = 32216,
    /**
     * 32218: Elastic SIP Trunking error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "SIP: Transfer not allowed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SipTransferNotAllowed = 32218,
    /**
     * 32219: Elastic SIP Trunking error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "SIP: Redirect failed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SipRedirectFailed = 32219,
    /**
     * 32220: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Specifying an edge is not allowed when dialing SIP registered endpoints"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SpecifyingAnEdgeIsNotAllowedWhenDialing = 32220,
    /**
     * 32221: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Dialing SIP Endpoint failure - No devices registered in specified edge"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DialingSipEndpointFailureNoDevicesRegisteredIn = 32221,
    /**
     * 32222: Elastic SIP Trunking error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "TLS version not allowed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TlsVersionNotAllowed = 32222,
    /**
     * 32223: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "There is no username in the SIP URI when calling a SIP registered endpoint"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ThereIsNoUsernameInTheSipUri = 32223,
    /**
     * 32301: Interconnect warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Interconnect: Invalid Connection (TNX) SID"
     *
     * Outcome: unknown.
     */
    InterconnectInvalidConnectionTnxSid = 32301,
    /**
     * 32302: Interconnect warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Interconnect: Connection (TNX) SID not found"
     *
     * Outcome: unknown.
     */
    InterconnectConnectionTnxSidNotFound = 32302,
    /**
     * 32303: Interconnect warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Interconnect: Multiple SIP Dials with Interconnect Connection (TNX) SID"
     *
     * Outcome: unknown.
     */
    InterconnectMultipleSipDialsWithInterconnectConnectionTnx = 32303,
    /**
     * 32304: Interconnect warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Interconnect: Connection (TNX) SID is not Active"
     *
     * Outcome: unknown.
     */
    InterconnectConnectionTnxSidIsNotActive = 32304,
    /**
     * 32400: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "BYOC Trunk routing failure - failover routing disabled."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ByocTrunkRoutingFailureFailoverRoutingDisabled = 32400,
    /**
     * 32401: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "BYOC Trunk routing failure - failover to Twilio default routing."
     *
     * Outcome: unknown.
     */
    ByocTrunkRoutingFailureFailoverToTwilioDefault = 32401,
    /**
     * 32500: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Voice Conversation: Generic error."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VoiceConversationGenericError = 32500,
    /**
     * 32501: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Voice Conversation: TwiML attributes validation error."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VoiceConversationTwiMLAttributesValidationError = 32501,
    /**
     * 32502: Programmable Voice warning that Twilio puts down to its own platform; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Voice Conversation: Callback event internal error."
     *
     * Outcome: unknown.
     */
    VoiceConversationCallbackEventInternalError = 32502,
    /**
     * 32503: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Voice Conversation: Callback event response error."
     *
     * Outcome: unknown.
     */
    VoiceConversationCallbackEventResponseError = 32503,
    /**
     * 32504: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Voice Conversation: Incomplete Conversation."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VoiceConversationIncompleteConversation = 32504,
    /**
     * 32505: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Voice Conversation: Invalid data inside existing conversation."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VoiceConversationInvalidDataInsideExistingConversation = 32505,
    /**
     * 32506: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Voice Conversation: Failed to get worker assigned to a newly created Conversation."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VoiceConversationFailedToGetWorkerAssignedTo = 32506,
    /**
     * 32600: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Virtual Agent: Configuration Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VirtualAgentConfigurationError = 32600,
    /**
     * 32601: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Virtual Agent: Provider Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VirtualAgentProviderError = 32601,
    /**
     * 32602: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Virtual Agent: Invalid Connector"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VirtualAgentInvalidConnector = 32602,
    /**
     * 32603: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Virtual Agent: Unsupported <Config> attribute(s) in TwiML"
     *
     * Outcome: unknown.
     */
    VirtualAgentUnsupportedConfigAttributeSInTwiML = 32603,
    /**
     * 32604: Programmable Voice error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Virtual Agent: Internal Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VirtualAgentInternalError = 32604,
    /**
     * 32605: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Virtual Agent: PCI Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VirtualAgentPciError = 32605,
    /**
     * 32700: Programmable Voice error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Voice User-Defined Message: Internal Twilio Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VoiceUserDefinedMessageInternalTwilioError = 32700,
    /**
     * 32701: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Voice User-Defined Message: Invalid Content-Type"
     *
     * Outcome: unknown.
     */
    VoiceUserDefinedMessageInvalidContentType = 32701,
    /**
     * 32702: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Voice User-Defined Message: Invalid Content"
     *
     * Outcome: unknown.
     */
    VoiceUserDefinedMessageInvalidContent = 32702,
    /**
     * 32703: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Voice User-Defined Message: Content body exceeded max length"
     *
     * Outcome: unknown.
     */
    VoiceUserDefinedMessageContentBodyExceededMax = 32703,
    /**
     * 32710: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Voice User-Defined Message: Subscription Callback Internal Error"
     *
     * Outcome: unknown.
     */
    VoiceUserDefinedMessageSubscriptionCallbackInternalError = 32710,
    /**
     * 32711: Programmable Voice warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Voice User-Defined Message: Request to subscription callback URL encountered error"
     *
     * Outcome: unknown.
     */
    VoiceUserDefinedMessageRequestToSubscriptionCallback = 32711,
    /**
     * 33000: Programmable Wireless error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Generic Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    GenericError33000 = 33000,
    /**
     * 33004: Programmable Wireless error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Service is unavailable"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ServiceIsUnavailable = 33004,
    /**
     * 33010: Programmable Wireless error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Conflicting update"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConflictingUpdate = 33010,
    /**
     * 33101: Programmable Wireless error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid Parameter Value"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidParameterValue = 33101,
    /**
     * 33102: Programmable Wireless error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Parameter missing"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParameterMissing = 33102,
    /**
     * 33103: Programmable Wireless error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Paging information invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PagingInformationInvalid = 33103,
    /**
     * 33104: Programmable Wireless error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Configuration incomplete"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConfigurationIncomplete = 33104,
    /**
     * 33105: Programmable Wireless error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Transition invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TransitionInvalid = 33105,
    /**
     * 33107: Programmable Wireless error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "SIM not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SimNotFound = 33107,
    /**
     * 33108: Programmable Wireless error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Rate Plan not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RatePlanNotFound = 33108,
    /**
     * 33111: Programmable Wireless error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Command exceeded max length"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CommandExceededMaxLength = 33111,
    /**
     * 33118: Programmable Wireless error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Number of Commands exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NumberOfCommandsExceeded = 33118,
    /**
     * 33119: Programmable Wireless error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "SIM connectivity reset not allowed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SimConnectivityResetNotAllowed = 33119,
    /**
     * 33120: Programmable Wireless error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "SIM connectivity reset in progress"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SimConnectivityResetInProgress = 33120,
    /**
     * 33121: Programmable Wireless error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid Parameter Combination"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidParameterCombination = 33121,
    /**
     * 33122: Programmable Wireless error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Rate Plan Is Not Allowed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RatePlanIsNotAllowed = 33122,
    /**
     * 33201: Programmable Wireless error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Unauthorized"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    Unauthorized33201 = 33201,
    /**
     * 33203: Programmable Wireless error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Messaging not allowed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MessagingNotAllowed = 33203,
    /**
     * 34002: Programmable Fax error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Callee Busy"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CalleeBusy = 34002,
    /**
     * 34003: Programmable Fax error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Callee did not answer"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CalleeDidNotAnswer = 34003,
    /**
     * 34004: Programmable Fax error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Error during fax transmission"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ErrorDuringFaxTransmission = 34004,
    /**
     * 34005: Programmable Fax error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Programmable Fax is no longer available"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableFaxIsNoLongerAvailable = 34005,
    /**
     * 34106: Programmable Fax error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "No Fax TwiML action specified"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NoFaxTwiMLActionSpecified = 34106,
    /**
     * 34108: Programmable Fax error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Other End Incompatible"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    OtherEndIncompatible = 34108,
    /**
     * 35111: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "SendAt timestamp is missing"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SendAtTimestampIsMissing = 35111,
    /**
     * 35114: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Scheduling does not support this timestamp"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SchedulingDoesNotSupportThisTimestamp = 35114,
    /**
     * 35118: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "MessagingServiceSid is required to schedule a message"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MessagingServiceSidIsRequiredToScheduleAMessage = 35118,
    /**
     * 35125: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Maximum limit reached in the account for scheduling messages"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaximumLimitReachedInTheAccountForScheduling = 35125,
    /**
     * 35126: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The ScheduleType value provided is not supported for this channel"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheScheduleTypeValueProvidedIsNotSupportedFor = 35126,
    /**
     * 40000: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Content-Type of 'application/json' not set"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ContentTypeOfApplicationJsonNotSet = 40000,
    /**
     * 40001: TaskRouter warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Could not parse Assignment Instruction response as JSON. Ensure your JSON is not escaped"
     *
     * Outcome: unknown.
     */
    CouldNotParseAssignmentInstructionResponseAsJson = 40001,
    /**
     * 40005: TaskRouter warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Assignment Callback response does not contain Instruction"
     *
     * Outcome: unknown.
     */
    AssignmentCallbackResponseDoesNotContainInstruction = 40005,
    /**
     * 40100: TaskRouter error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "TaskRouter->Reject"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TaskRouterReject = 40100,
    /**
     * 40110: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "TaskRouter->Call"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TaskRouterCall40110 = 40110,
    /**
     * 40111: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "TaskRouter->Call"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TaskRouterCall40111 = 40111,
    /**
     * 40112: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "TaskRouter->Call"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TaskRouterCall40112 = 40112,
    /**
     * 40113: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "TaskRouter->Call"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TaskRouterCall40113 = 40113,
    /**
     * 40114: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "TaskRouter->Call"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TaskRouterCall40114 = 40114,
    /**
     * 40120: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "TaskRouter->Direct"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TaskRouterDirect40120 = 40120,
    /**
     * 40121: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "TaskRouter->Direct"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TaskRouterDirect40121 = 40121,
    /**
     * 40122: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "TaskRouter->Direct"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TaskRouterDirect40122 = 40122,
    /**
     * 40123: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "TaskRouter->Redirect"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TaskRouterRedirect = 40123,
    /**
     * 40130: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "TaskRouter->Dequeue"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TaskRouterDequeue40130 = 40130,
    /**
     * 40131: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "TaskRouter->Dequeue"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TaskRouterDequeue40131 = 40131,
    /**
     * 40132: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "TaskRouter->Dequeue"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TaskRouterDequeue40132 = 40132,
    /**
     * 40133: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "TaskRouter->Dequeue"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TaskRouterDequeue40133 = 40133,
    /**
     * 40134: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Dequeue Instruction does not have a valid 'status_callback_events' parameter"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DequeueInstructionDoesNotHaveAValidStatus40134 = 40134,
    /**
     * 40135: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "TaskRouter->Dequeue"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TaskRouterDequeue40135 = 40135,
    /**
     * 40136: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "TaskRouter->Conference"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TaskRouterConference40136 = 40136,
    /**
     * 40137: TaskRouter error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Missing 'to' parameter when issuing Conference instruction"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MissingToParameterWhenIssuingConferenceInstruction = 40137,
    /**
     * 40138: TaskRouter error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Missing 'from' parameter when issuing Conference instruction"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MissingFromParameterWhenIssuingConferenceInstruction = 40138,
    /**
     * 40139: TaskRouter error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Failed to issue Conference Instruction due to invalid ActivitySid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToIssueConferenceInstructionDueToInvalid = 40139,
    /**
     * 40140: TaskRouter error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Failed to issue Dequeue instruction due to missing 'call_sid' property"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToIssueDequeueInstructionDueToMissing = 40140,
    /**
     * 40141: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "TaskRouter->Conference"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TaskRouterConference40141 = 40141,
    /**
     * 40142: TaskRouter error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Failed to issue Conference instruction due to missing 'call_sid' or 'outbound_to' properties"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToIssueConferenceInstructionDueToMissing40142 = 40142,
    /**
     * 40143: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "TaskRouter->Conference"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TaskRouterConference40143 = 40143,
    /**
     * 40144: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "TaskRouter->Conference"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TaskRouterConference40144 = 40144,
    /**
     * 40145: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "TaskRouter->Conference"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TaskRouterConference40145 = 40145,
    /**
     * 40146: TaskRouter error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Failed to issue Supervise Instruction due to invalid Reservation state"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToIssueSuperviseInstructionDueToInvalid = 40146,
    /**
     * 40147: TaskRouter error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Failed to issue Supervise instruction due to missing or invalid 'contact_uri' property"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToIssueSuperviseInstructionDueToMissing40147 = 40147,
    /**
     * 40148: TaskRouter error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Failed to issue Supervise instruction due to missing ‘from’ property"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToIssueSuperviseInstructionDueToMissing40148 = 40148,
    /**
     * 40149: TaskRouter error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Failed to issue Conference instruction due to missing ‘conference_sid’"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToIssueConferenceInstructionDueToMissing40149 = 40149,
    /**
     * 40151: TaskRouter error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "TaskRouter->Invalid instruction"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TaskRouterInvalidInstruction = 40151,
    /**
     * 40152: TaskRouter error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid Queue for Known Worker"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidQueueForKnownWorker = 40152,
    /**
     * 40153: TaskRouter warning that Twilio puts down to its own platform; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Absolute Paging used when iterating TaskRouter resources"
     *
     * Outcome: unknown.
     */
    AbsolutePagingUsedWhenIteratingTaskRouterResources = 40153,
    /**
     * 40154: TaskRouter error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid Known Worker information"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidKnownWorkerInformation = 40154,
    /**
     * 40155: TaskRouter error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid Workspace for Known Worker"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidWorkspaceForKnownWorker = 40155,
    /**
     * 40157: TaskRouter error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Dequeue Instruction does not have a valid 'status_callback_url' parameter"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DequeueInstructionDoesNotHaveAValidStatus40157 = 40157,
    /**
     * 40158: TaskRouter error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Call Instruction does not have a valid 'status_callback_url' parameter"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CallInstructionDoesNotHaveAValidStatus = 40158,
    /**
     * 40159: TaskRouter error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Conference Instruction does not have a valid 'status_callback_url' parameter"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConferenceInstructionDoesNotHaveAValidStatus = 40159,
    /**
     * 45001: Flex error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "General Service Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    GeneralServiceError = 45001,
    /**
     * 45002: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Authentication Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AuthenticationError = 45002,
    /**
     * 45003: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Authorization Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AuthorizationError = 45003,
    /**
     * 45004: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Validation Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ValidationError = 45004,
    /**
     * 45005: Flex error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Service Unavailable"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ServiceUnavailable45005 = 45005,
    /**
     * 45006: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Resource Not Found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ResourceNotFound45006 = 45006,
    /**
     * 45007: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Resource Conflict Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ResourceConflictError = 45007,
    /**
     * 45008: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Unprocessable Request"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnprocessableRequest = 45008,
    /**
     * 45009: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Configuration Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConfigurationError = 45009,
    /**
     * 45010: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Rate Limit Exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RateLimitExceeded45010 = 45010,
    /**
     * 45101: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Configuration Not Found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConfigurationNotFound = 45101,
    /**
     * 45102: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Collision On Configuration Change"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CollisionOnConfigurationChange = 45102,
    /**
     * 45103: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Workspace Not Configured"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    WorkspaceNotConfigured = 45103,
    /**
     * 45109: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Skills Limit Exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SkillsLimitExceeded = 45109,
    /**
     * 45201: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Resource Not Found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ResourceNotFound45201 = 45201,
    /**
     * 45202: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Resource Already Exists"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ResourceAlreadyExists = 45202,
    /**
     * 45203: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Requested Chat User not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RequestedChatUserNotFound = 45203,
    /**
     * 45204: Flex warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Requested Flex Chat Channel is not found"
     *
     * Outcome: unknown.
     */
    RequestedFlexChatChannelIsNotFound = 45204,
    /**
     * 45205: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Requested Flex Flow is not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RequestedFlexFlowIsNotFound = 45205,
    /**
     * 45206: Flex warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Chat User is already a member of the Chat Channel"
     *
     * Outcome: unknown.
     */
    ChatUserIsAlreadyAMemberOfThe = 45206,
    /**
     * 45207: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Chat User per Chat Channel limit reached. User is part of too many Chat Channels."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ChatUserPerChatChannelLimitReached = 45207,
    /**
     * 45208: Flex warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Chat Channel with this unique name already exists"
     *
     * Outcome: unknown.
     */
    ChatChannelWithThisUniqueNameAlreadyExists = 45208,
    /**
     * 45209: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Adding a user to the Chat Channel has timed out waiting for a response from Twilio Chat."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AddingAUserToTheChatChannelHas = 45209,
    /**
     * 45210: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Flex Flow creation failed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FlexFlowCreationFailed45210 = 45210,
    /**
     * 45211: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Provided identity is reserved by system"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProvidedIdentityIsReservedBySystem = 45211,
    /**
     * 45212: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Flex Flow creation failed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FlexFlowCreationFailed45212 = 45212,
    /**
     * 45301: Flex error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Error occurred when connecting to a Meeting Participant"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ErrorOccurredWhenConnectingToAMeetingParticipant = 45301,
    /**
     * 45302: Flex warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Participant was disconnected before setting up Meeting"
     *
     * Outcome: unknown.
     */
    ParticipantWasDisconnectedBeforeSettingUpMeeting = 45302,
    /**
     * 45303: Flex warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Participant was busy"
     *
     * Outcome: unknown.
     */
    ParticipantWasBusy = 45303,
    /**
     * 45304: Flex error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Internal timeout error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InternalTimeoutError = 45304,
    /**
     * 45305: Flex warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "No answer from Participant"
     *
     * Outcome: unknown.
     */
    NoAnswerFromParticipant = 45305,
    /**
     * 45306: Flex warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Meeting was canceled"
     *
     * Outcome: unknown.
     */
    MeetingWasCanceled = 45306,
    /**
     * 45307: Flex warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Add Participant Not Allowed"
     *
     * Outcome: unknown.
     */
    AddParticipantNotAllowed45307 = 45307,
    /**
     * 45308: Flex warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Add Participant Not Allowed"
     *
     * Outcome: unknown.
     */
    AddParticipantNotAllowed45308 = 45308,
    /**
     * 45309: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Modify Participant Not Allowed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ModifyParticipantNotAllowed = 45309,
    /**
     * 45310: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Participant Not Found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantNotFound45310 = 45310,
    /**
     * 45312: Flex error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Remove Participant Request Failed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RemoveParticipantRequestFailed = 45312,
    /**
     * 45313: Flex error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Transfer Failed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TransferFailed = 45313,
    /**
     * 45350: Flex error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "An unexpected error occurred."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AnUnexpectedErrorOccurred = 45350,
    /**
     * 45351: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid Channel Participant properties."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidChannelParticipantProperties = 45351,
    /**
     * 45352: Flex error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Failed to create an outbound Channel."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToCreateAnOutboundChannel = 45352,
    /**
     * 45353: Flex warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "A duplicate create Channel request was dropped."
     *
     * Outcome: unknown.
     */
    ADuplicateCreateChannelRequestWasDropped = 45353,
    /**
     * 45354: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Cannot create a Channel for a closed Conversation."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CannotCreateAChannelForAClosedConversation = 45354,
    /**
     * 45355: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Failed to create a channel.  No Participants found."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToCreateAChannel45355 = 45355,
    /**
     * 45356: Flex error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Failed to create a channel. Downstream error."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToCreateAChannel45356 = 45356,
    /**
     * 45357: Flex error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Downstream error configuring Channel."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DownstreamErrorConfiguringChannel = 45357,
    /**
     * 45358: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Failed to close Channel.  Missing status parameter."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToCloseChannel45358 = 45358,
    /**
     * 45359: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Failed to close Channel.  Invalid status parameter."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToCloseChannel45359 = 45359,
    /**
     * 45360: Flex error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Failed to close or delete Conversation.  Downstream error."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToCloseOrDeleteConversation = 45360,
    /**
     * 45361: Flex error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Failed to add Participant. Downstream error."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToAddParticipant45361 = 45361,
    /**
     * 45362: Flex warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Failed to remove Participant.  Not found."
     *
     * Outcome: unknown.
     */
    FailedToRemoveParticipant45362 = 45362,
    /**
     * 45363: Flex error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Failed to remove Participant.  Downstream error."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToRemoveParticipant45363 = 45363,
    /**
     * 45366: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Failed to create Channel.  Invalid request parameters."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToCreateChannel = 45366,
    /**
     * 45367: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Failed to add Participant.  Invalid request parameters."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToAddParticipant45367 = 45367,
    /**
     * 45368: Flex warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Failed to delete Channel.  Not found."
     *
     * Outcome: unknown.
     */
    FailedToDeleteChannel45368 = 45368,
    /**
     * 45369: Flex error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Failed to create inbound Channel.  Internal error."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToCreateInboundChannel = 45369,
    /**
     * 45370: Flex error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Failed to create outbound Channel.  Internal error."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToCreateOutboundChannel = 45370,
    /**
     * 45371: Flex error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Failed to close Channel.  Internal error."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToCloseChannel45371 = 45371,
    /**
     * 45372: Flex error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Failed to add Participant.  Internal error."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToAddParticipant45372 = 45372,
    /**
     * 45373: Flex error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Failed to remove Participant.  Internal error."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToRemoveParticipant45373 = 45373,
    /**
     * 45374: Flex error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Failed to delete Channel.  Internal error."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToDeleteChannel45374 = 45374,
    /**
     * 45375: Flex warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Failed to delete Channel.  Invalid Account sid."
     *
     * Outcome: unknown.
     */
    FailedToDeleteChannel45375 = 45375,
    /**
     * 45376: Flex warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Failed to add a participant.  Conversation was closed or not found."
     *
     * Outcome: unknown.
     */
    FailedToAddAParticipant = 45376,
    /**
     * 45377: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Account SID not authorized."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AccountSidNotAuthorized = 45377,
    /**
     * 45401: Flex warning that Twilio puts down to its own platform; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "RTA feed callback returned not successful response code"
     *
     * Outcome: unknown.
     */
    RtaFeedCallbackReturnedNotSuccessfulResponseCode = 45401,
    /**
     * 45402: Flex warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "RTA feed callback response time exceeded the threshold"
     *
     * Outcome: unknown.
     */
    RtaFeedCallbackResponseTimeExceededTheThreshold = 45402,
    /**
     * 45600: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Flex UI error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FlexUiError = 45600,
    /**
     * 45601: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Custom Flex UI error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CustomFlexUiError = 45601,
    /**
     * 45700: Flex error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Unexpected error occurred. Unable to process WebChat request."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnexpectedErrorOccurred45700 = 45700,
    /**
     * 45701: Flex error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Unexpected error occurred. Service unavailable."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnexpectedErrorOccurred45701 = 45701,
    /**
     * 45711: Flex warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Failed to create webchat participant. Unauthorized"
     *
     * Outcome: unknown.
     */
    FailedToCreateWebchatParticipant45711 = 45711,
    /**
     * 45715: Flex warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Failed to create webchat participant. Invalid request parameters."
     *
     * Outcome: unknown.
     */
    FailedToCreateWebchatParticipant45715 = 45715,
    /**
     * 45719: Flex warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Failed to create webchat participant. Too many requests"
     *
     * Outcome: unknown.
     */
    FailedToCreateWebchatParticipant45719 = 45719,
    /**
     * 45731: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Pre-engagement data too large."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PreEngagementDataTooLarge = 45731,
    /**
     * 45733: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Pre-engagement data is not in valid JSON format."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PreEngagementDataIsNotInValidJson = 45733,
    /**
     * 45741: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Failed to create webchat conversation. Account not authorized"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToCreateWebchatConversation45741 = 45741,
    /**
     * 45744: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Failed to create webchat conversation. A resource provided could not be found."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToCreateWebchatConversation45744 = 45744,
    /**
     * 45745: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid or missing parameters in the create conversation request."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidOrMissingParametersInTheCreateConversation = 45745,
    /**
     * 45760: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Unable to validate address configuration. Auto create data missing."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToValidateAddressConfiguration45760 = 45760,
    /**
     * 45761: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Failed to validate address configuration. Auto create not enabled."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToValidateAddressConfiguration45761 = 45761,
    /**
     * 45762: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Failed to validate address configuration. Auto create type is empty or invalid."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToValidateAddressConfiguration45762 = 45762,
    /**
     * 45763: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Unable to validate address configuration. Auto create studio flow SID missing."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToValidateAddressConfiguration45763 = 45763,
    /**
     * 45764: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Unable to validate address configuration. Auto create webhook URL missing."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToValidateAddressConfiguration45764 = 45764,
    /**
     * 45765: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Address configuration data not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AddressConfigurationDataNotFound = 45765,
    /**
     * 45770: Flex error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Failed to create InteractionChannel. Downstream Error."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToCreateInteractionChannel = 45770,
    /**
     * 45771: Flex error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Failed to create InboundConversation. Internal Error."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToCreateInboundConversation = 45771,
    /**
     * 48000: Frontline error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid request payload"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidRequestPayload = 48000,
    /**
     * 48001: Frontline warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Callback URL is not set"
     *
     * Outcome: unknown.
     */
    CallbackUrlIsNotSet = 48001,
    /**
     * 48002: Frontline error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Callback URL is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CallbackUrlIsInvalid48002 = 48002,
    /**
     * 48003: Frontline error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Callback returned an invalid response"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CallbackReturnedAnInvalidResponse = 48003,
    /**
     * 48004: Frontline error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Callback returned an error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CallbackReturnedAnError = 48004,
    /**
     * 48005: Frontline error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Callback failed due to timeout"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CallbackFailedDueToTimeout = 48005,
    /**
     * 48010: Frontline error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Custom Routing Callback failed to execute successfully"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CustomRoutingCallbackFailedToExecuteSuccessfully = 48010,
    /**
     * 48011: Frontline error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Custom Routing Callback failed due to an internal error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CustomRoutingCallbackFailedDueToAnInternal = 48011,
    /**
     * 48023: Frontline error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Frontline user conversation limit exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FrontlineUserConversationLimitExceeded = 48023,
    /**
     * 48024: Frontline error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Contact conversation limit exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ContactConversationLimitExceeded = 48024,
    /**
     * 48025: Frontline error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Outgoing conversation: Invalid contact address"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    OutgoingConversationInvalidContactAddress = 48025,
    /**
     * 48026: Frontline error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Outgoing conversation: Invalid proxy address"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    OutgoingConversationInvalidProxyAddress = 48026,
    /**
     * 48027: Frontline error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Outgoing conversation: Proxy address equals contact address"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    OutgoingConversationProxyAddressEqualsContactAddress = 48027,
    /**
     * 48028: Frontline error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Outgoing conversation: Unauthorized use of the proxy address"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    OutgoingConversationUnauthorizedUseOfTheProxyAddress = 48028,
    /**
     * 48029: Frontline error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Outgoing conversation: Contact address type does not match proxy address type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    OutgoingConversationContactAddressTypeDoesNotMatch = 48029,
    /**
     * 48030: Frontline error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Outgoing conversation: Proxy address is not WhatsApp-enabled sender"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    OutgoingConversationProxyAddressIsNotWhatsAppEnabled = 48030,
    /**
     * 48031: Frontline error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Outgoing conversation: Conversation with this contact and proxy address already exists"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    OutgoingConversationConversationWithThisContactAndProxy = 48031,
    /**
     * 48032: Frontline error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Outgoing conversation: Missing Messaging service"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    OutgoingConversationMissingMessagingService = 48032,
    /**
     * 48033: Frontline error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Outgoing conversation: Invalid contact identity"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    OutgoingConversationInvalidContactIdentity = 48033,
    /**
     * 48050: Frontline error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Internal service error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InternalServiceError = 48050,
    /**
     * 50000: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: FriendlyName not provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatFriendlyNameNotProvided = 50000,
    /**
     * 50001: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Account SID not provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatAccountSidNotProvided = 50001,
    /**
     * 50002: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Resource is being deleted"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatResourceIsBeingDeleted = 50002,
    /**
     * 50003: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Friendly name too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatFriendlyNameTooLong = 50003,
    /**
     * 50004: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Unique Name too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatUniqueNameTooLong = 50004,
    /**
     * 50006: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Programmable Chat: Invalid Account SID"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatInvalidAccountSid = 50006,
    /**
     * 50050: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Service Instance not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatServiceInstanceNotFound = 50050,
    /**
     * 50051: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Service SID not provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatServiceSidNotProvided = 50051,
    /**
     * 50052: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Invalid consumption interval format"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatInvalidConsumptionIntervalFormat = 50052,
    /**
     * 50053: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Invalid typing indicator format"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatInvalidTypingIndicatorFormat = 50053,
    /**
     * 50054: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Invalid webhook format"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatInvalidWebhookFormat = 50054,
    /**
     * 50055: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Invalid webhook method"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatInvalidWebhookMethod = 50055,
    /**
     * 50056: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Webhook disabled processing of command"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatWebhookDisabledProcessingOfCommand = 50056,
    /**
     * 50057: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Webhook call failed to execute successfully"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatWebhookCallFailedToExecuteSuccessfully = 50057,
    /**
     * 50058: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Notification template too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatNotificationTemplateTooLong = 50058,
    /**
     * 50059: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Notification sound name too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatNotificationSoundNameTooLong = 50059,
    /**
     * 50060: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Invalid user channels limit format"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatInvalidUserChannelsLimitFormat = 50060,
    /**
     * 50061: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Invalid channel members limit format"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatInvalidChannelMembersLimitFormat = 50061,
    /**
     * 50063: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Actions per second limit exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatActionsPerSecondLimitExceeded = 50063,
    /**
     * 50065: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Invalid webhook retry count"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatInvalidWebhookRetryCount = 50065,
    /**
     * 50068: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Service instance unique name invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatServiceInstanceUniqueNameInvalid = 50068,
    /**
     * 50069: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Service instance with provided unique name already exists"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatServiceInstanceWithProvidedUniqueName = 50069,
    /**
     * 50074: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Global actions per second limit exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    GlobalActionsPerSecondLimitExceeded = 50074,
    /**
     * 50076: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Webhook failed to execute successfully due to timeout"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    WebhookFailedToExecuteSuccessfullyDueToTimeout = 50076,
    /**
     * 50100: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Role not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatRoleNotFound = 50100,
    /**
     * 50101: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Channel role not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatChannelRoleNotFound = 50101,
    /**
     * 50102: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Deployment role not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatDeploymentRoleNotFound = 50102,
    /**
     * 50103: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Role SID not provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatRoleSidNotProvided = 50103,
    /**
     * 50104: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Permission not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatPermissionNotFound = 50104,
    /**
     * 50105: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Invalid role type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatInvalidRoleType = 50105,
    /**
     * 50106: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Channel creator role not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatChannelCreatorRoleNotFound = 50106,
    /**
     * 50107: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: User not authorized for command"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatUserNotAuthorizedForCommand = 50107,
    /**
     * 50109: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Conversation role not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConversationRoleNotFound = 50109,
    /**
     * 50200: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: User not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatUserNotFound = 50200,
    /**
     * 50201: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: User already exists"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatUserAlreadyExists = 50201,
    /**
     * 50202: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: User SID not provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatUserSidNotProvided = 50202,
    /**
     * 50203: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Identity reserved"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatIdentityReserved = 50203,
    /**
     * 50204: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Identity not provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatIdentityNotProvided = 50204,
    /**
     * 50205: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: User unauthorized to set role"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatUserUnauthorizedToSetRole = 50205,
    /**
     * 50206: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Identity should not match user SID pattern"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatIdentityShouldNotMatchUserSid = 50206,
    /**
     * 50207: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Identity too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatIdentityTooLong = 50207,
    /**
     * 50208: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: User channel limit exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatUserChannelLimitExceeded = 50208,
    /**
     * 50209: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Invalid binding type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatInvalidBindingType = 50209,
    /**
     * 50210: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Invalid notification level"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatInvalidNotificationLevel = 50210,
    /**
     * 50211: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Identity parameter not acceptable for this Participant"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    IdentityParameterNotAcceptableForThisParticipant = 50211,
    /**
     * 50212: Programmable Chat error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Programmable Chat: User already invited"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatUserAlreadyInvited = 50212,
    /**
     * 50213: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Conflicting user modification"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConflictingUserModification = 50213,
    /**
     * 50214: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "User conversation limit exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UserConversationLimitExceeded = 50214,
    /**
     * 50300: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Channel not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatChannelNotFound = 50300,
    /**
     * 50301: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Channel key not provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatChannelKeyNotProvided = 50301,
    /**
     * 50302: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Unknown channel command"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatUnknownChannelCommand = 50302,
    /**
     * 50303: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Attributes too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatAttributesTooLong = 50303,
    /**
     * 50304: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Attributes not valid JSON"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatAttributesNotValidJson = 50304,
    /**
     * 50305: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Channel SID not provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatChannelSidNotProvided = 50305,
    /**
     * 50306: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Unique name should not match channel SID pattern"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatUniqueNameShouldNotMatchChannel = 50306,
    /**
     * 50307: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Channel with provided unique name already exists"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatChannelWithProvidedUniqueNameAlready = 50307,
    /**
     * 50308: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Invalid Date Created parameter"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatInvalidDateCreatedParameter = 50308,
    /**
     * 50309: Programmable Chat error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Programmable Chat: Invalid Date Updated parameter"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatInvalidDateUpdatedParameter = 50309,
    /**
     * 50310: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Author parameter is too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatAuthorParameterIsTooLong = 50310,
    /**
     * 50320: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Channel webhook not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatChannelWebhookNotFound = 50320,
    /**
     * 50321: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Too many channel webhooks"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatTooManyChannelWebhooks = 50321,
    /**
     * 50322: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Too many channel webhook triggers"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatTooManyChannelWebhookTriggers = 50322,
    /**
     * 50323: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Invalid channel webhook sid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatInvalidChannelWebhookSid = 50323,
    /**
     * 50324: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid channel webhook type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidChannelWebhookType = 50324,
    /**
     * 50325: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Invalid channel webhook filter"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatInvalidChannelWebhookFilter = 50325,
    /**
     * 50326: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Invalid channel webhook trigger"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatInvalidChannelWebhookTrigger = 50326,
    /**
     * 50327: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Invalid channel webhook flow sid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatInvalidChannelWebhookFlowSid = 50327,
    /**
     * 50328: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Channel webhook type not provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatChannelWebhookTypeNotProvided = 50328,
    /**
     * 50329: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Channel webhook url not provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatChannelWebhookUrlNotProvided = 50329,
    /**
     * 50330: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Channel webhook filter not provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatChannelWebhookFilterNotProvided = 50330,
    /**
     * 50331: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Channel webhook trigger not provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatChannelWebhookTriggerNotProvided = 50331,
    /**
     * 50332: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Channel webhook url too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatChannelWebhookUrlTooLong = 50332,
    /**
     * 50334: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Channel deletion operation is in progress"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ChannelDeletionOperationIsInProgress = 50334,
    /**
     * 50340: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Messaging service SID not provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MessagingServiceSidNotProvided = 50340,
    /**
     * 50341: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid messaging service SID"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidMessagingServiceSid = 50341,
    /**
     * 50342: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Messaging service does not belong to account"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MessagingServiceDoesNotBelongToAccount = 50342,
    /**
     * 50347: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Parameters are missing for channel update request"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParametersAreMissingForChannelUpdateRequest = 50347,
    /**
     * 50349: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Conflicting channel modification"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConflictingChannelModification50349 = 50349,
    /**
     * 50350: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Conversation not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConversationNotFound = 50350,
    /**
     * 50351: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Conversation SID not provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConversationSidNotProvided = 50351,
    /**
     * 50353: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Conversation with provided unique name already exists"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConversationWithProvidedUniqueNameAlreadyExists = 50353,
    /**
     * 50360: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Conversation webhook not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConversationWebhookNotFound = 50360,
    /**
     * 50361: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Too many conversation webhooks"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TooManyConversationWebhooks = 50361,
    /**
     * 50362: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Too many conversation webhook triggers"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TooManyConversationWebhookTriggers = 50362,
    /**
     * 50363: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid conversation webhook SID"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidConversationWebhookSid = 50363,
    /**
     * 50364: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid conversation webhook type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidConversationWebhookType = 50364,
    /**
     * 50365: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid conversation webhook filter"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidConversationWebhookFilter = 50365,
    /**
     * 50366: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid conversation webhook trigger"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidConversationWebhookTrigger = 50366,
    /**
     * 50367: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid conversation webhook flow SID"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidConversationWebhookFlowSid = 50367,
    /**
     * 50368: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Conversation webhook type not provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConversationWebhookTypeNotProvided = 50368,
    /**
     * 50369: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Conversation webhook URL not provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConversationWebhookUrlNotProvided = 50369,
    /**
     * 50370: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Conversation webhook filter not provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConversationWebhookFilterNotProvided = 50370,
    /**
     * 50371: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Conversation webhook trigger not provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConversationWebhookTriggerNotProvided = 50371,
    /**
     * 50372: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Conversation webhook URL is too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConversationWebhookUrlIsTooLong = 50372,
    /**
     * 50373: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "No Messaging Service assigned to Conversation"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NoMessagingServiceAssignedToConversation = 50373,
    /**
     * 50374: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'State' field can't be empty"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StateFieldCantBeEmpty = 50374,
    /**
     * 50375: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "TimeToInactive should be greater or equal to 1 minute"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TimeToInactiveShouldBeGreaterOrEqualTo1 = 50375,
    /**
     * 50376: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "TimeToClosed should be greater or equal to 10 minutes"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TimeToClosedShouldBeGreaterOrEqualTo10 = 50376,
    /**
     * 50377: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Can't update conversation as it's in final closed state"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CantUpdateConversationAsItsInFinalClosed = 50377,
    /**
     * 50378: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'State' parameter value is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StateParameterValueIsInvalid = 50378,
    /**
     * 50379: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "TimeToInactive format is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TimeToInactiveFormatIsInvalid = 50379,
    /**
     * 50380: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "TimeToClosed format is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TimeToClosedFormatIsInvalid = 50380,
    /**
     * 50382: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Timer can't be set without state"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TimerCantBeSetWithoutState = 50382,
    /**
     * 50384: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Initial state can't be 'closed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InitialStateCantBeClosed = 50384,
    /**
     * 50385: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Conversations are disabled in this region"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConversationsAreDisabledInThisRegion = 50385,
    /**
     * 50390: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Unique name should not match conversation sid pattern"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UniqueNameShouldNotMatchConversationSidPattern = 50390,
    /**
     * 50391: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Conflicting conversation modification"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConflictingConversationModification = 50391,
    /**
     * 50392: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "PreWebhookTimeout should be greater than 0ms"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PreWebhookTimeoutShouldBeGreaterThan0ms = 50392,
    /**
     * 50393: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Type value should be 'private'."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TypeValueShouldBePrivate = 50393,
    /**
     * 50400: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: User not member of channel"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatUserNotMemberOfChannel = 50400,
    /**
     * 50401: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Member SID not provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatMemberSidNotProvided = 50401,
    /**
     * 50402: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Member not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatMemberNotFound = 50402,
    /**
     * 50403: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Channel member limit exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatChannelMemberLimitExceeded = 50403,
    /**
     * 50404: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Member already exists"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatMemberAlreadyExists = 50404,
    /**
     * 50405: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Invalid last consumption timestamp format"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatInvalidLastConsumptionTimestampFormat = 50405,
    /**
     * 50406: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Invalid last consumed message index format"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatInvalidLastConsumedMessageIndexFormat = 50406,
    /**
     * 50407: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid messaging binding address"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidMessagingBindingAddress = 50407,
    /**
     * 50408: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid participant proxy address"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidParticipantProxyAddress = 50408,
    /**
     * 50409: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Participant address equals proxy address"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantAddressEqualsProxyAddress = 50409,
    /**
     * 50411: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Participant address is empty"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantAddressIsEmpty = 50411,
    /**
     * 50412: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Participant proxy address is empty"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantProxyAddressIsEmpty = 50412,
    /**
     * 50413: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Account is not authorized to use proxy address"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AccountIsNotAuthorizedToUseProxyAddress = 50413,
    /**
     * 50414: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Participant address type does not match proxy address type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantAddressTypeDoesNotMatchProxyAddress = 50414,
    /**
     * 50415: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Proxy address is not WhatsApp enabled sender"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProxyAddressIsNotWhatsAppEnabledSender = 50415,
    /**
     * 50416: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Participant and proxy address pair is already in use"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantAndProxyAddressPairIsAlreadyIn = 50416,
    /**
     * 50417: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Participants limit exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantsLimitExceeded = 50417,
    /**
     * 50418: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Non-Chat participants limit exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NonChatParticipantsLimitExceeded = 50418,
    /**
     * 50419: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Conflicting member modification"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConflictingMemberModification = 50419,
    /**
     * 50420: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Participant Messaging Binding type does not support all of the provided Messaging Binding parameters"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantMessagingBindingTypeDoesNotSupportAll = 50420,
    /**
     * 50421: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid last read message index format"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidLastReadMessageIndexFormat = 50421,
    /**
     * 50422: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Non-chat conversation participants limit exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NonChatConversationParticipantsLimitExceeded = 50422,
    /**
     * 50430: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Participant is not a member of conversation"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantIsNotAMemberOfConversation = 50430,
    /**
     * 50431: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Participant SID not provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantSidNotProvided = 50431,
    /**
     * 50432: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Participant not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantNotFound50432 = 50432,
    /**
     * 50433: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Participant already exists"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantAlreadyExists = 50433,
    /**
     * 50434: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Participant projected address not provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantProjectedAddressNotProvided = 50434,
    /**
     * 50435: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Group MMS activation failed."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    GroupMmsActivationFailed = 50435,
    /**
     * 50436: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Participant limit exceeded for group conversation"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantLimitExceededForGroupConversation = 50436,
    /**
     * 50437: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Group Participant already exists"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    GroupParticipantAlreadyExists = 50437,
    /**
     * 50438: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Group conversation with given participant list already exists"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    GroupConversationWithGivenParticipantListAlreadyExists = 50438,
    /**
     * 50439: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Account is not authorized to use the projected address"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AccountIsNotAuthorizedToUseTheProjected = 50439,
    /**
     * 50440: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Failed to remove the proxy address of a participant."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToRemoveTheProxyAddressOfA = 50440,
    /**
     * 50441: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Failed to add a proxy address to a participant."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToAddAProxyAddressToA = 50441,
    /**
     * 50442: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Failed to remove the projected address of a participant."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToRemoveTheProjectedAddressOfA = 50442,
    /**
     * 50443: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Failed to add a projected address to a participant."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToAddAProjectedAddressToA = 50443,
    /**
     * 50444: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Failed to add an identity to a participant."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToAddAnIdentityToAParticipant = 50444,
    /**
     * 50449: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Conflicting channel modification"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConflictingChannelModification50449 = 50449,
    /**
     * 50451: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "One user identifier parameter for lookup at a time is allowed. Please, use either Identity or Address."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    OneUserIdentifierParameterForLookupAtA = 50451,
    /**
     * 50452: Conversations error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Group MMS is not enabled for this Account"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    GroupMmsIsNotEnabledForThisAccount = 50452,
    /**
     * 50453: Conversations error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Proxy Address of participant is not supported for this channel"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProxyAddressOfParticipantIsNotSupportedFor = 50453,
    /**
     * 50500: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Message not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatMessageNotFound = 50500,
    /**
     * 50501: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Message SID not provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatMessageSidNotProvided = 50501,
    /**
     * 50502: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Message index not provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatMessageIndexNotProvided = 50502,
    /**
     * 50503: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Message body not provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatMessageBodyNotProvided = 50503,
    /**
     * 50504: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Programmable Chat: Message body parameter is too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatMessageBodyParameterIsTooLong = 50504,
    /**
     * 50505: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Last Updated By parameter is too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatLastUpdatedByParameterIsToo = 50505,
    /**
     * 50506: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Media SID not provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatMediaSidNotProvided = 50506,
    /**
     * 50507: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Media not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatMediaNotFound = 50507,
    /**
     * 50508: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Media already sent with another message"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatMediaAlreadySentWithAnotherMessage = 50508,
    /**
     * 50509: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Media message body cannot be updated"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatMediaMessageBodyCannotBeUpdated = 50509,
    /**
     * 50510: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid message media SID"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidMessageMediaSid = 50510,
    /**
     * 50511: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid message media content type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidMessageMediaContentType = 50511,
    /**
     * 50512: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Message media size is too large"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MessageMediaSizeIsTooLarge = 50512,
    /**
     * 50513: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Message author should be among Group MMS participants."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MessageAuthorShouldBeAmongGroupMmsParticipants = 50513,
    /**
     * 50516: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Programmable Chat: Message index is not a number"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatMessageIndexIsNotANumber = 50516,
    /**
     * 50526: Conversations error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Invalid content SID"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidContentSid = 50526,
    /**
     * 50527: Conversations error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Invalid content variables format"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidContentVariablesFormat = 50527,
    /**
     * 50528: Conversations error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Content SID is missing"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ContentSidIsMissing = 50528,
    /**
     * 50529: Conversations error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Content variables are too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ContentVariablesAreTooLong = 50529,
    /**
     * 50540: Conversations error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Content variable key is too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ContentVariableKeyIsTooLong = 50540,
    /**
     * 50541: Conversations error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Content variable value is too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ContentVariableValueIsTooLong = 50541,
    /**
     * 50600: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Invite SID not provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatInviteSidNotProvided = 50600,
    /**
     * 50601: Programmable Chat error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Programmable Chat: Invite not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatInviteNotFound = 50601,
    /**
     * 50602: Programmable Chat error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Programmable Chat: Cannot decline invite when already channel member."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProgrammableChatCannotDeclineInviteWhenAlreadyChannel = 50602,
    /**
     * 50610: Programmable Chat warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Address configuration deleted"
     *
     * Outcome: unknown.
     */
    AddressConfigurationDeleted = 50610,
    /**
     * 51001: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Client Connection: Connections resource limit exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ClientConnectionConnectionsResourceLimitExceeded = 51001,
    /**
     * 51002: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Client Connection: Request rate limit exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ClientConnectionRequestRateLimitExceeded = 51002,
    /**
     * 51003: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Client Connection: identity too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ClientConnectionIdentityTooLong = 51003,
    /**
     * 51004: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Client Connection: endpoint_id too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ClientConnectionEndpointIdTooLong = 51004,
    /**
     * 51005: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Client Connection: Command or keepalive acknowledgement not received"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ClientConnectionCommandOrKeepaliveAcknowledgementNotReceived = 51005,
    /**
     * 51006: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Client Connection: Connection expired"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ClientConnectionConnectionExpired = 51006,
    /**
     * 51007: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Client Connection: Token authentication is rejected"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ClientConnectionTokenAuthenticationIsRejected = 51007,
    /**
     * 51101: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Service instance not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockServiceInstanceNotFound = 51101,
    /**
     * 51102: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Service instance SID not specified"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockServiceInstanceSidNotSpecified = 51102,
    /**
     * 51103: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Token doesn't contain required grants section"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockTokenDoesntContainRequiredGrantsSection = 51103,
    /**
     * 51104: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Token doesn't contain service instance"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockTokenDoesntContainServiceInstance = 51104,
    /**
     * 51105: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Token doesn't contain identity"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockTokenDoesntContainIdentity = 51105,
    /**
     * 51106: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Active product doesn't match with service instance product"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockActiveProductDoesntMatchWithServiceInstance = 51106,
    /**
     * 51107: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Service can't be used"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockServiceCantBeUsed = 51107,
    /**
     * 51108: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Service instance disabled"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockServiceInstanceDisabled = 51108,
    /**
     * 51109: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Service instance is under legal hold"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockServiceInstanceIsUnderLegalHold = 51109,
    /**
     * 51110: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Token contains multiple grants of same product"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockTokenContainsMultipleGrantsOfSameProduct = 51110,
    /**
     * 51111: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Service instance limit reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockServiceInstanceLimitReached = 51111,
    /**
     * 51112: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Product usage disabled"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockProductUsageDisabled = 51112,
    /**
     * 51113: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Product usage is not enabled"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockProductUsageIsNotEnabled = 51113,
    /**
     * 51114: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Invalid access token header"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockInvalidAccessTokenHeader = 51114,
    /**
     * 51115: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Invalid access token subject"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockInvalidAccessTokenSubject = 51115,
    /**
     * 51116: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Invalid access token grants"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockInvalidAccessTokenGrants = 51116,
    /**
     * 51117: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Invalid access token signature"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockInvalidAccessTokenSignature = 51117,
    /**
     * 51118: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Invalid claim set"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockInvalidClaimSet = 51118,
    /**
     * 51119: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Token expired"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockTokenExpired = 51119,
    /**
     * 51120: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Token is not valid yet"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockTokenIsNotValidYet = 51120,
    /**
     * 51121: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Token expiration time exceeds maximum"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockTokenExpirationTimeExceedsMaximum = 51121,
    /**
     * 51122: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Authentication failed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockAuthenticationFailed51122 = 51122,
    /**
     * 51123: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Upstream not resolved"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockUpstreamNotResolved = 51123,
    /**
     * 51124: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Too many connections"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockTooManyConnections = 51124,
    /**
     * 51125: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Too many updates"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockTooManyUpdates = 51125,
    /**
     * 51126: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: DNC limit has been reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockDncLimitHasBeenReached = 51126,
    /**
     * 51127: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: PNC limit has been"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockPncLimitHasBeen = 51127,
    /**
     * 51128: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Too many messages per connection"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockTooManyMessagesPerConnection = 51128,
    /**
     * 51129: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Too many messages per account"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockTooManyMessagesPerAccount = 51129,
    /**
     * 51130: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Token is invalid!"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockTokenIsInvalid = 51130,
    /**
     * 51131: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Authentication failed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockAuthenticationFailed51131 = 51131,
    /**
     * 51201: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock : CPS, Init per Account"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockCpsInitPerAccount = 51201,
    /**
     * 51202: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock : CPS, Too many requests"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockCpsTooManyRequests = 51202,
    /**
     * 51215: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilsock: Unauthorized"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilsockUnauthorized = 51215,
    /**
     * 52000: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Internal notification error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InternalNotificationError = 52000,
    /**
     * 52001: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid destination binding"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidDestinationBinding = 52001,
    /**
     * 52002: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Credential Sid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidCredentialSid = 52002,
    /**
     * 52003: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Credential Type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidCredentialType = 52003,
    /**
     * 52004: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Credential SID not specified"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CredentialSidNotSpecified = 52004,
    /**
     * 52051: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Internal error when sending notification via client connection"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InternalErrorWhenSendingNotificationViaClientConnection = 52051,
    /**
     * 52052: Notifications warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Client connection not created or closed"
     *
     * Outcome: unknown.
     */
    ClientConnectionNotCreatedOrClosed = 52052,
    /**
     * 52071: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Internal error when sending notification via mqtt client connection"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InternalErrorWhenSendingNotificationViaMqttClient = 52071,
    /**
     * 52072: Notifications warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Client mqtt connection not created or closed"
     *
     * Outcome: unknown.
     */
    ClientMqttConnectionNotCreatedOrClosed = 52072,
    /**
     * 52101: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid GCM Api Key or FCM Secret"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidGcmApiKeyOrFcmSecret = 52101,
    /**
     * 52102: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid GCM/FCM registration token"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidGcmFcmRegistrationToken = 52102,
    /**
     * 52103: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "GCM/FCM client uninstalled or turned off notifications"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    GcmFcmClientUninstalledOrTurnedOffNotifications = 52103,
    /**
     * 52104: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Mismatched GCM/FCM sender ID"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MismatchedGcmFcmSenderId = 52104,
    /**
     * 52105: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid GCM/FCM package name"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidGcmFcmPackageName = 52105,
    /**
     * 52106: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Notification too large for GCM/FCM"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NotificationTooLargeForGcmFcm = 52106,
    /**
     * 52107: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid custom key for GCM/FCM"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidCustomKeyForGcmFcm = 52107,
    /**
     * 52108: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "GCM/FCM device message rate exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    GcmFcmDeviceMessageRateExceeded = 52108,
    /**
     * 52109: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "GCM/FCM unauthorized error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    GcmFcmUnauthorizedError = 52109,
    /**
     * 52110: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "GCM/FCM service unavailable"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    GcmFcmServiceUnavailable = 52110,
    /**
     * 52111: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "GCM/FCM unknown error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    GcmFcmUnknownError = 52111,
    /**
     * 52131: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid APNs credentials"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidAPNsCredentials = 52131,
    /**
     * 52133: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid APNs device token size"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidAPNsDeviceTokenSize = 52133,
    /**
     * 52134: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid APNs device token"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidAPNsDeviceToken = 52134,
    /**
     * 52135: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Missing subject in APNs certificate"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MissingSubjectInAPNsCertificate = 52135,
    /**
     * 52136: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Missing payload for APNs delivery"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MissingPayloadForAPNsDelivery = 52136,
    /**
     * 52137: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid size of subject in APNs certificate"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidSizeOfSubjectInAPNsCertificate = 52137,
    /**
     * 52138: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "APNs payload too large"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    APNsPayloadTooLarge = 52138,
    /**
     * 52139: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "APN service shutdown"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ApnServiceShutdown = 52139,
    /**
     * 52140: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Unknown APNs error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnknownAPNsError = 52140,
    /**
     * 52141: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "The provided APNs device token has been unregistered"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheProvidedAPNsDeviceTokenHasBeenUnregistered = 52141,
    /**
     * 52142: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "The provided APNs device token is not correct"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheProvidedAPNsDeviceTokenIsNotCorrect = 52142,
    /**
     * 52143: Notifications error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "The push notification was rejected by APNs"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ThePushNotificationWasRejectedByAPNs = 52143,
    /**
     * 52144: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "APNs experienced an internal error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    APNsExperiencedAnInternalError = 52144,
    /**
     * 52145: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Failed to authenticate with APNs"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToAuthenticateWithAPNs = 52145,
    /**
     * 52147: Notifications warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Too many APNs provider token updates"
     *
     * Outcome: unknown.
     */
    TooManyAPNsProviderTokenUpdates = 52147,
    /**
     * 52148: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Expired APNs provider token used"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ExpiredAPNsProviderTokenUsed = 52148,
    /**
     * 52149: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid APNs provider token used"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidAPNsProviderTokenUsed = 52149,
    /**
     * 52161: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Empty Credentials"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    EmptyCredentials = 52161,
    /**
     * 52162: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Credentials do not belong to used account"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CredentialsDoNotBelongToUsedAccount = 52162,
    /**
     * 52163: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Incorrect URL used to retrieve Webhook Credentials"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    IncorrectUrlUsedToRetrieveWebhookCredentials = 52163,
    /**
     * 52164: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "No Credentials found for the supplied Binding Type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NoCredentialsFoundForTheSuppliedBindingType = 52164,
    /**
     * 52165: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "No Credentials found for the supplied Identifier"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NoCredentialsFoundForTheSuppliedIdentifier = 52165,
    /**
     * 52166: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Webhook Credentials endpoint responded with Internal Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    WebhookCredentialsEndpointRespondedWithInternalError = 52166,
    /**
     * 52167: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Webhook Credentials response"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidWebhookCredentialsResponse = 52167,
    /**
     * 52168: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Webhook Credentials request timed out"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    WebhookCredentialsRequestTimedOut = 52168,
    /**
     * 52170: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Too many Webhook Credential requests"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TooManyWebhookCredentialRequests = 52170,
    /**
     * 52171: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Webhook Credentials request signature was not verified"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    WebhookCredentialsRequestSignatureWasNotVerified = 52171,
    /**
     * 52172: Notifications warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Unexpected Binding Type used for Webhook Credentials request"
     *
     * Outcome: unknown.
     */
    UnexpectedBindingTypeUsedForWebhookCredentialsRequest = 52172,
    /**
     * 52173: Notifications warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Unexpected Identifier used for Webhook Credentials request"
     *
     * Outcome: unknown.
     */
    UnexpectedIdentifierUsedForWebhookCredentialsRequest = 52173,
    /**
     * 52174: Notifications warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Unexpected error response received for Webhook Credentials request"
     *
     * Outcome: unknown.
     */
    UnexpectedErrorResponseReceivedForWebhookCredentialsRequest = 52174,
    /**
     * 52181: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Too many SMS notification requests"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TooManySmsNotificationRequests = 52181,
    /**
     * 52182: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Messaging Service not specified"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MessagingServiceNotSpecified = 52182,
    /**
     * 52201: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Too many Facebook messenger notification requests"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TooManyFacebookMessengerNotificationRequests = 52201,
    /**
     * 52202: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Facebook page is not connected to Twilio"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FacebookPageIsNotConnectedToTwilio = 52202,
    /**
     * 52203: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Missing body for Facebook Messenger delivery attempt"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MissingBodyForFacebookMessengerDeliveryAttempt = 52203,
    /**
     * 52211: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Too many Alexa notifications"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TooManyAlexaNotifications = 52211,
    /**
     * 52212: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Missing Alexa skill ID"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MissingAlexaSkillId = 52212,
    /**
     * 52213: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Alexa user ID"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidAlexaUserId = 52213,
    /**
     * 52214: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Alexa skill is not connected to Twilio"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AlexaSkillIsNotConnectedToTwilio = 52214,
    /**
     * 52215: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Missing Title parameter for Alexa"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MissingTitleParameterForAlexa = 52215,
    /**
     * 52301: Notifications warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Resulted destination list for requested parameters is empty"
     *
     * Outcome: unknown.
     */
    ResultedDestinationListForRequestedParametersIsEmpty = 52301,
    /**
     * 52302: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Too many recipients"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TooManyRecipients = 52302,
    /**
     * 52303: Notifications warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Concurrent User update"
     *
     * Outcome: unknown.
     */
    ConcurrentUserUpdate = 52303,
    /**
     * 52304: Notifications warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "User already exists"
     *
     * Outcome: unknown.
     */
    UserAlreadyExists = 52304,
    /**
     * 52305: Notifications warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "User already belongs to the segment"
     *
     * Outcome: unknown.
     */
    UserAlreadyBelongsToTheSegment = 52305,
    /**
     * 52306: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Cannot delete User resource with Bindings"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CannotDeleteUserResourceWithBindings = 52306,
    /**
     * 52307: Notifications warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "No users with provided segments"
     *
     * Outcome: unknown.
     */
    NoUsersWithProvidedSegments = 52307,
    /**
     * 52309: Notifications error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Channel provider replied with an error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ChannelProviderRepliedWithAnError = 52309,
    /**
     * 52310: Notify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Notification TTL has expired"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NotificationTtlHasExpired = 52310,
    /**
     * 52311: Notify error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Delivery callback invocation failed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DeliveryCallbackInvocationFailed = 52311,
    /**
     * 52401: Notifications warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Too many notification log events"
     *
     * Outcome: unknown.
     */
    TooManyNotificationLogEvents = 52401,
    /**
     * 53000: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Signaling connection error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SignalingConnectionError = 53000,
    /**
     * 53001: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Signaling connection disconnected"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SignalingConnectionDisconnected = 53001,
    /**
     * 53002: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Signaling connection timed out"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SignalingConnectionTimedOut = 53002,
    /**
     * 53003: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Client received an invalid signaling message"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ClientReceivedAnInvalidSignalingMessage = 53003,
    /**
     * 53004: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Client sent an invalid signaling message"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ClientSentAnInvalidSignalingMessage = 53004,
    /**
     * 53006: Programmable Video error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Video server is busy"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VideoServerIsBusy = 53006,
    /**
     * 53100: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Room name is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RoomNameIsInvalid = 53100,
    /**
     * 53101: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Room name is too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RoomNameIsTooLong = 53101,
    /**
     * 53102: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Room name contains invalid characters"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RoomNameContainsInvalidCharacters = 53102,
    /**
     * 53103: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Unable to create Room"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToCreateRoom = 53103,
    /**
     * 53104: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Unable to connect to Room"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToConnectToRoom = 53104,
    /**
     * 53105: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Room contains too many Participants"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RoomContainsTooManyParticipants = 53105,
    /**
     * 53106: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Room not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RoomNotFound = 53106,
    /**
     * 53107: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "MaxParticipants is out of range"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaxParticipantsIsOutOfRange = 53107,
    /**
     * 53108: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "RoomType is not valid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RoomTypeIsNotValid = 53108,
    /**
     * 53109: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Timeout is out of range"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TimeoutIsOutOfRange = 53109,
    /**
     * 53110: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "StatusCallbackMethod is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StatusCallbackMethodIsInvalid53110 = 53110,
    /**
     * 53111: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "StatusCallback is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StatusCallbackIsInvalid53111 = 53111,
    /**
     * 53112: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Status is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StatusIsInvalid = 53112,
    /**
     * 53113: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Room creation failed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RoomCreationFailed = 53113,
    /**
     * 53118: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Room Completed Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RoomCompletedError = 53118,
    /**
     * 53119: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The concurrent Rooms quota was exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheConcurrentRoomsQuotaWasExceeded = 53119,
    /**
     * 53120: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid Recording Rule(s)"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidRecordingRuleS = 53120,
    /**
     * 53121: Programmable Video warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Approaching room or participant concurrency quota"
     *
     * Outcome: unknown.
     */
    ApproachingRoomOrParticipantConcurrencyQuota = 53121,
    /**
     * 53122: Programmable Video error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "The recording operation requested is not supported for the Room type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheRecordingOperationRequestedIsNotSupportedFor = 53122,
    /**
     * 53123: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "MaxParticipantDuration is out of range"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaxParticipantDurationIsOutOfRange = 53123,
    /**
     * 53124: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The AudioOnly flag is not supported for the Room type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheAudioOnlyFlagIsNotSupportedForThe = 53124,
    /**
     * 53125: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The track kind is not supported by the Room"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheTrackKindIsNotSupportedByThe = 53125,
    /**
     * 53200: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Participant identity is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantIdentityIsInvalid = 53200,
    /**
     * 53201: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Participant identity is too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantIdentityIsTooLong = 53201,
    /**
     * 53202: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Participant identity contains invalid characters"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantIdentityContainsInvalidCharacters = 53202,
    /**
     * 53203: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The maximum number of published tracks allowed in the Room at the same time has been reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheMaximumNumberOfPublishedTracksAllowedIn = 53203,
    /**
     * 53204: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Participant not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantNotFound53204 = 53204,
    /**
     * 53205: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Participant disconnected because of duplicate identity"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantDisconnectedBecauseOfDuplicateIdentity = 53205,
    /**
     * 53206: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The Participant concurrency quota was exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheParticipantConcurrencyQuotaWasExceeded = 53206,
    /**
     * 53207: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "MaxPublishedTracks is out of range"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaxPublishedTracksIsOutOfRange = 53207,
    /**
     * 53208: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Participant's bandwidth profile configuration is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantsBandwidthProfileConfigurationIsInvalid = 53208,
    /**
     * 53209: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Participant status is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantStatusIsInvalid = 53209,
    /**
     * 53215: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid Subscribe Rule(s)"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidSubscribeRuleS = 53215,
    /**
     * 53216: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Participant session length exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantSessionLengthExceeded = 53216,
    /**
     * 53217: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "maxAudioTracks or maxVideoTracks configuration is out of range"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaxAudioTracksOrMaxVideoTracksConfigurationIsOutOfRange = 53217,
    /**
     * 53300: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Track is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TrackIsInvalid = 53300,
    /**
     * 53301: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Track name is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TrackNameIsInvalid = 53301,
    /**
     * 53302: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Track name is too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TrackNameIsTooLong = 53302,
    /**
     * 53303: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Track name contains invalid characters"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TrackNameContainsInvalidCharacters = 53303,
    /**
     * 53304: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Track name is duplicated"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TrackNameIsDuplicated = 53304,
    /**
     * 53400: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Client is unable to create or apply a local media description"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ClientIsUnableToCreateOrApplyA = 53400,
    /**
     * 53401: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Server is unable to create or apply a local media description"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ServerIsUnableToCreateOrApplyA = 53401,
    /**
     * 53402: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Client is unable to apply a remote media description"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ClientIsUnableToApplyARemoteMedia = 53402,
    /**
     * 53403: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Server is unable to apply a remote media description"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ServerIsUnableToApplyARemoteMedia = 53403,
    /**
     * 53404: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "No supported codec"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NoSupportedCodec = 53404,
    /**
     * 53405: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Media connection failed or Media activity ceased"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MediaConnectionFailedOrMediaActivityCeased = 53405,
    /**
     * 53406: Programmable Video error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "The data channel used by the Data Track had a problem"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheDataChannelUsedByTheDataTrack = 53406,
    /**
     * 53407: Programmable Video error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Media connection failed due to DTLS handshake failure"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MediaConnectionFailedDueToDtlsHandshakeFailure = 53407,
    /**
     * 53408: Programmable Video error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "ICE connection restart was attempted, but it is not allowed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    IceConnectionRestartWasAttemptedButItIs = 53408,
    /**
     * 53500: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Unable to acquire configuration"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToAcquireConfiguration = 53500,
    /**
     * 53501: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Unable to acquire TURN credentials"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToAcquireTurnCredentials = 53501,
    /**
     * 53600: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "S3 URL for recording upload is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    S3UrlForRecordingUploadIsInvalid = 53600,
    /**
     * 53601: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "AWS credentials for recording upload are invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AwsCredentialsForRecordingUploadAreInvalid = 53601,
    /**
     * 53602: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "AWS encryption key for recording upload is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AwsEncryptionKeyForRecordingUploadIsInvalid = 53602,
    /**
     * 53603: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Internal failure while processing a recording"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InternalFailureWhileProcessingARecording = 53603,
    /**
     * 53604: Programmable Video warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Failed to upload the recording to S3"
     *
     * Outcome: unknown.
     */
    FailedToUploadTheRecordingToS3 = 53604,
    /**
     * 53605: Programmable Video warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Internal failure when retrieving your account's recording settings"
     *
     * Outcome: unknown.
     */
    InternalFailureWhenRetrievingYourAccountsRecordingSettings = 53605,
    /**
     * 53606: Programmable Video warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Internal failure when creating the recording resource"
     *
     * Outcome: unknown.
     */
    InternalFailureWhenCreatingTheRecordingResource = 53606,
    /**
     * 53607: Programmable Video warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Internal failure when updating the recording resource"
     *
     * Outcome: unknown.
     */
    InternalFailureWhenUpdatingTheRecordingResource = 53607,
    /**
     * 53610: Programmable Video warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Invalid URL for external S3 bucket in recording settings"
     *
     * Outcome: unknown.
     */
    InvalidUrlForExternalS3BucketInRecording = 53610,
    /**
     * 53611: Programmable Video warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Invalid AWS credentials to access external S3 bucket in recording settings"
     *
     * Outcome: unknown.
     */
    InvalidAwsCredentialsToAccessExternalS3Bucket53611 = 53611,
    /**
     * 53612: Programmable Video warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Invalid public key for media tracks encryption in recording settings"
     *
     * Outcome: unknown.
     */
    InvalidPublicKeyForMediaTracksEncryptionIn53612 = 53612,
    /**
     * 53613: Programmable Video warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "AWS credentials to access external S3 bucket could not be loaded"
     *
     * Outcome: unknown.
     */
    AwsCredentialsToAccessExternalS3BucketCould53613 = 53613,
    /**
     * 53614: Programmable Video warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Public key credentials for media tracks encryption could not be loaded"
     *
     * Outcome: unknown.
     */
    PublicKeyCredentialsForMediaTracksEncryptionCould53614 = 53614,
    /**
     * 53615: Programmable Video warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Access denied to external S3 bucket configured in recording settings"
     *
     * Outcome: unknown.
     */
    AccessDeniedToExternalS3BucketConfiguredIn53615 = 53615,
    /**
     * 53616: Programmable Video warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Deleted a recording with custom configuration as time for retries was depleted"
     *
     * Outcome: unknown.
     */
    DeletedARecordingWithCustomConfigurationAsTime = 53616,
    /**
     * 53617: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Internal failure when bulk deleting compositions from your account"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InternalFailureWhenBulkDeletingCompositionsFromYour = 53617,
    /**
     * 53620: Programmable Video warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Invalid URL for external S3 bucket in composition settings"
     *
     * Outcome: unknown.
     */
    InvalidUrlForExternalS3BucketInComposition53620 = 53620,
    /**
     * 53621: Programmable Video warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Invalid AWS credentials to access external S3 bucket in composition settings"
     *
     * Outcome: unknown.
     */
    InvalidAwsCredentialsToAccessExternalS3Bucket53621 = 53621,
    /**
     * 53622: Programmable Video warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Invalid public key for media tracks encryption in composition settings"
     *
     * Outcome: unknown.
     */
    InvalidPublicKeyForMediaTracksEncryptionIn53622 = 53622,
    /**
     * 53623: Programmable Video warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "AWS credentials to access external S3 bucket could not be loaded"
     *
     * Outcome: unknown.
     */
    AwsCredentialsToAccessExternalS3BucketCould53623 = 53623,
    /**
     * 53624: Programmable Video warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Public key credentials for media tracks encryption could not be loaded"
     *
     * Outcome: unknown.
     */
    PublicKeyCredentialsForMediaTracksEncryptionCould53624 = 53624,
    /**
     * 53625: Programmable Video warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Access denied to external S3 bucket configured in composition settings"
     *
     * Outcome: unknown.
     */
    AccessDeniedToExternalS3BucketConfiguredIn53625 = 53625,
    /**
     * 53626: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Internal failure while processing media composition"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InternalFailureWhileProcessingMediaComposition = 53626,
    /**
     * 53627: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Internal failure when updating the composition resource"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InternalFailureWhenUpdatingTheCompositionResource = 53627,
    /**
     * 53628: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Room recordings deleted"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RoomRecordingsDeleted = 53628,
    /**
     * 53630: Programmable Video error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Empty track list for composition"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    EmptyTrackListForComposition = 53630,
    /**
     * 53631: Programmable Video warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Failed to enqueue a room composition from a configured composition hook"
     *
     * Outcome: unknown.
     */
    FailedToEnqueueARoomCompositionFromA = 53631,
    /**
     * 53632: Programmable Video warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Failed to enqueue a room composition"
     *
     * Outcome: unknown.
     */
    FailedToEnqueueARoomComposition = 53632,
    /**
     * 53633: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Composition is too large"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CompositionIsTooLarge = 53633,
    /**
     * 53660: Programmable Video warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Status Callback response timed out"
     *
     * Outcome: unknown.
     */
    StatusCallbackResponseTimedOut = 53660,
    /**
     * 53661: Programmable Video warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "StatusCallbackMethod is invalid"
     *
     * Outcome: unknown.
     */
    StatusCallbackMethodIsInvalid53661 = 53661,
    /**
     * 53662: Programmable Video warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "StatusCallback is invalid"
     *
     * Outcome: unknown.
     */
    StatusCallbackIsInvalid53662 = 53662,
    /**
     * 53663: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Internal failure when bulk deleting recordings from your account"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InternalFailureWhenBulkDeletingRecordingsFromYour53663 = 53663,
    /**
     * 53664: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid URL for external S3 bucket in composition settings"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidUrlForExternalS3BucketInComposition53664 = 53664,
    /**
     * 53665: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid AWS credentials to access external S3 bucket in composition settings"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidAwsCredentialsToAccessExternalS3Bucket53665 = 53665,
    /**
     * 53666: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid public key for media tracks encryption in composition settings"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidPublicKeyForMediaTracksEncryptionIn53666 = 53666,
    /**
     * 53667: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "AWS credentials to access external S3 bucket could not be loaded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AwsCredentialsToAccessExternalS3BucketCould53667 = 53667,
    /**
     * 53668: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Public key credentials for media tracks encryption could not be loaded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PublicKeyCredentialsForMediaTracksEncryptionCould53668 = 53668,
    /**
     * 53669: Programmable Video error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Access denied to external S3 bucket configured in composition settings"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AccessDeniedToExternalS3BucketConfiguredIn53669 = 53669,
    /**
     * 54003: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid If-Match header"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidIfMatchHeader = 54003,
    /**
     * 54006: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Request entity too large"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RequestEntityTooLarge54006 = 54006,
    /**
     * 54007: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Access forbidden for identity"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AccessForbiddenForIdentity = 54007,
    /**
     * 54008: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid JSON"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidJson = 54008,
    /**
     * 54009: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Rate limit exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RateLimitExceeded54009 = 54009,
    /**
     * 54010: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "No parameters specified"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NoParametersSpecified = 54010,
    /**
     * 54011: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid TTL"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidTtl = 54011,
    /**
     * 54050: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Service Instance not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ServiceInstanceNotFound = 54050,
    /**
     * 54051: Sync error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Invalid webhook URL"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidWebhookUrl = 54051,
    /**
     * 54053: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid friendly name"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidFriendlyName54053 = 54053,
    /**
     * 54056: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Account cannot access requested Service Instance"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AccountCannotAccessRequestedServiceInstance = 54056,
    /**
     * 54100: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Document not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DocumentNotFound = 54100,
    /**
     * 54101: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Document data"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidDocumentData = 54101,
    /**
     * 54103: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Document revision mismatch"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DocumentRevisionMismatch = 54103,
    /**
     * 54150: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "List not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ListNotFound = 54150,
    /**
     * 54151: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "List Item not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ListItemNotFound = 54151,
    /**
     * 54155: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "List Item revision mismatch"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ListItemRevisionMismatch = 54155,
    /**
     * 54156: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid List Item data"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidListItemData = 54156,
    /**
     * 54200: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Map not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MapNotFound = 54200,
    /**
     * 54201: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Map Item not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MapItemNotFound = 54201,
    /**
     * 54205: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Map Item revision mismatch"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MapItemRevisionMismatch = 54205,
    /**
     * 54206: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Map Item data"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidMapItemData = 54206,
    /**
     * 54208: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Map Item already exists"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MapItemAlreadyExists = 54208,
    /**
     * 54209: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Map Item key"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidMapItemKey = 54209,
    /**
     * 54250: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Message Stream not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MessageStreamNotFound = 54250,
    /**
     * 54251: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Message Stream Message data"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidMessageStreamMessageData = 54251,
    /**
     * 54300: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Unique name not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UniqueNameNotFound = 54300,
    /**
     * 54301: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Unique name already exists"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UniqueNameAlreadyExists54301 = 54301,
    /**
     * 54302: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid unique name"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidUniqueName54302 = 54302,
    /**
     * 54351: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid identity"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidIdentity = 54351,
    /**
     * 54354: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Permission not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PermissionNotFound = 54354,
    /**
     * 54419: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Number of subscriptions per connection is over the limit"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NumberOfSubscriptionsPerConnectionIsOverThe = 54419,
    /**
     * 54450: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid 'Direction' query parameter"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidDirectionQueryParameter = 54450,
    /**
     * 54451: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid 'Order' query parameter"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidOrderQueryParameter = 54451,
    /**
     * 54452: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid 'Bounds' query parameter"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidBoundsQueryParameter = 54452,
    /**
     * 54453: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid 'PageToken' query parameter"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidPageTokenQueryParameter = 54453,
    /**
     * 54454: Sync error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Sync: Invalid 'PageSize' query parameter"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SyncInvalidPageSizeQueryParameter = 54454,
    /**
     * 54458: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid List Item index"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidListItemIndex = 54458,
    /**
     * 54502: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid index name"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidIndexName = 54502,
    /**
     * 54507: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid query"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidQuery = 54507,
    /**
     * 54509: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Query expression contains too many operators"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    QueryExpressionContainsTooManyOperators = 54509,
    /**
     * 54510: Sync error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Query expression contains an array with too many items"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    QueryExpressionContainsAnArrayWithTooMany = 54510,
    /**
     * 55555: TaskRouter error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid Instruction passed to TaskRouter"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidInstructionPassedToTaskRouter = 55555,
    /**
     * 57001: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'Secret id' is empty"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SecretIdIsEmpty = 57001,
    /**
     * 57002: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'Secret id' is too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SecretIdIsTooLong = 57002,
    /**
     * 57003: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'Secret id' is invalid for this Partner"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SecretIdIsInvalidForThisPartner = 57003,
    /**
     * 57004: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'Category' is empty"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CategoryIsEmpty = 57004,
    /**
     * 57005: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'Category' is too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CategoryIsTooLong = 57005,
    /**
     * 57006: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'EventType' is empty"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    EventTypeIsEmpty = 57006,
    /**
     * 57007: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'EventType' is absent"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    EventTypeIsAbsent = 57007,
    /**
     * 57008: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'EventType' format must be String"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    EventTypeFormatMustBeString = 57008,
    /**
     * 57009: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'EventType' is too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    EventTypeIsTooLong = 57009,
    /**
     * 57010: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'PartnerName' is absent"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PartnerNameIsAbsent = 57010,
    /**
     * 57011: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Unsupported Partner name"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnsupportedPartnerName = 57011,
    /**
     * 57012: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Signature invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SignatureInvalid = 57012,
    /**
     * 57013: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'Topic' is absent"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TopicIsAbsent = 57013,
    /**
     * 57014: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'Event' data in payload is absent"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    EventDataInPayloadIsAbsent = 57014,
    /**
     * 57016: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'Topic' is empty"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TopicIsEmpty = 57016,
    /**
     * 57017: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'Topic' is too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TopicIsTooLong = 57017,
    /**
     * 57018: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'Event' value type must be Map"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    EventValueTypeMustBeMap = 57018,
    /**
     * 57019: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'Authorization' header is missing or is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AuthorizationHeaderIsMissingOrIsInvalid = 57019,
    /**
     * 57020: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Authorization failed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AuthorizationFailed57020 = 57020,
    /**
     * 58000: Twilio Live error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Twilio Live congestion"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilioLiveCongestion = 58000,
    /**
     * 58001: Twilio Live error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Video-enabled PlayerStreamer concurrency quota was exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VideoEnabledPlayerStreamerConcurrencyQuotaWasExceeded = 58001,
    /**
     * 58002: Twilio Live error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The MediaProcessor concurrency quota was exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheMediaProcessorConcurrencyQuotaWasExceeded = 58002,
    /**
     * 58003: Twilio Live error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Audio-only PlayerStreamer concurrency quota was exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AudioOnlyPlayerStreamerConcurrencyQuotaWasExceeded = 58003,
    /**
     * 60001: Twilio error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Downstream Authentication Failed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DownstreamAuthenticationFailed = 60001,
    /**
     * 60002: Twilio error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "End User Identification Timeout"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    EndUserIdentificationTimeout = 60002,
    /**
     * 60003: Twilio error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "End User Data is Not Available"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    EndUserDataIsNotAvailable = 60003,
    /**
     * 60004: Twilio error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Invalid Configuration"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidConfiguration = 60004,
    /**
     * 60005: Twilio error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Downstream Carrier Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DownstreamCarrierError = 60005,
    /**
     * 60006: Twilio error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Invalid Phone Number"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidPhoneNumber60006 = 60006,
    /**
     * 60008: Twilio error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Unsupported Carrier"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnsupportedCarrier = 60008,
    /**
     * 60200: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid parameter"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidParameter60200 = 60200,
    /**
     * 60201: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Selected template translation is not approved"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SelectedTemplateTranslationIsNotApproved = 60201,
    /**
     * 60202: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Max check attempts reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaxCheckAttemptsReached = 60202,
    /**
     * 60203: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Max send attempts reached."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaxSendAttemptsReached = 60203,
    /**
     * 60204: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Service does not support this feature"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ServiceDoesNotSupportThisFeature = 60204,
    /**
     * 60205: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "SMS is not supported by landline phone number"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SmsIsNotSupportedByLandlinePhoneNumber = 60205,
    /**
     * 60206: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'Amount' & 'Payee' params are required"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AmountAndPayeeParamsAreRequired = 60206,
    /**
     * 60207: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Max rate limits per service reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaxRateLimitsPerServiceReached = 60207,
    /**
     * 60208: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Rate limit with that UniqueName already exists"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RateLimitWithThatUniqueNameAlreadyExists = 60208,
    /**
     * 60209: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "UniqueName format is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UniqueNameFormatIsInvalid = 60209,
    /**
     * 60210: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Max Buckets per Rate limit reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaxBucketsPerRateLimitReached = 60210,
    /**
     * 60211: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Bucket with the given Interval already exists"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BucketWithTheGivenIntervalAlreadyExists = 60211,
    /**
     * 60212: Verify error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Too many concurrent requests for phone number"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TooManyConcurrentRequestsForPhoneNumber = 60212,
    /**
     * 60213: Verify error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "A Messaging Configuration already exists for the given country"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AMessagingConfigurationAlreadyExistsForTheGiven = 60213,
    /**
     * 60214: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Call channel is not supported when using PSD2"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CallChannelIsNotSupportedWhenUsingPsd2 = 60214,
    /**
     * 60215: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Max number of mailers per account reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaxNumberOfMailersPerAccountReached = 60215,
    /**
     * 60217: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid Service configuration"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidServiceConfiguration = 60217,
    /**
     * 60218: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "SendGrid Template is not active"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SendGridTemplateIsNotActive = 60218,
    /**
     * 60219: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "SendGrid Template does not contain required placeholders"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SendGridTemplateDoesNotContainRequiredPlaceholders = 60219,
    /**
     * 60220: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Messages to China require use case vetting"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MessagesToChinaRequireUseCaseVetting = 60220,
    /**
     * 60221: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "No target verification specified"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NoTargetVerificationSpecified = 60221,
    /**
     * 60222: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "SendGrid The from address does not match a verified Sender Identity"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SendGridTheFromAddressDoesNotMatchA = 60222,
    /**
     * 60223: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Delivery channel disabled"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DeliveryChannelDisabled = 60223,
    /**
     * 60224: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Missing substitutions for selected template"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MissingSubstitutionsForSelectedTemplate = 60224,
    /**
     * 60225: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Translation already exists for the provided template"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TranslationAlreadyExistsForTheProvidedTemplate = 60225,
    /**
     * 60226: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Messages sent to china require friendly_name"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MessagesSentToChinaRequireFriendlyName = 60226,
    /**
     * 60227: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The selected channel for template is not supported"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheSelectedChannelForTemplateIsNotSupported = 60227,
    /**
     * 60228: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Template was not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TemplateWasNotFound = 60228,
    /**
     * 60229: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Template translation was not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TemplateTranslationWasNotFound = 60229,
    /**
     * 60300: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid Param"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidParam = 60300,
    /**
     * 60301: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Entity already exists"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    EntityAlreadyExists = 60301,
    /**
     * 60302: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "FactorType already exists"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FactorTypeAlreadyExists = 60302,
    /**
     * 60305: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Access Token parameters are invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AccessTokenParametersAreInvalid = 60305,
    /**
     * 60306: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid Request"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidRequest60306 = 60306,
    /**
     * 60307: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Cannot resend push notifications to 'none' notification platform"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CannotResendPushNotificationsToNoneNotificationPlatform = 60307,
    /**
     * 60308: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Challenge verification attempts limit reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ChallengeVerificationAttemptsLimitReached = 60308,
    /**
     * 60309: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Push notifications limit reached for a Challenge"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PushNotificationsLimitReachedForAChallenge = 60309,
    /**
     * 60310: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Factor verification attempts reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FactorVerificationAttemptsReached = 60310,
    /**
     * 60311: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Factor verification failed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FactorVerificationFailed = 60311,
    /**
     * 60312: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Challenge creation limit reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ChallengeCreationLimitReached = 60312,
    /**
     * 60313: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Unauthorized factor creation"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnauthorizedFactorCreation = 60313,
    /**
     * 60314: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Factors binding format is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FactorsBindingFormatIsInvalid = 60314,
    /**
     * 60315: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Reached max limit of 20 push Factors associated per Entity"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ReachedMaxLimitOf20PushFactorsAssociated = 60315,
    /**
     * 60317: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Factor already exists"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FactorAlreadyExists = 60317,
    /**
     * 60318: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Factor is unverified"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FactorIsUnverified = 60318,
    /**
     * 60322: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Challenge already responded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ChallengeAlreadyResponded = 60322,
    /**
     * 60323: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Challenge expired"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ChallengeExpired = 60323,
    /**
     * 60324: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Challenge verification failed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ChallengeVerificationFailed = 60324,
    /**
     * 60325: Verify warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Translation for locale not found, using default"
     *
     * Outcome: unknown.
     */
    TranslationForLocaleNotFoundUsingDefault = 60325,
    /**
     * 60326: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Too many requests to create factors for the entity"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TooManyRequestsToCreateFactorsForThe = 60326,
    /**
     * 60329: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Verify SNA does not work with `psd2_enabled`"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VerifySnaDoesNotWorkWithPsd2Enabled = 60329,
    /**
     * 60330: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Failed to invoke the webhook"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToInvokeTheWebhook = 60330,
    /**
     * 60331: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Locale requested is not supported by Verify Text-To-Speech conversion"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    LocaleRequestedIsNotSupportedByVerifyText = 60331,
    /**
     * 60333: Verify warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "The SMS message was sent using a brandless template."
     *
     * Outcome: unknown.
     */
    TheSmsMessageWasSentUsingABrandless = 60333,
    /**
     * 60401: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Network Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NetworkError60401 = 60401,
    /**
     * 60402: Verify error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Mapper Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MapperError60402 = 60402,
    /**
     * 60403: Verify error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Storage Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StorageError60403 = 60403,
    /**
     * 60404: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Input Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InputError60404 = 60404,
    /**
     * 60405: Verify error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Key Storage Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    KeyStorageError60405 = 60405,
    /**
     * 60406: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Initialization Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InitializationError60406 = 60406,
    /**
     * 60407: Verify error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Authentication Token Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AuthenticationTokenError60407 = 60407,
    /**
     * 60408: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "TemplateSid is only supported for the SMS channel"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TemplateSidIsOnlySupportedForTheSmsChannel = 60408,
    /**
     * 60409: Verify warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Custom message did not match any template"
     *
     * Outcome: unknown.
     */
    CustomMessageDidNotMatchAnyTemplate = 60409,
    /**
     * 60410: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Verification delivery attempt blocked"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VerificationDeliveryAttemptBlocked60410 = 60410,
    /**
     * 60411: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Phone Number already exists"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PhoneNumberAlreadyExists = 60411,
    /**
     * 60500: Verify error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "SNA Phone Number Mismatch"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SnaPhoneNumberMismatch = 60500,
    /**
     * 60510: Verify error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "SNA Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SnaError = 60510,
    /**
     * 60511: Verify error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "SNA Downstream Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SnaDownstreamError = 60511,
    /**
     * 60517: Verify error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "SNA User-Agent Mismatch Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SnaUserAgentMismatchError = 60517,
    /**
     * 60519: Verify error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "SNA Verification Result Pending"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SnaVerificationResultPending = 60519,
    /**
     * 60520: Verify error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "SNA URL Failed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SnaUrlFailed = 60520,
    /**
     * 60531: Verify error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "SNA Carrier Not Detected"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SnaCarrierNotDetected = 60531,
    /**
     * 60532: Verify error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "SNA Potential Dual SIM Detected"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SnaPotentialDualSimDetected = 60532,
    /**
     * 60533: Verify error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "SNA Carrier Header Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SnaCarrierHeaderError = 60533,
    /**
     * 60534: Verify error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "SNA Downstream Carrier Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SnaDownstreamCarrierError = 60534,
    /**
     * 60540: Verify error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "SNA Carrier Identified Invalid Phone Number"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SnaCarrierIdentifiedInvalidPhoneNumber = 60540,
    /**
     * 60550: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Auto Channel Failed: None of the available channels could be selected due to validation errors. Check your debugger messages in console."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AutoChannelFailedNoneOfTheAvailableChannels = 60550,
    /**
     * 60600: Lookup error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Unprovisioned or out of coverage"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnprovisionedOrOutOfCoverage = 60600,
    /**
     * 60601: Lookup error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Authorization required for Canada lookups"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AuthorizationRequiredForCanadaLookups = 60601,
    /**
     * 60602: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "App hash can only be used with SMS channel"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AppHashCanOnlyBeUsedWithSms = 60602,
    /**
     * 60603: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "SendGrid maximum credits exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SendGridMaximumCreditsExceeded = 60603,
    /**
     * 60604: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "SendGrid Authenticated user is not authorized to send mail"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SendGridAuthenticatedUserIsNotAuthorizedToSend = 60604,
    /**
     * 60605: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Verification delivery attempt blocked"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    VerificationDeliveryAttemptBlocked60605 = 60605,
    /**
     * 60606: Lookup error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Lookup Package is Not Enabled"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    LookupPackageIsNotEnabled = 60606,
    /**
     * 60607: Lookup error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Lookup Unsupported Country"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    LookupUnsupportedCountry = 60607,
    /**
     * 60608: Lookup error that Twilio puts down to a carrier or another downstream network. The title names the problem.
     *
     * Title: "Lookup Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    LookupError = 60608,
    /**
     * 60609: Lookup error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Live activity not enabled"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    LiveActivityNotEnabled = 60609,
    /**
     * 60610: Lookup error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Phone number outside of coverage"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PhoneNumberOutsideOfCoverage = 60610,
    /**
     * 60611: Lookup error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Lookup Package Quota Reached"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    LookupPackageQuotaReached = 60611,
    /**
     * 60612: Lookup error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Requested phone number not mobile"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RequestedPhoneNumberNotMobile = 60612,
    /**
     * 60613: Lookup error that Twilio puts down to a carrier or another downstream network. The title names the problem.
     *
     * Title: "Lookup Provider Degradation"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    LookupProviderDegradation = 60613,
    /**
     * 60614: Lookup error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Lookup Request Must Be Completed in Different Twilio Region"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    LookupRequestMustBeCompletedInDifferentTwilio = 60614,
    /**
     * 60616: Lookup error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Lookup rate limit exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    LookupRateLimitExceeded = 60616,
    /**
     * 60617: Lookup error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Lookup Not Enough Request Parameters"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    LookupNotEnoughRequestParameters = 60617,
    /**
     * 60618: Lookup error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Lookup Malformed Request Parameter"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    LookupMalformedRequestParameter = 60618,
    /**
     * 60619: Lookup error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Lookup Request Cannot be Completed in Twilio Region"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    LookupRequestCannotBeCompletedInTwilioRegion = 60619,
    /**
     * 60620: Lookup error that Twilio puts down to a carrier or another downstream network. The title names the problem.
     *
     * Title: "Lookup SIM Swap Information is Incomplete From Carrier"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    LookupSimSwapInformationIsIncompleteFromCarrier = 60620,
    /**
     * 60621: Lookup error that Twilio puts down to a carrier or another downstream network. The title names the problem.
     *
     * Title: "Lookup Carrier Information Not Available"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    LookupCarrierInformationNotAvailable = 60621,
    /**
     * 60699: Lookup error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Lookup Usage Disabled"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    LookupUsageDisabled = 60699,
    /**
     * 60700: Branded Comms error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Something went wrong. Try again later"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SomethingWentWrong = 60700,
    /**
     * 60701: Branded Comms error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid request"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidRequest60701 = 60701,
    /**
     * 60702: Branded Comms warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Business Profile not found"
     *
     * Outcome: unknown.
     */
    BusinessProfileNotFound = 60702,
    /**
     * 60703: Branded Comms error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid phone numbers format"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidPhoneNumbersFormat = 60703,
    /**
     * 60704: Branded Comms error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Phone number not branded by Twilio"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PhoneNumberNotBrandedByTwilio = 60704,
    /**
     * 60706: Branded Comms error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid Push Token"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidPushToken = 60706,
    /**
     * 60707: Branded Comms warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Branded Channel not found"
     *
     * Outcome: unknown.
     */
    BrandedChannelNotFound = 60707,
    /**
     * 60708: Branded Comms warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Phone record number not found"
     *
     * Outcome: unknown.
     */
    PhoneRecordNumberNotFound = 60708,
    /**
     * 60709: Branded Comms warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Business Profile already exists"
     *
     * Outcome: unknown.
     */
    BusinessProfileAlreadyExists = 60709,
    /**
     * 60710: Branded Comms warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Phone number CPS not found"
     *
     * Outcome: unknown.
     */
    PhoneNumberCpsNotFound = 60710,
    /**
     * 60711: Branded Comms error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Business status does not allow updates"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BusinessStatusDoesNotAllowUpdates = 60711,
    /**
     * 60712: Branded Comms error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Error communicating with Regulatory Compliance API"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ErrorCommunicatingWithRegulatoryComplianceApi = 60712,
    /**
     * 60713: Branded Comms error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Error communicating with Regulatory Identification API"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ErrorCommunicatingWithRegulatoryIdentificationApi = 60713,
    /**
     * 60714: Branded Comms warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Brand not found"
     *
     * Outcome: unknown.
     */
    BrandNotFound = 60714,
    /**
     * 60715: Branded Comms error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Error reading logo file"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ErrorReadingLogoFile = 60715,
    /**
     * 60716: Branded Comms error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Selected logo is not a valid PNG file"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SelectedLogoIsNotAValidPngFile = 60716,
    /**
     * 60717: Branded Comms error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Error uploading logo to the storage"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ErrorUploadingLogoToTheStorage = 60717,
    /**
     * 60719: Branded Comms warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Branded Call not found"
     *
     * Outcome: unknown.
     */
    BrandedCallNotFound = 60719,
    /**
     * 60721: Branded Comms warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Phone Number(s) already used in a Branded Channel"
     *
     * Outcome: unknown.
     */
    PhoneNumberSAlreadyUsedInABranded = 60721,
    /**
     * 60722: Branded Comms warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Business status does not allow dismissal"
     *
     * Outcome: unknown.
     */
    BusinessStatusDoesNotAllowDismissal = 60722,
    /**
     * 60723: Branded Comms warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Brand status does not allow updates"
     *
     * Outcome: unknown.
     */
    BrandStatusDoesNotAllowUpdates = 60723,
    /**
     * 60724: Branded Comms warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Brand status does not allow dismissal"
     *
     * Outcome: unknown.
     */
    BrandStatusDoesNotAllowDismissal = 60724,
    /**
     * 60725: Branded Comms warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Brand status does not allow to have branded channels"
     *
     * Outcome: unknown.
     */
    BrandStatusDoesNotAllowToHaveBranded = 60725,
    /**
     * 60726: Branded Comms warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Business status does not allow to have brands"
     *
     * Outcome: unknown.
     */
    BusinessStatusDoesNotAllowToHaveBrands = 60726,
    /**
     * 60727: Branded Comms warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Channel not found"
     *
     * Outcome: unknown.
     */
    ChannelNotFound = 60727,
    /**
     * 61000: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Add-ons: Internal server error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AddOnsInternalServerError = 61000,
    /**
     * 61001: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Add-ons: Request timed out"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AddOnsRequestTimedOut = 61001,
    /**
     * 61002: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Add-ons: Provider could not complete request"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AddOnsProviderCouldNotCompleteRequest = 61002,
    /**
     * 61003: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Add-ons: Requirements to invoke AddOns have not been met"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AddOnsRequirementsToInvokeAddOnsHaveNot = 61003,
    /**
     * 61004: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Add-ons: No results"
     *
     * Outcome: unknown.
     */
    AddOnsNoResults = 61004,
    /**
     * 61005: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Add-ons: Bad request"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AddOnsBadRequest = 61005,
    /**
     * 61006: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Add-ons: Add-ons unavailable for GET callbacks"
     *
     * Outcome: unknown.
     */
    AddOnsAddOnsUnavailableForGetCallbacks = 61006,
    /**
     * 61007: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Add-ons: Response body too large"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AddOnsResponseBodyTooLarge = 61007,
    /**
     * 61008: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Add-ons:  HTTP too many redirects"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AddOnsHttpTooManyRedirects = 61008,
    /**
     * 61009: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Add-ons: Could not fulfill request with available data"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AddOnsCouldNotFulfillRequestWithAvailable = 61009,
    /**
     * 62000: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Failed to write to the database."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToWriteToTheDatabase = 62000,
    /**
     * 62001: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid SID"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidSid62001 = 62001,
    /**
     * 62002: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Exchange not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ExchangeNotFound = 62002,
    /**
     * 62003: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "MPLS carrier not found."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MplsCarrierNotFound = 62003,
    /**
     * 62004: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Direct connect not found."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DirectConnectNotFound = 62004,
    /**
     * 62005: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Bandwidth reserve not found."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BandwidthReserveNotFound = 62005,
    /**
     * 62006: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "MPLS carrier is not associated with the exchange."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MplsCarrierIsNotAssociatedWithTheExchange = 62006,
    /**
     * 62007: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Direct connect is not associated with the exchange."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DirectConnectIsNotAssociatedWithTheExchange = 62007,
    /**
     * 62008: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Bandwidth reserve is not associated with the exchange."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BandwidthReserveIsNotAssociatedWithTheExchange = 62008,
    /**
     * 62009: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Account SID was not found."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AccountSidWasNotFound = 62009,
    /**
     * 62010: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "No authentication was provided."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NoAuthenticationWasProvided = 62010,
    /**
     * 62011: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Unauthorized"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    Unauthorized62011 = 62011,
    /**
     * 62012: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Connection not found."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConnectionNotFound = 62012,
    /**
     * 62013: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Unable to identify account owner of connection."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToIdentifyAccountOwnerOfConnection = 62013,
    /**
     * 62014: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Connection not ready"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConnectionNotReady = 62014,
    /**
     * 62015: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Connection in transition"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConnectionInTransition = 62015,
    /**
     * 62016: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Connection not active"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConnectionNotActive = 62016,
    /**
     * 62017: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "No IP route specified"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NoIpRouteSpecified = 62017,
    /**
     * 62018: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid IP route"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidIpRoute = 62018,
    /**
     * 62019: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "IP route exceeds permitted IP range"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    IpRouteExceedsPermittedIpRange = 62019,
    /**
     * 62020: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Connection pending deletion."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConnectionPendingDeletion = 62020,
    /**
     * 62021: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "IP Gateway Invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    IpGatewayInvalid = 62021,
    /**
     * 62022: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Missing account SID"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MissingAccountSid = 62022,
    /**
     * 62023: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Missing exchange"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MissingExchange = 62023,
    /**
     * 62024: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Missing connection type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MissingConnectionType = 62024,
    /**
     * 62025: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Interconnect: Invalid connection type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InterconnectInvalidConnectionType = 62025,
    /**
     * 62026: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Interconnect: Missing MPLS carrier SID"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InterconnectMissingMplsCarrierSid = 62026,
    /**
     * 62027: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Interconnect: Extra MPLS parameter"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InterconnectExtraMplsParameter = 62027,
    /**
     * 62028: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Interconnect: Connection expired."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InterconnectConnectionExpired = 62028,
    /**
     * 62034: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Interconnect: No useful parameters provided."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InterconnectNoUsefulParametersProvided = 62034,
    /**
     * 62035: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Interconnect: No bandwidth was specified in the request"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InterconnectNoBandwidthWasSpecifiedInTheRequest = 62035,
    /**
     * 62052: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Interconnect: This account is not a subaccount of the Interconnect Connection owner's account."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InterconnectThisAccountIsNotASubaccountOf = 62052,
    /**
     * 62053: Interconnect error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Interconnect: The subaccount is not authorized to access this connection."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InterconnectTheSubaccountIsNotAuthorizedToAccess = 62053,
    /**
     * 62100: Interconnect error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "IP address(es) already linked to another connection"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    IpAddressEsAlreadyLinkedToAnotherConnection = 62100,
    /**
     * 62200: Interconnect error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Provisioning failure - Network-API is unavailable!"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProvisioningFailureNetworkApiIsUnavailable = 62200,
    /**
     * 62220: Interconnect error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Provisioning failure - Requested bandwidth not available on the network device."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProvisioningFailureRequestedBandwidthNotAvailableOnThe = 62220,
    /**
     * 63001: Programmable SMS error that Twilio puts down to a carrier or another downstream network. The title names the problem.
     *
     * Title: "Channel could not authenticate the request. Please see Channel specific error message for more information"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ChannelCouldNotAuthenticateTheRequest = 63001,
    /**
     * 63002: Programmable SMS error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Channel could not find the From address"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ChannelCouldNotFindTheFromAddress = 63002,
    /**
     * 63003: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Channel could not find To address"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ChannelCouldNotFindToAddress = 63003,
    /**
     * 63005: Programmable SMS error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Channel did not accept given content. Please see Channel specific error message for more information"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ChannelDidNotAcceptGivenContent = 63005,
    /**
     * 63006: Programmable SMS error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Could not format given content for the channel. Please see Channel specific error message for more information"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CouldNotFormatGivenContentForTheChannel = 63006,
    /**
     * 63007: Programmable SMS error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilio could not find a Channel with the specified From address"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilioCouldNotFindAChannelWithThe = 63007,
    /**
     * 63008: Programmable SMS error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Could not execute the request because the channel module has been misconfigured. Please check the Channel configuration in Twilio"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CouldNotExecuteTheRequestBecauseTheChannel = 63008,
    /**
     * 63009: Programmable SMS error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Channel provider returned an internal service error (HTTP 5xx). Please see Channel specific error message for more information"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ChannelProviderReturnedAnInternalServiceErrorHttp = 63009,
    /**
     * 63010: Programmable SMS error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilio's platform encountered an internal error processing this message"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwiliosPlatformEncounteredAnInternalErrorProcessingThis = 63010,
    /**
     * 63011: Programmable SMS error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Request: Twilio encountered an error while processing your request"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidRequestTwilioEncounteredAnErrorWhileProcessing = 63011,
    /**
     * 63012: Programmable SMS error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Channel provider returned an internal service error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ChannelProviderReturnedAnInternalServiceError = 63012,
    /**
     * 63013: Programmable SMS error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Channel policy violation"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ChannelPolicyViolation = 63013,
    /**
     * 63014: Programmable SMS error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Channel message blocked by user action"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ChannelMessageBlockedByUserAction = 63014,
    /**
     * 63015: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Channel Sandbox can only send messages to phone numbers that have joined the Sandbox"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ChannelSandboxCanOnlySendMessagesToPhone = 63015,
    /**
     * 63016: Programmable SMS error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Failed to send freeform message because you are outside the allowed window. If you are using WhatsApp, please use a Message Template."
     *
     * Failure: unknown, retry after-fix, action use-template (inferred).
     */
    FailedToSendFreeformMessageBecauseYouAre = 63016,
    /**
     * 63017: Programmable SMS error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Rate limit exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RateLimitExceeded63017 = 63017,
    /**
     * 63018: Programmable SMS error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Rate limit exceeded for Channel"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RateLimitExceededForChannel = 63018,
    /**
     * 63019: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Media failed to download"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MediaFailedToDownload = 63019,
    /**
     * 63020: Programmable SMS error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Twilio encountered a Business Manager account error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilioEncounteredABusinessManagerAccountError = 63020,
    /**
     * 63021: Programmable SMS error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Channel invalid content error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ChannelInvalidContentError = 63021,
    /**
     * 63022: Programmable SMS error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid vname certificate"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidVnameCertificate = 63022,
    /**
     * 63023: Programmable SMS error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Channel generic error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ChannelGenericError = 63023,
    /**
     * 63024: Programmable SMS error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid message recipient"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidMessageRecipient = 63024,
    /**
     * 63025: Programmable SMS error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Media already exists"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MediaAlreadyExists = 63025,
    /**
     * 63026: Programmable SMS error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Channel sender content flagged as spam"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ChannelSenderContentFlaggedAsSpam = 63026,
    /**
     * 63027: Programmable SMS error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Template does not exist for a language and locale"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TemplateDoesNotExistForALanguageAnd = 63027,
    /**
     * 63028: Programmable SMS error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Number of parameters provided does not match the expected number of parameters"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NumberOfParametersProvidedDoesNotMatchThe = 63028,
    /**
     * 63029: Programmable SMS error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "The receiver failed to download the template"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheReceiverFailedToDownloadTheTemplate = 63029,
    /**
     * 63030: Programmable SMS error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Unsupported parameter for type of channels message"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnsupportedParameterForTypeOfChannelsMessage = 63030,
    /**
     * 63031: Programmable SMS error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Channels message cannot have same From and To"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ChannelsMessageCannotHaveSameFromAndTo = 63031,
    /**
     * 63032: Programmable SMS error that Twilio puts down to a carrier or another downstream network. The title names the problem.
     *
     * Title: "We cannot send this message to this user because of a WhatsApp limitation."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    WeCannotSendThisMessageToThisUser = 63032,
    /**
     * 63033: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Recipient blocked to receive message"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RecipientBlockedToReceiveMessage = 63033,
    /**
     * 63034: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Media exceeds size limit"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MediaExceedsSizeLimit = 63034,
    /**
     * 63035: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "This operation is blocked because the RBM agent has not launched and the recipient has not been invited and accepted the invitation to become a tester."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ThisOperationIsBlockedBecauseTheRbmAgent = 63035,
    /**
     * 63036: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The specified phone number cannot be reached by RBM at this time."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheSpecifiedPhoneNumberCannotBeReachedBy = 63036,
    /**
     * 63037: Programmable SMS warning that Twilio puts down to a carrier or another downstream network; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Channel Media Upload Error"
     *
     * Outcome: unknown.
     */
    ChannelMediaUploadError = 63037,
    /**
     * 63038: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Account exceeded the daily messages limit"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AccountExceededTheDailyMessagesLimit = 63038,
    /**
     * 63039: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Warning! Facebook says your page is engaging in behavior that may be considered bothersome or abusive by users. To avoid messaging restrictions being placed on your Page, Facebook requires you to immediately decrease the rate at which you are sending messages outside the 24-hour window to this person."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    WarningFacebookSaysYourPageIsEngagingIn = 63039,
    /**
     * 63040: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Template Rejected"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TemplateRejected = 63040,
    /**
     * 63041: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Template paused"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TemplatePaused = 63041,
    /**
     * 63042: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Template disabled"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TemplateDisabled = 63042,
    /**
     * 63043: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Link to a sample media file returns 403 Forbidden"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    LinkToASampleMediaFileReturns403 = 63043,
    /**
     * 63044: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Link to a sample media file returns 404 Not Found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    LinkToASampleMediaFileReturns404 = 63044,
    /**
     * 63045: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Link to a sample media file returned an unexpected error status"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    LinkToASampleMediaFileReturnedAn63045 = 63045,
    /**
     * 63046: Programmable Messaging warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Template approved"
     *
     * Outcome: unknown.
     */
    TemplateApproved = 63046,
    /**
     * 63047: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Link to a sample media file returned an invalid Content-Type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    LinkToASampleMediaFileReturnedAn63047 = 63047,
    /**
     * 63051: Programmable Messaging error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "WhatsApp Business Account is Locked"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    WhatsAppBusinessAccountIsLocked = 63051,
    /**
     * 64001: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Pay: Configuration Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PayConfigurationError = 64001,
    /**
     * 64002: Programmable Voice error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Pay: Service unavailable."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PayServiceUnavailable = 64002,
    /**
     * 64003: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Pay: Invalid charge amount."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PayInvalidChargeAmount = 64003,
    /**
     * 64004: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Pay: Invalid paymentConnector attribute in TwiML."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PayInvalidPaymentConnectorAttributeInTwiML = 64004,
    /**
     * 64005: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Pay: Connector does not support tokenization."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PayConnectorDoesNotSupportTokenization = 64005,
    /**
     * 64006: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Pay: Connector does not support token type."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PayConnectorDoesNotSupportTokenType = 64006,
    /**
     * 64007: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Pay: Connector does not support creating charge."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PayConnectorDoesNotSupportCreatingCharge = 64007,
    /**
     * 64008: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Pay: Payment Gateway rejected charge creation."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PayPaymentGatewayRejectedChargeCreation = 64008,
    /**
     * 64009: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Pay: Twilio is no longer authorized to initiate transactions on your behalf."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PayTwilioIsNoLongerAuthorizedToInitiate = 64009,
    /**
     * 64010: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Pay: Payment Gateway rejected token creation."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PayPaymentGatewayRejectedTokenCreation = 64010,
    /**
     * 64011: Programmable Voice error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Pay: Connector does not support the requested currency."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PayConnectorDoesNotSupportTheRequestedCurrency = 64011,
    /**
     * 64012: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Pay: Payment Gateway rejected the card."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PayPaymentGatewayRejectedTheCard = 64012,
    /**
     * 64013: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Pay: Connector does not support supplied paymentMethod attribute."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PayConnectorDoesNotSupportSuppliedPaymentMethodAttribute = 64013,
    /**
     * 64014: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Pay: ECP/ACH requires AVSName Parameter in the <Pay> verb."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PayEcpAchRequiresAVSNameParameterInThe = 64014,
    /**
     * 64015: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Pay: `<Pay>` verb is missing a needed Parameter"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PayPayVerbIsMissingANeededParameter = 64015,
    /**
     * 64016: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Pay: Invalid Action URL"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PayInvalidActionUrl = 64016,
    /**
     * 64017: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Pay: BankAccountType Parameter not supported with PaymentMethod = "credit-card""
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PayBankAccountTypeParameterNotSupportedWithPaymentMethodCredit = 64017,
    /**
     * 64018: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Pay: Value needed for either Capture or Status parameters"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PayValueNeededForEitherCaptureOrStatus = 64018,
    /**
     * 64019: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Pay: Required payment information incomplete"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PayRequiredPaymentInformationIncomplete = 64019,
    /**
     * 64020: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Pay: Invalid Parameter Value"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PayInvalidParameterValue = 64020,
    /**
     * 64021: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Pay: Invalid Operation"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PayInvalidOperation = 64021,
    /**
     * 64022: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Pay: Invalid Test Card Number"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PayInvalidTestCardNumber = 64022,
    /**
     * 64023: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Pay: Invalid Test Bank Account Number"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PayInvalidTestBankAccountNumber = 64023,
    /**
     * 64024: Programmable Voice error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Pay: Connector Instance Not Approved"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PayConnectorInstanceNotApproved = 64024,
    /**
     * 68001: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Network Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NetworkError68001 = 68001,
    /**
     * 68002: Verify error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Mapper Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MapperError68002 = 68002,
    /**
     * 68003: Verify error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Storage Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StorageError68003 = 68003,
    /**
     * 68004: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Input Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InputError68004 = 68004,
    /**
     * 68005: Verify error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Key Storage Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    KeyStorageError68005 = 68005,
    /**
     * 68006: Verify error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Initialization Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InitializationError68006 = 68006,
    /**
     * 68007: Verify error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Authentication Token Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AuthenticationTokenError68007 = 68007,
    /**
     * 70001: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Validation Failed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ValidationFailed = 70001,
    /**
     * 70002: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Bad request"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BadRequest70002 = 70002,
    /**
     * 70003: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Outdated Entity"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    OutdatedEntity = 70003,
    /**
     * 70004: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Unauthorized"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    Unauthorized70004 = 70004,
    /**
     * 70005: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Failure Threshold Exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailureThresholdExceeded = 70005,
    /**
     * 70051: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Authorization Failed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AuthorizationFailed70051 = 70051,
    /**
     * 70052: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Public Key Client Validation Required For Account"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PublicKeyClientValidationRequiredForAccount = 70052,
    /**
     * 70053: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Public Key Client Validation Not Enabled For Account"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PublicKeyClientValidationNotEnabledForAccount = 70053,
    /**
     * 70101: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Unsupported Public Key Algorithm"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnsupportedPublicKeyAlgorithm = 70101,
    /**
     * 70102: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Unsupported Public Key Length"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnsupportedPublicKeyLength = 70102,
    /**
     * 70103: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Unsupported Public Key Exponent"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnsupportedPublicKeyExponent = 70103,
    /**
     * 70104: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Public Key"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidPublicKey = 70104,
    /**
     * 70105: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid Type Specified in the Request"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidTypeSpecifiedInTheRequest = 70105,
    /**
     * 70106: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid AWS credentials"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidAwsCredentials = 70106,
    /**
     * 70151: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Maximum Number Of API Keys Exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaximumNumberOfApiKeysExceeded = 70151,
    /**
     * 70152: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Request Contains Invalid Flags"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RequestContainsInvalidFlags = 70152,
    /**
     * 70153: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Public Key Specified Does Not Exist"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PublicKeySpecifiedDoesNotExist = 70153,
    /**
     * 70154: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Public Key Is Invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    PublicKeyIsInvalid = 70154,
    /**
     * 70155: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Request Is Missing Required HTTP Headers"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RequestIsMissingRequiredHttpHeaders = 70155,
    /**
     * 70156: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Request Hash Is Invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RequestHashIsInvalid = 70156,
    /**
     * 70251: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Bad SSO Settings"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BadSsoSettings = 70251,
    /**
     * 70252: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Bad Saml Response"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BadSamlResponse = 70252,
    /**
     * 70253: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Invalid User Grants"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidUserGrants = 70253,
    /**
     * 80101: Proxy error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Number Already Added to Another Service"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NumberAlreadyAddedToAnotherService = 80101,
    /**
     * 80102: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Participant Already In Interaction"
     *
     * Outcome: unknown.
     */
    ParticipantAlreadyInInteraction = 80102,
    /**
     * 80103: Proxy error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Participant Already In Session"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantAlreadyInSession = 80103,
    /**
     * 80104: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Phone Number Already In Service"
     *
     * Outcome: unknown.
     */
    PhoneNumberAlreadyInService = 80104,
    /**
     * 80105: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Short Code Already In Service"
     *
     * Outcome: unknown.
     */
    ShortCodeAlreadyInService = 80105,
    /**
     * 80201: Proxy warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "No Available Voice Proxy"
     *
     * Outcome: unknown.
     */
    NoAvailableVoiceProxy = 80201,
    /**
     * 80202: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "No Available Message Proxy"
     *
     * Outcome: unknown.
     */
    NoAvailableMessageProxy = 80202,
    /**
     * 80203: Proxy error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "No Available Proxy For Country"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NoAvailableProxyForCountry = 80203,
    /**
     * 80205: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "No Proxies For Service"
     *
     * Outcome: unknown.
     */
    NoProxiesForService = 80205,
    /**
     * 80206: Proxy warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "No Available Proxy"
     *
     * Outcome: unknown.
     */
    NoAvailableProxy = 80206,
    /**
     * 80207: Proxy error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "No unreserved numbers in proxy pool."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NoUnreservedNumbersInProxyPool = 80207,
    /**
     * 80208: Proxy error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "No Available Unused Proxy"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NoAvailableUnusedProxy = 80208,
    /**
     * 80301: Proxy error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Not Found Phone Number SID"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NotFoundPhoneNumberSid = 80301,
    /**
     * 80303: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Not Found Short Code Sid"
     *
     * Outcome: unknown.
     */
    NotFoundShortCodeSid = 80303,
    /**
     * 80304: Proxy warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Not Found Unmanaged Identifier"
     *
     * Outcome: unknown.
     */
    NotFoundUnmanagedIdentifier = 80304,
    /**
     * 80305: Proxy error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Not Found Unmanaged Identifier Sid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NotFoundUnmanagedIdentifierSid = 80305,
    /**
     * 80306: Proxy error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Not Found Chat Service"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NotFoundChatService = 80306,
    /**
     * 80307: Twilio warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Record to be updated was not found in database."
     *
     * Outcome: unknown.
     */
    RecordToBeUpdatedWasNotFoundIn = 80307,
    /**
     * 80308: Proxy error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Session with the unique name not found."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SessionWithTheUniqueNameNotFound = 80308,
    /**
     * 80401: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Account Sid Invalid"
     *
     * Outcome: unknown.
     */
    AccountSidInvalid = 80401,
    /**
     * 80402: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Identifier Proxy Pair Invalid"
     *
     * Outcome: unknown.
     */
    IdentifierProxyPairInvalid = 80402,
    /**
     * 80403: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Interaction Sid Invalid"
     *
     * Outcome: unknown.
     */
    InteractionSidInvalid = 80403,
    /**
     * 80404: Proxy error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Participant Identifier Invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParticipantIdentifierInvalid = 80404,
    /**
     * 80405: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Participant Sid Invalid"
     *
     * Outcome: unknown.
     */
    ParticipantSidInvalid = 80405,
    /**
     * 80406: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Phone Number Did Invalid"
     *
     * Outcome: unknown.
     */
    PhoneNumberDidInvalid = 80406,
    /**
     * 80407: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Phone Number Sid Invalid"
     *
     * Outcome: unknown.
     */
    PhoneNumberSidInvalid = 80407,
    /**
     * 80408: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Service Sid Invalid"
     *
     * Outcome: unknown.
     */
    ServiceSidInvalid = 80408,
    /**
     * 80409: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Session Sid Invalid"
     *
     * Outcome: unknown.
     */
    SessionSidInvalid = 80409,
    /**
     * 80501: Proxy error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Storage Operation Failed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StorageOperationFailed = 80501,
    /**
     * 80502: Proxy error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Internal Server Error from Downstream"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InternalServerErrorFromDownstream = 80502,
    /**
     * 80503: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "No Records Updated"
     *
     * Outcome: unknown.
     */
    NoRecordsUpdated = 80503,
    /**
     * 80504: Proxy error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "An internal server error has occurred."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AnInternalServerErrorHasOccurred = 80504,
    /**
     * 80505: Proxy error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Flex Configuration Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FlexConfigurationError80505 = 80505,
    /**
     * 80506: Proxy error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Service Creation is restricted for new customers"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ServiceCreationIsRestrictedForNewCustomers = 80506,
    /**
     * 80601: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Phone Number Not Available"
     *
     * Outcome: unknown.
     */
    PhoneNumberNotAvailable = 80601,
    /**
     * 80602: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Non Unique Service Name"
     *
     * Outcome: unknown.
     */
    NonUniqueServiceName = 80602,
    /**
     * 80603: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Non Unique Session Name"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NonUniqueSessionName = 80603,
    /**
     * 80604: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Proxy Identifier In Use"
     *
     * Outcome: unknown.
     */
    ProxyIdentifierInUse = 80604,
    /**
     * 80605: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Proxy Identifier Not In Service"
     *
     * Outcome: unknown.
     */
    ProxyIdentifierNotInService = 80605,
    /**
     * 80606: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Proxy Identifier Not Owned By Account"
     *
     * Outcome: unknown.
     */
    ProxyIdentifierNotOwnedByAccount = 80606,
    /**
     * 80607: Proxy warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Session Closed"
     *
     * Outcome: unknown.
     */
    SessionClosed = 80607,
    /**
     * 80608: Proxy error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Session Status Invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SessionStatusInvalid = 80608,
    /**
     * 80609: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Too Many Added Participants"
     *
     * Outcome: unknown.
     */
    TooManyAddedParticipants = 80609,
    /**
     * 80610: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Unauthorized Operation"
     *
     * Outcome: unknown.
     */
    UnauthorizedOperation = 80610,
    /**
     * 80611: Proxy error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Proxy Number In Active Sessions"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ProxyNumberInActiveSessions = 80611,
    /**
     * 80612: Proxy error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Duplicate Entry"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DuplicateEntry = 80612,
    /**
     * 80613: Proxy error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Downstream Request Rejected"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DownstreamRequestRejected = 80613,
    /**
     * 80614: Proxy warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "No Partner Participant Found"
     *
     * Outcome: unknown.
     */
    NoPartnerParticipantFound = 80614,
    /**
     * 80615: Proxy error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Account Sid on Legal Hold"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AccountSidOnLegalHold80615 = 80615,
    /**
     * 80616: Proxy error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Unsupported Identifier Type For Session Mode"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnsupportedIdentifierTypeForSessionMode = 80616,
    /**
     * 80617: Proxy error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Flex Configuration Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FlexConfigurationError80617 = 80617,
    /**
     * 80618: Proxy error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Chat Integration Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ChatIntegrationError = 80618,
    /**
     * 80619: Proxy error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Chat Channel Attribute Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ChatChannelAttributeError = 80619,
    /**
     * 80620: Proxy error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Chat Configured Proxy Identifier Not Found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ChatConfiguredProxyIdentifierNotFound = 80620,
    /**
     * 80622: Proxy error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Maximum Pool Size Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MaximumPoolSizeError = 80622,
    /**
     * 80623: Proxy error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Duplicate Participant Request"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DuplicateParticipantRequest = 80623,
    /**
     * 80624: Proxy warning that Twilio puts down to its own platform; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Approaching Maximium Number Pool Size"
     *
     * Outcome: unknown.
     */
    ApproachingMaximiumNumberPoolSize = 80624,
    /**
     * 80701: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Parameter Validation Failed"
     *
     * Outcome: unknown.
     */
    ParameterValidationFailed = 80701,
    /**
     * 80801: Proxy error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid attempt to Re-Open a Session"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidAttemptToReOpenASession = 80801,
    /**
     * 80802: Proxy error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Simultaneous requests to create the same Identifier in one or more Sessions"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SimultaneousRequestsToCreateTheSameIdentifierIn = 80802,
    /**
     * 80901: Proxy warning that Twilio puts down to a carrier or another downstream network; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Message Matched Stop Word"
     *
     * Outcome: unknown.
     */
    MessageMatchedStopWord = 80901,
    /**
     * 80902: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "No Active Session"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NoActiveSession = 80902,
    /**
     * 80903: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Unknown Participant"
     *
     * Outcome: unknown.
     */
    UnknownParticipant = 80903,
    /**
     * 80904: Proxy warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Expired Proxy Session"
     *
     * Outcome: unknown.
     */
    ExpiredProxySession = 80904,
    /**
     * 80905: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Unknown Scenario"
     *
     * Outcome: unknown.
     */
    UnknownScenario = 80905,
    /**
     * 80906: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Interaction Not Open"
     *
     * Outcome: unknown.
     */
    InteractionNotOpen = 80906,
    /**
     * 80907: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Open Interaction Not Found"
     *
     * Outcome: unknown.
     */
    OpenInteractionNotFound = 80907,
    /**
     * 80908: Twilio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Callback Error"
     *
     * Outcome: unknown.
     */
    CallbackError = 80908,
    /**
     * 80909: Proxy warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Inbound Contact Rejected"
     *
     * Outcome: unknown.
     */
    InboundContactRejected = 80909,
    /**
     * 80910: Proxy warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Message To Voice Only Session Rejected"
     *
     * Outcome: unknown.
     */
    MessageToVoiceOnlySessionRejected = 80910,
    /**
     * 80911: Proxy warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Call To Message Only Session Rejected"
     *
     * Outcome: unknown.
     */
    CallToMessageOnlySessionRejected = 80911,
    /**
     * 80913: Proxy error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Out-Of-Session Callback Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    OutOfSessionCallbackError = 80913,
    /**
     * 81000: Studio warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "The Execution has exceeded max steps allowed for a flow"
     *
     * Outcome: unknown.
     */
    TheExecutionHasExceededMaxStepsAllowedFor = 81000,
    /**
     * 81001: Studio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "The Widget has exceeded max steps in a loop"
     *
     * Outcome: unknown.
     */
    TheWidgetHasExceededMaxStepsInA = 81001,
    /**
     * 81002: Studio warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Unexpected event while processing Widget"
     *
     * Outcome: unknown.
     */
    UnexpectedEventWhileProcessingWidget = 81002,
    /**
     * 81004: Studio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Failed to add member to Chat Channel"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToAddMemberToChatChannel = 81004,
    /**
     * 81005: Studio warning for which Twilio names no responsible side; only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Failed to transition because no match was found"
     *
     * Outcome: unknown.
     */
    FailedToTransitionBecauseNoMatchWasFound = 81005,
    /**
     * 81006: Studio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Failed to create Chat Channel"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToCreateChatChannel = 81006,
    /**
     * 81007: Studio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Connecting to a Call timed out"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConnectingToACallTimedOut = 81007,
    /**
     * 81008: Studio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Failed to connect to outgoing Call"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToConnectToOutgoingCall = 81008,
    /**
     * 81009: Studio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Timed out enqueueing Call"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TimedOutEnqueueingCall = 81009,
    /**
     * 81010: Studio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "There was an internal error while processing a Function"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ThereWasAnInternalErrorWhileProcessingA = 81010,
    /**
     * 81011: Studio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Failed to send Message"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToSendMessage = 81011,
    /**
     * 81012: Studio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Failed to update Sync service"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToUpdateSyncService = 81012,
    /**
     * 81013: Studio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Failed to invoke Understand API"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToInvokeUnderstandApi = 81013,
    /**
     * 81014: Studio error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "There was an internal error while processing an HTTP request"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ThereWasAnInternalErrorWhileProcessingAn = 81014,
    /**
     * 81015: Studio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Failed to Create Task"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FailedToCreateTask = 81015,
    /**
     * 81016: Studio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Outbound HTTP Request Failed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    OutboundHttpRequestFailed = 81016,
    /**
     * 81017: Studio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Error in Twilio Function Response"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ErrorInTwilioFunctionResponse = 81017,
    /**
     * 81018: Studio warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Template evaluation error in Studio widget"
     *
     * Outcome: unknown.
     */
    TemplateEvaluationErrorInStudioWidget = 81018,
    /**
     * 81019: Studio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Twilio phone number using deprecated API version"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TwilioPhoneNumberUsingDeprecatedApiVersion81019 = 81019,
    /**
     * 81020: Studio warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Unsupported Trigger Type"
     *
     * Outcome: unknown.
     */
    UnsupportedTriggerType = 81020,
    /**
     * 81021: Studio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Flow revision must be an integer or enum(LatestPublished, LatestRevision)"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FlowRevisionMustBeAnIntegerOrEnum = 81021,
    /**
     * 81022: Studio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Flow definition validation failed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FlowDefinitionValidationFailed = 81022,
    /**
     * 81023: Studio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Creating an Execution via REST API failed due to malformed contact parameters"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    CreatingAnExecutionViaRestApiFailedDue = 81023,
    /**
     * 81024: Studio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Subflow Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SubflowError = 81024,
    /**
     * 81025: Studio warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Studio Flow exceeds maximum allowed widgets"
     *
     * Outcome: unknown.
     */
    StudioFlowExceedsMaximumAllowedWidgets = 81025,
    /**
     * 81026: Studio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Studio Execution failed because Flow exceeds maximum allowed widgets"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StudioExecutionFailedBecauseFlowExceedsMaximumAllowed = 81026,
    /**
     * 82001: Functions warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Function invocation resulted in StatusCode 4xx"
     *
     * Outcome: unknown.
     */
    FunctionInvocationResultedInStatusCode4xx = 82001,
    /**
     * 82002: Functions error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Error on Twilio Function response"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ErrorOnTwilioFunctionResponse = 82002,
    /**
     * 82003: Functions error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Deployment Installation Failure"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DeploymentInstallationFailure = 82003,
    /**
     * 82004: Functions warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Function execution resulted in a warning log"
     *
     * Outcome: unknown.
     */
    FunctionExecutionResultedInAWarningLog = 82004,
    /**
     * 82005: Functions error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Function execution resulted in an error log"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FunctionExecutionResultedInAnErrorLog = 82005,
    /**
     * 82006: Functions error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Environment Context too large"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    EnvironmentContextTooLarge = 82006,
    /**
     * 82007: Functions error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Unsupported Runtime"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnsupportedRuntime = 82007,
    /**
     * 82008: Functions error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Headers or cookies too large"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    HeadersOrCookiesTooLarge = 82008,
    /**
     * 82009: Functions error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Multi-valued headers not supported"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MultiValuedHeadersNotSupported = 82009,
    /**
     * 83000: Super SIM error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Super SIM registration failed due to Internal Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SuperSimRegistrationFailedDueToInternalError = 83000,
    /**
     * 83001: Super SIM error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Parameter missing while registering a Super SIM"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ParameterMissingWhileRegisteringASuperSim = 83001,
    /**
     * 83002: Super SIM error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Super SIM cannot be registered"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SuperSimCannotBeRegistered = 83002,
    /**
     * 83003: Super SIM error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The Super SIM already belongs to the requesting Account."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheSuperSimAlreadyBelongsToTheRequesting = 83003,
    /**
     * 83004: Super SIM error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Super SIM update operation failed due to Internal Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SuperSimUpdateOperationFailedDueToInternal = 83004,
    /**
     * 83005: Super SIM error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Super SIM not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SuperSimNotFound = 83005,
    /**
     * 83006: Super SIM error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Super SIM’s Target Fleet not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SuperSIMsTargetFleetNotFound = 83006,
    /**
     * 83007: Super SIM error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Unable to activate your Super SIM as it does not belong to a Fleet"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToActivateYourSuperSimAsIt = 83007,
    /**
     * 83008: Super SIM error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Unable to remove your Super SIM from its Fleet"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToRemoveYourSuperSimFromIts = 83008,
    /**
     * 83009: Super SIM error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Unable to update your Super SIM’s Fleet while it is in status scheduled"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToUpdateYourSuperSIMsFleetWhile = 83009,
    /**
     * 83010: Super SIM error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Unable to update your Super SIM to the desired status"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToUpdateYourSuperSimToThe = 83010,
    /**
     * 83011: Super SIM error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "A Super SIM with the specified Unique Name exists already"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ASuperSimWithTheSpecifiedUniqueName = 83011,
    /**
     * 83400: Super SIM error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "IP Commands error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    IpCommandsError = 83400,
    /**
     * 83401: Super SIM error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The device was not attached to a cellular network"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheDeviceWasNotAttachedToACellular = 83401,
    /**
     * 83402: Super SIM error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Received error response to IP Command callback request"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ReceivedErrorResponseToIpCommandCallbackRequest = 83402,
    /**
     * 83500: Super SIM error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "No eSIM Profiles are available"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NoESIMProfilesAreAvailable = 83500,
    /**
     * 83600: Super SIM error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "An invalid parameter value was passed to the API"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AnInvalidParameterValueWasPassedToThe = 83600,
    /**
     * 83601: Super SIM error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Request StartTime and/or EndTime must be aligned to UTC day boundaries"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RequestStartTimeAndOrEndTimeMustBeAligned83601 = 83601,
    /**
     * 83602: Super SIM error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Request StartTime and/or EndTime must be aligned to UTC hour boundaries."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RequestStartTimeAndOrEndTimeMustBeAligned83602 = 83602,
    /**
     * 83603: Super SIM error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The maximum allowed query period is 31 days for group by sim queries"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheMaximumAllowedQueryPeriodIs31Days = 83603,
    /**
     * 83604: Super SIM error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The requested query period exceeds the maximum allowed period for the requested Granularity"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheRequestedQueryPeriodExceedsTheMaximumAllowed = 83604,
    /**
     * 83605: Super SIM error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "StartTime parameter is too far in the past. It must be within the last 18 months."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    StartTimeParameterIsTooFarInThePast = 83605,
    /**
     * 83700: Super SIM error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Attachment Failed Due To Internal Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AttachmentFailedDueToInternalError = 83700,
    /**
     * 83701: Super SIM error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Data Session Establishment Failed Due To Internal Error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DataSessionEstablishmentFailedDueToInternalError = 83701,
    /**
     * 83702: Super SIM error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Attachment Rejected Due To Network Not Allowed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AttachmentRejectedDueToNetworkNotAllowed = 83702,
    /**
     * 83703: Super SIM error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Attachment Rejected Due To Rate Limiting"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AttachmentRejectedDueToRateLimiting = 83703,
    /**
     * 83704: Super SIM error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Attachment Rejected Due To SIM In New State"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AttachmentRejectedDueToSimInNewState = 83704,
    /**
     * 83705: Super SIM error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Attachment Rejected Due To SIM In Inactive State"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AttachmentRejectedDueToSimInInactiveState = 83705,
    /**
     * 90000: Flex error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Uncaught Flex JavaScript Exception"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UncaughtFlexJavaScriptException = 90000,
    /**
     * 90001: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Message SID is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MessageSidIsInvalid90001 = 90001,
    /**
     * 90002: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Too Many Errors"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TooManyErrors = 90002,
    /**
     * 90003: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Unable to fetch plugins from the Custom Plugins URL"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToFetchPluginsFromTheCustomPlugins = 90003,
    /**
     * 90004: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Message Truncated"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MessageTruncated = 90004,
    /**
     * 90006: Programmable SMS error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Invalid direction"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidDirection = 90006,
    /**
     * 90007: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid validity period value"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidValidityPeriodValue90007 = 90007,
    /**
     * 90009: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The message SID already exists."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheMessageSidAlreadyExists = 90009,
    /**
     * 90010: Twilio error for which Twilio names no responsible side. The title names the problem.
     *
     * Title: "Account is not active"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AccountIsNotActive90010 = 90010,
    /**
     * 90011: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "MessageSid is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MessageSidIsInvalid90011 = 90011,
    /**
     * 90012: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'Recipients' list has too many items"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RecipientsListHasTooManyItems = 90012,
    /**
     * 90013: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'Template' or 'TemplateSid'&'TemplateLanguage' or 'MediaUrls' is required"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TemplateOrTemplateSidAndTemplateLanguageOrMediaUrlsIs = 90013,
    /**
     * 90014: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Validity Period should be positive integer"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ValidityPeriodShouldBePositiveInteger = 90014,
    /**
     * 90015: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Body and Template (Body, Sid, Language, Args) are provided"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BodyAndTemplateBodySidLanguageArgsAre = 90015,
    /**
     * 90016: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'Template' or 'TemplateSid'/'TemplateLanguage' is required to send a Template Message"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TemplateOrTemplateSidTemplateLanguageIsRequiredToSend = 90016,
    /**
     * 90017: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'Template' and 'TemplateSid'/'TemplateLanguage' must not be specified together"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TemplateAndTemplateSidTemplateLanguageMustNotBeSpecified = 90017,
    /**
     * 90018: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'Template' field is too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TemplateFieldIsTooLong = 90018,
    /**
     * 90019: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'TemplateArgs' dictionary size is too large"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TemplateArgsDictionarySizeIsTooLarge = 90019,
    /**
     * 90020: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "One of 'TemplateArgs' dictionary key is blank"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    OneOfTemplateArgsDictionaryKeyIsBlank = 90020,
    /**
     * 90021: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "One of 'TemplateArgs' dictionary key is too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    OneOfTemplateArgsDictionaryKeyIsTooLong = 90021,
    /**
     * 90022: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "One of 'TemplateArgs' dictionary value is too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    OneOfTemplateArgsDictionaryValueIsTooLong = 90022,
    /**
     * 90023: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "One of 'TemplateArgs' dictionary value is null"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    OneOfTemplateArgsDictionaryValueIsNull = 90023,
    /**
     * 90024: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Template body has tag which is not provided in 'TemplateArgs'"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TemplateBodyHasTagWhichIsNotProvided = 90024,
    /**
     * 90025: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Template body has unsupported tag type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TemplateBodyHasUnsupportedTagType = 90025,
    /**
     * 90026: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Template body could not be parsed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TemplateBodyCouldNotBeParsed = 90026,
    /**
     * 90027: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Broadcast 'FriendlyName' is too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BroadcastFriendlyNameIsTooLong = 90027,
    /**
     * 90028: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Broadcast 'IdempotencyToken' is too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BroadcastIdempotencyTokenIsTooLong = 90028,
    /**
     * 90029: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Broadcast 'CorrelationId' is empty"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BroadcastCorrelationIdIsEmpty = 90029,
    /**
     * 90030: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Broadcast 'CorrelationId' is too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BroadcastCorrelationIdIsTooLong = 90030,
    /**
     * 90031: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Broadcast 'Recipients' list is empty"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BroadcastRecipientsListIsEmpty = 90031,
    /**
     * 90032: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Broadcast recipient's 'to' is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BroadcastRecipientsToIsInvalid = 90032,
    /**
     * 90033: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Broadcast recipient's 'to' is too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BroadcastRecipientsToIsTooLong = 90033,
    /**
     * 90034: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'BroadcastStatusCallbackUrl' is too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BroadcastStatusCallbackUrlIsTooLong = 90034,
    /**
     * 90035: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Broadcast 'MessageStatusCallbackUrl' is too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BroadcastMessageStatusCallbackUrlIsTooLong = 90035,
    /**
     * 90036: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Broadcast recipient's 'body' is too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BroadcastRecipientsBodyIsTooLong = 90036,
    /**
     * 90037: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Broadcast has too many 'CorrelationId' items"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BroadcastHasTooManyCorrelationIdItems = 90037,
    /**
     * 90038: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'BroadcastStatusCallbackUrl' is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BroadcastStatusCallbackUrlIsInvalid = 90038,
    /**
     * 90039: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Broadcast 'MessageStatusCallbackUrl' is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BroadcastMessageStatusCallbackUrlIsInvalid = 90039,
    /**
     * 90040: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Broadcast 'MediaUrls' list has too many items"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BroadcastMediaUrlsListHasTooManyItems = 90040,
    /**
     * 90041: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Broadcast 'MediaUrl' field is too long"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BroadcastMediaUrlFieldIsTooLong = 90041,
    /**
     * 90100: Understand error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid Autopilot Actions JSON"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidAutopilotActionsJson = 90100,
    /**
     * 90101: Understand error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Unique Name Already Exists"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UniqueNameAlreadyExists90101 = 90101,
    /**
     * 90102: Understand error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Assistant failure to start collection"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AssistantFailureToStartCollection = 90102,
    /**
     * 90103: Understand error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Error processing answer during collection"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ErrorProcessingAnswerDuringCollection = 90103,
    /**
     * 90104: Understand error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid Collect Field Type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidCollectFieldType = 90104,
    /**
     * 90403: Understand error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "[Autopilot] Signature validation failed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AutopilotSignatureValidationFailed = 90403,
    /**
     * 91000: Events error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Sink could not be created"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SinkCouldNotBeCreated = 91000,
    /**
     * 91001: Events error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Sink could not be found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SinkCouldNotBeFound = 91001,
    /**
     * 91002: Events error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Incorrect values for pagination"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    IncorrectValuesForPagination = 91002,
    /**
     * 91003: Events error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Account reached the max sink limit"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AccountReachedTheMaxSinkLimit = 91003,
    /**
     * 91004: Events error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Test event cannot be found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TestEventCannotBeFound = 91004,
    /**
     * 91005: Events error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Test ID is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TestIdIsInvalid = 91005,
    /**
     * 91006: Events error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The sink sid is in an invalid format"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheSinkSidIsInAnInvalidFormat = 91006,
    /**
     * 91007: Events error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Sink still in use"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SinkStillInUse = 91007,
    /**
     * 91100: Events error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Subscription could not be created"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SubscriptionCouldNotBeCreated91100 = 91100,
    /**
     * 91101: Events error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Subscription could not be created"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SubscriptionCouldNotBeCreated91101 = 91101,
    /**
     * 91102: Events error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Subscription could not be found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    SubscriptionCouldNotBeFound = 91102,
    /**
     * 91103: Events error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Event type list is empty"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    EventTypeListIsEmpty = 91103,
    /**
     * 91104: Events error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Event type not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    EventTypeNotFound = 91104,
    /**
     * 91201: Events error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Bad Request"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    BadRequest91201 = 91201,
    /**
     * 91202: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Not Found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    NotFound91202 = 91202,
    /**
     * 91203: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Method Not Allowed"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MethodNotAllowed91203 = 91203,
    /**
     * 92001: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'Types' Parameter Required"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TypesParameterRequired = 92001,
    /**
     * 92002: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The 'variables' parameter exceeds the allowed limit"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheVariablesParameterExceedsTheAllowedLimit = 92002,
    /**
     * 92003: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "'language' Parameter Required"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    LanguageParameterRequired = 92003,
    /**
     * 92004: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid language code"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidLanguageCode = 92004,
    /**
     * 92005: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "ContentSid Required"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ContentSidRequired92005 = 92005,
    /**
     * 92006: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The Content Sid is Invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheContentSidIsInvalid92006 = 92006,
    /**
     * 92007: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "The Content Variables Parameter is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TheContentVariablesParameterIsInvalid92007 = 92007,
    /**
     * 92008: Programmable SMS error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Unsupported Content Type"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnsupportedContentType = 92008,
    /**
     * 93101: Events error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Unable to deliver events to sink"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    UnableToDeliverEventsToSink = 93101,
    /**
     * 93102: Events error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "There was an error with your AWS role"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ThereWasAnErrorWithYourAwsRole = 93102,
    /**
     * 93103: Events error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "There was an error with your Kinesis stream"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ThereWasAnErrorWithYourKinesisStream = 93103,
    /**
     * 93104: Events error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "There is an issue with the Kinesis Stream Name or Region"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ThereIsAnIssueWithTheKinesisStream = 93104,
    /**
     * 93105: Flex error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Consent has already been provided for this account and vendor"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    ConsentHasAlreadyBeenProvidedForThisAccount = 93105,
    /**
     * 94000: Twilio error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Transcriptions: request to transcribe audio error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TranscriptionsRequestToTranscribeAudioError = 94000,
    /**
     * 94001: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Transcriptions: Invalid transcribe value"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TranscriptionsInvalidTranscribeValue = 94001,
    /**
     * 94002: Twilio error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Transcriptions: configuration not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TranscriptionsConfigurationNotFound = 94002,
    /**
     * 94100: Twilio warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Transcriptions: status callback response error"
     *
     * Outcome: unknown.
     */
    TranscriptionsStatusCallbackResponseError = 94100,
    /**
     * 94101: Twilio warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Transcriptions: status callback response timed out"
     *
     * Outcome: unknown.
     */
    TranscriptionsStatusCallbackResponseTimedOut = 94101,
    /**
     * 94200: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Transcriptions Settings: Invalid encryptionEnabled value"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TranscriptionsSettingsInvalidEncryptionEnabledValue = 94200,
    /**
     * 94201: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Transcriptions Settings: encryptionKeySid invalid or not found"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TranscriptionsSettingsEncryptionKeySidInvalidOrNotFound = 94201,
    /**
     * 94300: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Transcriptions Configurations: Invalid callback configuration"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TranscriptionsConfigurationsInvalidCallbackConfiguration = 94300,
    /**
     * 94301: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Transcriptions Configurations: UniqueName is required"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TranscriptionsConfigurationsUniqueNameIsRequired = 94301,
    /**
     * 94302: Twilio error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Transcriptions Configurations: UniqueName is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TranscriptionsConfigurationsUniqueNameIsInvalid = 94302,
    /**
     * 94303: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Transcriptions Configurations: Language is required"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TranscriptionsConfigurationsLanguageIsRequired = 94303,
    /**
     * 94304: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Transcriptions Configurations: Language is invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TranscriptionsConfigurationsLanguageIsInvalid = 94304,
    /**
     * 94400: Twilio error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Transcriptions: transcription internal error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TranscriptionsTranscriptionInternalError = 94400,
    /**
     * 94401: Twilio error that Twilio puts down to its own platform. The title names the problem.
     *
     * Title: "Transcriptions: audio processing error"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TranscriptionsAudioProcessingError = 94401,
    /**
     * 94402: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Transcriptions: Encryption failed and transcription result files deleted"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TranscriptionsEncryptionFailedAndTranscriptionResultFilesDeleted = 94402,
    /**
     * 94403: Twilio warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Transcriptions: Invalid encryption credentials"
     *
     * Outcome: unknown.
     */
    TranscriptionsInvalidEncryptionCredentials = 94403,
    /**
     * 94500: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Transcriptions: sourceSid invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TranscriptionsSourceSidInvalid = 94500,
    /**
     * 94501: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Transcriptions: Status invalid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TranscriptionsStatusInvalid = 94501,
    /**
     * 94600: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Filter limit exceeded"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    FilterLimitExceeded = 94600,
    /**
     * 94601: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Date range is not valid"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    DateRangeIsNotValid = 94601,
    /**
     * 94602: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Invalid FromDate"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    InvalidFromDate = 94602,
    /**
     * 94603: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Ttl is out of range"
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    TtlIsOutOfRange = 94603,
    /**
     * 94604: Twilio error that Twilio puts down to the application (its request, TwiML, webhook or account setup). The title names the problem.
     *
     * Title: "Account Sid on Legal Hold."
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    AccountSidOnLegalHold94604 = 94604,
    /**
     * 456001: Flex warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Approaching Flex Plugin creation limit"
     *
     * Outcome: unknown.
     */
    ApproachingFlexPluginCreationLimit = 456001,
    /**
     * 456002: Flex warning that Twilio puts down to the application (its request, TwiML, webhook or account setup); only logged as a warning, so the request may still have gone ahead. The title names the problem.
     *
     * Title: "Approaching Flex Plugin Version creation limit"
     *
     * Outcome: unknown.
     */
    ApproachingFlexPluginVersionCreationLimit = 456002
}
/**
 * Every Twilio code.
 *
 * @deliveryCodes twilio
 */
export type TwilioErrorCode = 400 | 403 | 404 | 410 | 503 | 10001 | 10002 | 10003 | 10004 | 11100 | 11200 | 11201 | 11202 | 11203 | 11205 | 11206 | 11210 | 11215 | 11220 | 11235 | 11236 | 11237 | 11240 | 11241 | 11242 | 11243 | 11251 | 11300 | 11310 | 11320 | 11750 | 11751 | 11770 | 12100 | 12101 | 12102 | 12200 | 12300 | 12301 | 12400 | 13000 | 13110 | 13111 | 13112 | 13120 | 13201 | 13210 | 13211 | 13212 | 13213 | 13214 | 13215 | 13216 | 13217 | 13218 | 13219 | 13220 | 13221 | 13222 | 13223 | 13224 | 13225 | 13226 | 13227 | 13230 | 13231 | 13232 | 13233 | 13234 | 13235 | 13236 | 13237 | 13238 | 13239 | 13240 | 13241 | 13242 | 13243 | 13244 | 13245 | 13246 | 13247 | 13248 | 13249 | 13250 | 13251 | 13252 | 13253 | 13254 | 13255 | 13256 | 13257 | 13258 | 13299 | 13310 | 13311 | 13312 | 13313 | 13314 | 13320 | 13321 | 13322 | 13325 | 13326 | 13327 | 13328 | 13329 | 13330 | 13331 | 13332 | 13333 | 13334 | 13335 | 13337 | 13338 | 13340 | 13410 | 13420 | 13430 | 13510 | 13511 | 13512 | 13513 | 13520 | 13521 | 13610 | 13611 | 13612 | 13613 | 13614 | 13615 | 13616 | 13617 | 13618 | 13619 | 13620 | 13621 | 13699 | 13710 | 13750 | 13801 | 13802 | 13803 | 13804 | 13805 | 13810 | 13910 | 14101 | 14102 | 14103 | 14104 | 14105 | 14106 | 14107 | 14108 | 14109 | 14110 | 14111 | 14201 | 14202 | 14203 | 14204 | 14205 | 14206 | 14207 | 14210 | 14211 | 14212 | 14213 | 14215 | 14217 | 14218 | 14219 | 14220 | 14221 | 14222 | 14223 | 14226 | 14230 | 14231 | 14232 | 14233 | 14234 | 14235 | 14236 | 14237 | 14238 | 14239 | 14240 | 14241 | 14300 | 15000 | 15002 | 15003 | 15004 | 15009 | 16000 | 16001 | 16002 | 16003 | 16010 | 16011 | 16020 | 16021 | 16022 | 16023 | 16024 | 16025 | 16026 | 16027 | 16028 | 16099 | 16101 | 16102 | 16104 | 16105 | 16106 | 16107 | 16108 | 16109 | 16110 | 16111 | 16112 | 16113 | 17000 | 17001 | 17002 | 17007 | 17008 | 17009 | 17400 | 19003 | 19004 | 19005 | 19010 | 19011 | 19012 | 19013 | 19014 | 19020 | 19021 | 19022 | 19023 | 19024 | 19025 | 19026 | 19027 | 19028 | 19029 | 19030 | 19031 | 19032 | 19033 | 19034 | 19035 | 19036 | 19037 | 19038 | 19040 | 19041 | 19042 | 19043 | 19044 | 19045 | 19046 | 19047 | 19048 | 19049 | 19050 | 19052 | 19053 | 19054 | 19055 | 19056 | 19057 | 20001 | 20002 | 20003 | 20004 | 20005 | 20006 | 20007 | 20008 | 20009 | 20010 | 20011 | 20012 | 20020 | 20021 | 20023 | 20101 | 20102 | 20103 | 20104 | 20105 | 20106 | 20107 | 20151 | 20152 | 20153 | 20154 | 20155 | 20156 | 20157 | 20159 | 20160 | 20161 | 20162 | 20403 | 20404 | 20409 | 20410 | 20413 | 20422 | 20423 | 20426 | 20429 | 20500 | 20503 | 21100 | 21101 | 21102 | 21200 | 21201 | 21202 | 21203 | 21204 | 21205 | 21206 | 21207 | 21208 | 21209 | 21210 | 21211 | 21212 | 21213 | 21214 | 21215 | 21216 | 21217 | 21218 | 21219 | 21220 | 21221 | 21222 | 21223 | 21224 | 21225 | 21226 | 21227 | 21228 | 21229 | 21230 | 21231 | 21232 | 21233 | 21234 | 21235 | 21236 | 21237 | 21238 | 21239 | 21240 | 21241 | 21242 | 21243 | 21244 | 21245 | 21247 | 21248 | 21249 | 21251 | 21252 | 21253 | 21254 | 21255 | 21256 | 21257 | 21258 | 21259 | 21260 | 21261 | 21262 | 21263 | 21266 | 21300 | 21301 | 21302 | 21401 | 21402 | 21403 | 21404 | 21405 | 21406 | 21407 | 21408 | 21409 | 21420 | 21421 | 21422 | 21449 | 21450 | 21451 | 21452 | 21453 | 21454 | 21455 | 21456 | 21457 | 21458 | 21470 | 21471 | 21472 | 21473 | 21474 | 21475 | 21476 | 21477 | 21478 | 21479 | 21480 | 21481 | 21501 | 21502 | 21503 | 21504 | 21601 | 21602 | 21603 | 21604 | 21605 | 21606 | 21607 | 21608 | 21609 | 21610 | 21611 | 21612 | 21613 | 21614 | 21615 | 21616 | 21617 | 21618 | 21619 | 21620 | 21621 | 21622 | 21623 | 21624 | 21626 | 21627 | 21628 | 21629 | 21630 | 21631 | 21634 | 21644 | 21645 | 21646 | 21647 | 21648 | 21649 | 21650 | 21651 | 21652 | 21653 | 21654 | 21655 | 21656 | 21657 | 21658 | 21701 | 21702 | 21703 | 21704 | 21705 | 21708 | 21709 | 21710 | 21711 | 21712 | 21713 | 21714 | 21715 | 21717 | 21719 | 21720 | 21721 | 21722 | 21723 | 21724 | 21725 | 21726 | 21727 | 21728 | 21729 | 21730 | 21900 | 21901 | 21902 | 21910 | 22001 | 22005 | 22100 | 22101 | 22102 | 22103 | 22104 | 22105 | 22106 | 22107 | 22108 | 22109 | 22110 | 22111 | 22112 | 22113 | 22114 | 22115 | 22116 | 22117 | 22118 | 22119 | 22120 | 22121 | 22122 | 22123 | 22199 | 22200 | 22201 | 22202 | 22203 | 22204 | 22205 | 22206 | 22207 | 22208 | 22209 | 22210 | 22211 | 22212 | 22213 | 22214 | 22215 | 22216 | 22217 | 22218 | 22219 | 22221 | 22222 | 22223 | 22224 | 22225 | 22226 | 22228 | 22229 | 22300 | 22400 | 22401 | 22402 | 22403 | 22404 | 22500 | 23001 | 23002 | 23003 | 23004 | 23005 | 23006 | 30001 | 30002 | 30003 | 30004 | 30005 | 30006 | 30007 | 30008 | 30009 | 30010 | 30011 | 30012 | 30013 | 30014 | 30015 | 30016 | 30017 | 30018 | 30019 | 30020 | 30021 | 30022 | 30023 | 30024 | 30025 | 30026 | 30027 | 30028 | 30029 | 30030 | 30031 | 30032 | 30033 | 30034 | 30035 | 30100 | 30101 | 30102 | 30103 | 30104 | 30105 | 30106 | 30107 | 30108 | 30109 | 30110 | 30111 | 30112 | 30113 | 30114 | 30115 | 30116 | 30117 | 30118 | 30119 | 30120 | 30121 | 30122 | 30123 | 30124 | 30125 | 30127 | 30128 | 30129 | 30130 | 30131 | 30132 | 30133 | 30400 | 30404 | 30409 | 30410 | 30436 | 30440 | 30441 | 30442 | 30443 | 30444 | 30445 | 30446 | 30447 | 30448 | 30449 | 30450 | 30880 | 30881 | 30882 | 30883 | 30884 | 30885 | 30886 | 30887 | 30888 | 30889 | 30890 | 30891 | 30892 | 30893 | 30894 | 30895 | 30896 | 30897 | 30898 | 31000 | 31001 | 31002 | 31003 | 31005 | 31006 | 31007 | 31008 | 31009 | 31100 | 31101 | 31102 | 31103 | 31104 | 31105 | 31106 | 31201 | 31202 | 31203 | 31204 | 31205 | 31206 | 31207 | 31208 | 31209 | 31301 | 31302 | 31400 | 31403 | 31404 | 31408 | 31409 | 31426 | 31429 | 31480 | 31481 | 31484 | 31486 | 31487 | 31500 | 31502 | 31503 | 31504 | 31530 | 31600 | 31603 | 31604 | 31900 | 31901 | 31902 | 31903 | 31904 | 31910 | 31920 | 31921 | 31922 | 31923 | 31924 | 31930 | 31931 | 31940 | 31941 | 31942 | 31950 | 31951 | 31952 | 31960 | 32001 | 32002 | 32006 | 32007 | 32008 | 32009 | 32010 | 32011 | 32012 | 32013 | 32014 | 32015 | 32016 | 32017 | 32018 | 32019 | 32021 | 32022 | 32100 | 32101 | 32102 | 32103 | 32105 | 32106 | 32110 | 32111 | 32112 | 32113 | 32114 | 32115 | 32200 | 32201 | 32202 | 32203 | 32204 | 32205 | 32206 | 32207 | 32208 | 32209 | 32210 | 32212 | 32214 | 32215 | 32216 | 32218 | 32219 | 32220 | 32221 | 32222 | 32223 | 32301 | 32302 | 32303 | 32304 | 32400 | 32401 | 32500 | 32501 | 32502 | 32503 | 32504 | 32505 | 32506 | 32600 | 32601 | 32602 | 32603 | 32604 | 32605 | 32700 | 32701 | 32702 | 32703 | 32710 | 32711 | 33000 | 33004 | 33010 | 33101 | 33102 | 33103 | 33104 | 33105 | 33107 | 33108 | 33111 | 33118 | 33119 | 33120 | 33121 | 33122 | 33201 | 33203 | 34002 | 34003 | 34004 | 34005 | 34106 | 34108 | 35111 | 35114 | 35118 | 35125 | 35126 | 40000 | 40001 | 40005 | 40100 | 40110 | 40111 | 40112 | 40113 | 40114 | 40120 | 40121 | 40122 | 40123 | 40130 | 40131 | 40132 | 40133 | 40134 | 40135 | 40136 | 40137 | 40138 | 40139 | 40140 | 40141 | 40142 | 40143 | 40144 | 40145 | 40146 | 40147 | 40148 | 40149 | 40151 | 40152 | 40153 | 40154 | 40155 | 40157 | 40158 | 40159 | 45001 | 45002 | 45003 | 45004 | 45005 | 45006 | 45007 | 45008 | 45009 | 45010 | 45101 | 45102 | 45103 | 45109 | 45201 | 45202 | 45203 | 45204 | 45205 | 45206 | 45207 | 45208 | 45209 | 45210 | 45211 | 45212 | 45301 | 45302 | 45303 | 45304 | 45305 | 45306 | 45307 | 45308 | 45309 | 45310 | 45312 | 45313 | 45350 | 45351 | 45352 | 45353 | 45354 | 45355 | 45356 | 45357 | 45358 | 45359 | 45360 | 45361 | 45362 | 45363 | 45366 | 45367 | 45368 | 45369 | 45370 | 45371 | 45372 | 45373 | 45374 | 45375 | 45376 | 45377 | 45401 | 45402 | 45600 | 45601 | 45700 | 45701 | 45711 | 45715 | 45719 | 45731 | 45733 | 45741 | 45744 | 45745 | 45760 | 45761 | 45762 | 45763 | 45764 | 45765 | 45770 | 45771 | 48000 | 48001 | 48002 | 48003 | 48004 | 48005 | 48010 | 48011 | 48023 | 48024 | 48025 | 48026 | 48027 | 48028 | 48029 | 48030 | 48031 | 48032 | 48033 | 48050 | 50000 | 50001 | 50002 | 50003 | 50004 | 50006 | 50050 | 50051 | 50052 | 50053 | 50054 | 50055 | 50056 | 50057 | 50058 | 50059 | 50060 | 50061 | 50063 | 50065 | 50068 | 50069 | 50074 | 50076 | 50100 | 50101 | 50102 | 50103 | 50104 | 50105 | 50106 | 50107 | 50109 | 50200 | 50201 | 50202 | 50203 | 50204 | 50205 | 50206 | 50207 | 50208 | 50209 | 50210 | 50211 | 50212 | 50213 | 50214 | 50300 | 50301 | 50302 | 50303 | 50304 | 50305 | 50306 | 50307 | 50308 | 50309 | 50310 | 50320 | 50321 | 50322 | 50323 | 50324 | 50325 | 50326 | 50327 | 50328 | 50329 | 50330 | 50331 | 50332 | 50334 | 50340 | 50341 | 50342 | 50347 | 50349 | 50350 | 50351 | 50353 | 50360 | 50361 | 50362 | 50363 | 50364 | 50365 | 50366 | 50367 | 50368 | 50369 | 50370 | 50371 | 50372 | 50373 | 50374 | 50375 | 50376 | 50377 | 50378 | 50379 | 50380 | 50382 | 50384 | 50385 | 50390 | 50391 | 50392 | 50393 | 50400 | 50401 | 50402 | 50403 | 50404 | 50405 | 50406 | 50407 | 50408 | 50409 | 50411 | 50412 | 50413 | 50414 | 50415 | 50416 | 50417 | 50418 | 50419 | 50420 | 50421 | 50422 | 50430 | 50431 | 50432 | 50433 | 50434 | 50435 | 50436 | 50437 | 50438 | 50439 | 50440 | 50441 | 50442 | 50443 | 50444 | 50449 | 50451 | 50452 | 50453 | 50500 | 50501 | 50502 | 50503 | 50504 | 50505 | 50506 | 50507 | 50508 | 50509 | 50510 | 50511 | 50512 | 50513 | 50516 | 50526 | 50527 | 50528 | 50529 | 50540 | 50541 | 50600 | 50601 | 50602 | 50610 | 51001 | 51002 | 51003 | 51004 | 51005 | 51006 | 51007 | 51101 | 51102 | 51103 | 51104 | 51105 | 51106 | 51107 | 51108 | 51109 | 51110 | 51111 | 51112 | 51113 | 51114 | 51115 | 51116 | 51117 | 51118 | 51119 | 51120 | 51121 | 51122 | 51123 | 51124 | 51125 | 51126 | 51127 | 51128 | 51129 | 51130 | 51131 | 51201 | 51202 | 51215 | 52000 | 52001 | 52002 | 52003 | 52004 | 52051 | 52052 | 52071 | 52072 | 52101 | 52102 | 52103 | 52104 | 52105 | 52106 | 52107 | 52108 | 52109 | 52110 | 52111 | 52131 | 52133 | 52134 | 52135 | 52136 | 52137 | 52138 | 52139 | 52140 | 52141 | 52142 | 52143 | 52144 | 52145 | 52147 | 52148 | 52149 | 52161 | 52162 | 52163 | 52164 | 52165 | 52166 | 52167 | 52168 | 52170 | 52171 | 52172 | 52173 | 52174 | 52181 | 52182 | 52201 | 52202 | 52203 | 52211 | 52212 | 52213 | 52214 | 52215 | 52301 | 52302 | 52303 | 52304 | 52305 | 52306 | 52307 | 52309 | 52310 | 52311 | 52401 | 53000 | 53001 | 53002 | 53003 | 53004 | 53006 | 53100 | 53101 | 53102 | 53103 | 53104 | 53105 | 53106 | 53107 | 53108 | 53109 | 53110 | 53111 | 53112 | 53113 | 53118 | 53119 | 53120 | 53121 | 53122 | 53123 | 53124 | 53125 | 53200 | 53201 | 53202 | 53203 | 53204 | 53205 | 53206 | 53207 | 53208 | 53209 | 53215 | 53216 | 53217 | 53300 | 53301 | 53302 | 53303 | 53304 | 53400 | 53401 | 53402 | 53403 | 53404 | 53405 | 53406 | 53407 | 53408 | 53500 | 53501 | 53600 | 53601 | 53602 | 53603 | 53604 | 53605 | 53606 | 53607 | 53610 | 53611 | 53612 | 53613 | 53614 | 53615 | 53616 | 53617 | 53620 | 53621 | 53622 | 53623 | 53624 | 53625 | 53626 | 53627 | 53628 | 53630 | 53631 | 53632 | 53633 | 53660 | 53661 | 53662 | 53663 | 53664 | 53665 | 53666 | 53667 | 53668 | 53669 | 54003 | 54006 | 54007 | 54008 | 54009 | 54010 | 54011 | 54050 | 54051 | 54053 | 54056 | 54100 | 54101 | 54103 | 54150 | 54151 | 54155 | 54156 | 54200 | 54201 | 54205 | 54206 | 54208 | 54209 | 54250 | 54251 | 54300 | 54301 | 54302 | 54351 | 54354 | 54419 | 54450 | 54451 | 54452 | 54453 | 54454 | 54458 | 54502 | 54507 | 54509 | 54510 | 55555 | 57001 | 57002 | 57003 | 57004 | 57005 | 57006 | 57007 | 57008 | 57009 | 57010 | 57011 | 57012 | 57013 | 57014 | 57016 | 57017 | 57018 | 57019 | 57020 | 58000 | 58001 | 58002 | 58003 | 60001 | 60002 | 60003 | 60004 | 60005 | 60006 | 60008 | 60200 | 60201 | 60202 | 60203 | 60204 | 60205 | 60206 | 60207 | 60208 | 60209 | 60210 | 60211 | 60212 | 60213 | 60214 | 60215 | 60217 | 60218 | 60219 | 60220 | 60221 | 60222 | 60223 | 60224 | 60225 | 60226 | 60227 | 60228 | 60229 | 60300 | 60301 | 60302 | 60305 | 60306 | 60307 | 60308 | 60309 | 60310 | 60311 | 60312 | 60313 | 60314 | 60315 | 60317 | 60318 | 60322 | 60323 | 60324 | 60325 | 60326 | 60329 | 60330 | 60331 | 60333 | 60401 | 60402 | 60403 | 60404 | 60405 | 60406 | 60407 | 60408 | 60409 | 60410 | 60411 | 60500 | 60510 | 60511 | 60517 | 60519 | 60520 | 60531 | 60532 | 60533 | 60534 | 60540 | 60550 | 60600 | 60601 | 60602 | 60603 | 60604 | 60605 | 60606 | 60607 | 60608 | 60609 | 60610 | 60611 | 60612 | 60613 | 60614 | 60616 | 60617 | 60618 | 60619 | 60620 | 60621 | 60699 | 60700 | 60701 | 60702 | 60703 | 60704 | 60706 | 60707 | 60708 | 60709 | 60710 | 60711 | 60712 | 60713 | 60714 | 60715 | 60716 | 60717 | 60719 | 60721 | 60722 | 60723 | 60724 | 60725 | 60726 | 60727 | 61000 | 61001 | 61002 | 61003 | 61004 | 61005 | 61006 | 61007 | 61008 | 61009 | 62000 | 62001 | 62002 | 62003 | 62004 | 62005 | 62006 | 62007 | 62008 | 62009 | 62010 | 62011 | 62012 | 62013 | 62014 | 62015 | 62016 | 62017 | 62018 | 62019 | 62020 | 62021 | 62022 | 62023 | 62024 | 62025 | 62026 | 62027 | 62028 | 62034 | 62035 | 62052 | 62053 | 62100 | 62200 | 62220 | 63001 | 63002 | 63003 | 63005 | 63006 | 63007 | 63008 | 63009 | 63010 | 63011 | 63012 | 63013 | 63014 | 63015 | 63016 | 63017 | 63018 | 63019 | 63020 | 63021 | 63022 | 63023 | 63024 | 63025 | 63026 | 63027 | 63028 | 63029 | 63030 | 63031 | 63032 | 63033 | 63034 | 63035 | 63036 | 63037 | 63038 | 63039 | 63040 | 63041 | 63042 | 63043 | 63044 | 63045 | 63046 | 63047 | 63051 | 64001 | 64002 | 64003 | 64004 | 64005 | 64006 | 64007 | 64008 | 64009 | 64010 | 64011 | 64012 | 64013 | 64014 | 64015 | 64016 | 64017 | 64018 | 64019 | 64020 | 64021 | 64022 | 64023 | 64024 | 68001 | 68002 | 68003 | 68004 | 68005 | 68006 | 68007 | 70001 | 70002 | 70003 | 70004 | 70005 | 70051 | 70052 | 70053 | 70101 | 70102 | 70103 | 70104 | 70105 | 70106 | 70151 | 70152 | 70153 | 70154 | 70155 | 70156 | 70251 | 70252 | 70253 | 80101 | 80102 | 80103 | 80104 | 80105 | 80201 | 80202 | 80203 | 80205 | 80206 | 80207 | 80208 | 80301 | 80303 | 80304 | 80305 | 80306 | 80307 | 80308 | 80401 | 80402 | 80403 | 80404 | 80405 | 80406 | 80407 | 80408 | 80409 | 80501 | 80502 | 80503 | 80504 | 80505 | 80506 | 80601 | 80602 | 80603 | 80604 | 80605 | 80606 | 80607 | 80608 | 80609 | 80610 | 80611 | 80612 | 80613 | 80614 | 80615 | 80616 | 80617 | 80618 | 80619 | 80620 | 80622 | 80623 | 80624 | 80701 | 80801 | 80802 | 80901 | 80902 | 80903 | 80904 | 80905 | 80906 | 80907 | 80908 | 80909 | 80910 | 80911 | 80913 | 81000 | 81001 | 81002 | 81004 | 81005 | 81006 | 81007 | 81008 | 81009 | 81010 | 81011 | 81012 | 81013 | 81014 | 81015 | 81016 | 81017 | 81018 | 81019 | 81020 | 81021 | 81022 | 81023 | 81024 | 81025 | 81026 | 82001 | 82002 | 82003 | 82004 | 82005 | 82006 | 82007 | 82008 | 82009 | 83000 | 83001 | 83002 | 83003 | 83004 | 83005 | 83006 | 83007 | 83008 | 83009 | 83010 | 83011 | 83400 | 83401 | 83402 | 83500 | 83600 | 83601 | 83602 | 83603 | 83604 | 83605 | 83700 | 83701 | 83702 | 83703 | 83704 | 83705 | 90000 | 90001 | 90002 | 90003 | 90004 | 90006 | 90007 | 90009 | 90010 | 90011 | 90012 | 90013 | 90014 | 90015 | 90016 | 90017 | 90018 | 90019 | 90020 | 90021 | 90022 | 90023 | 90024 | 90025 | 90026 | 90027 | 90028 | 90029 | 90030 | 90031 | 90032 | 90033 | 90034 | 90035 | 90036 | 90037 | 90038 | 90039 | 90040 | 90041 | 90100 | 90101 | 90102 | 90103 | 90104 | 90403 | 91000 | 91001 | 91002 | 91003 | 91004 | 91005 | 91006 | 91007 | 91100 | 91101 | 91102 | 91103 | 91104 | 91201 | 91202 | 91203 | 92001 | 92002 | 92003 | 92004 | 92005 | 92006 | 92007 | 92008 | 93101 | 93102 | 93103 | 93104 | 93105 | 94000 | 94001 | 94002 | 94100 | 94101 | 94200 | 94201 | 94300 | 94301 | 94302 | 94303 | 94304 | 94400 | 94401 | 94402 | 94403 | 94500 | 94501 | 94600 | 94601 | 94602 | 94603 | 94604 | 456001 | 456002;
/**
 * Twilio codes of permanent failures.
 *
 * @deliveryCodes twilio permanent
 */
export type PermanentTwilioErrorCode = 21211 | 21266 | 21408 | 21606 | 21610 | 21614 | 30005 | 30006 | 30007 | 30011 | 30032;
/**
 * Twilio failures that may be sent again unchanged (retry safe or done by the provider).
 *
 * @deliveryCodes twilio retryable
 */
export type RetryableTwilioErrorCode = 11200 | 30003 | 30410;
/**
 * Twilio failures that must not be sent again unchanged (retry never or after a fix).
 *
 * @deliveryCodes twilio non-retryable
 */
export type NonRetryableTwilioErrorCode = 400 | 403 | 404 | 410 | 503 | 10001 | 10002 | 10003 | 10004 | 11100 | 11201 | 11202 | 11203 | 11205 | 11206 | 11210 | 11215 | 11220 | 11235 | 11236 | 11237 | 11240 | 11241 | 11242 | 11243 | 11251 | 11300 | 11310 | 11320 | 11750 | 11751 | 11770 | 12100 | 12101 | 12102 | 12300 | 12301 | 12400 | 13110 | 13111 | 13120 | 13201 | 13231 | 13238 | 13239 | 13240 | 13247 | 13257 | 13258 | 13299 | 13325 | 13337 | 13338 | 13340 | 13420 | 13621 | 13750 | 13801 | 13802 | 13803 | 13804 | 14107 | 14201 | 14202 | 14203 | 14204 | 14205 | 14206 | 14210 | 14211 | 14212 | 14213 | 14215 | 14217 | 14218 | 14219 | 14220 | 14221 | 14222 | 14223 | 14226 | 14230 | 14231 | 14232 | 14233 | 14234 | 14235 | 14236 | 14237 | 14238 | 14239 | 14240 | 14300 | 15000 | 15002 | 15004 | 15009 | 16000 | 16001 | 16002 | 16003 | 16010 | 16011 | 16020 | 16021 | 16022 | 16023 | 16024 | 16025 | 16026 | 16027 | 16028 | 16099 | 16104 | 16105 | 16106 | 16107 | 16108 | 16109 | 16110 | 16111 | 16112 | 17000 | 17001 | 17002 | 17007 | 17008 | 17009 | 17400 | 19003 | 19004 | 19005 | 19010 | 19011 | 19012 | 19013 | 19014 | 19020 | 19021 | 19022 | 19023 | 19024 | 19025 | 19026 | 19027 | 19028 | 19029 | 19030 | 19031 | 19032 | 19033 | 19034 | 19035 | 19036 | 19037 | 19038 | 19040 | 19041 | 19042 | 19043 | 19044 | 19045 | 19046 | 19047 | 19048 | 19049 | 19050 | 19052 | 19053 | 19054 | 19055 | 19056 | 19057 | 20002 | 20003 | 20004 | 20005 | 20006 | 20007 | 20008 | 20009 | 20010 | 20011 | 20012 | 20020 | 20021 | 20023 | 20101 | 20102 | 20103 | 20105 | 20106 | 20107 | 20151 | 20152 | 20153 | 20154 | 20155 | 20156 | 20157 | 20159 | 20160 | 20161 | 20162 | 20403 | 20404 | 20409 | 20410 | 20413 | 20422 | 20423 | 20426 | 20429 | 20500 | 20503 | 21100 | 21101 | 21102 | 21200 | 21201 | 21202 | 21203 | 21204 | 21205 | 21206 | 21207 | 21208 | 21209 | 21210 | 21211 | 21212 | 21213 | 21214 | 21215 | 21216 | 21217 | 21218 | 21219 | 21220 | 21230 | 21231 | 21232 | 21233 | 21234 | 21235 | 21236 | 21237 | 21238 | 21239 | 21240 | 21241 | 21242 | 21243 | 21244 | 21245 | 21247 | 21248 | 21249 | 21251 | 21252 | 21253 | 21254 | 21255 | 21256 | 21257 | 21258 | 21259 | 21260 | 21261 | 21266 | 21300 | 21301 | 21401 | 21402 | 21403 | 21404 | 21405 | 21406 | 21407 | 21408 | 21409 | 21420 | 21421 | 21422 | 21449 | 21450 | 21451 | 21452 | 21453 | 21454 | 21455 | 21456 | 21457 | 21458 | 21470 | 21471 | 21472 | 21473 | 21474 | 21475 | 21476 | 21477 | 21478 | 21479 | 21480 | 21481 | 21501 | 21502 | 21503 | 21504 | 21601 | 21602 | 21603 | 21604 | 21605 | 21606 | 21607 | 21608 | 21609 | 21610 | 21611 | 21612 | 21613 | 21614 | 21615 | 21616 | 21617 | 21618 | 21619 | 21620 | 21621 | 21622 | 21623 | 21624 | 21626 | 21627 | 21628 | 21629 | 21630 | 21631 | 21634 | 21644 | 21645 | 21646 | 21647 | 21648 | 21649 | 21650 | 21651 | 21652 | 21653 | 21654 | 21655 | 21656 | 21657 | 21658 | 21701 | 21702 | 21703 | 21704 | 21705 | 21709 | 21712 | 21713 | 21714 | 21715 | 21717 | 21719 | 21720 | 21721 | 21722 | 21723 | 21724 | 21725 | 21726 | 21727 | 21728 | 21729 | 21730 | 21900 | 21901 | 21902 | 21910 | 22001 | 22005 | 22100 | 22101 | 22102 | 22103 | 22104 | 22105 | 22106 | 22107 | 22108 | 22109 | 22110 | 22111 | 22112 | 22113 | 22114 | 22115 | 22116 | 22117 | 22118 | 22119 | 22120 | 22121 | 22122 | 22123 | 22199 | 22200 | 22201 | 22202 | 22203 | 22204 | 22205 | 22206 | 22207 | 22208 | 22209 | 22210 | 22211 | 22212 | 22213 | 22214 | 22215 | 22216 | 22217 | 22218 | 22219 | 22223 | 22224 | 22225 | 22226 | 22228 | 22229 | 22300 | 22400 | 22401 | 22402 | 22403 | 22404 | 22500 | 30001 | 30002 | 30004 | 30005 | 30006 | 30007 | 30008 | 30009 | 30010 | 30011 | 30012 | 30013 | 30014 | 30015 | 30016 | 30017 | 30019 | 30020 | 30021 | 30022 | 30023 | 30024 | 30027 | 30028 | 30029 | 30030 | 30031 | 30032 | 30033 | 30034 | 30035 | 30100 | 30101 | 30102 | 30103 | 30106 | 30107 | 30108 | 30109 | 30110 | 30111 | 30112 | 30113 | 30114 | 30115 | 30116 | 30117 | 30118 | 30119 | 30120 | 30121 | 30122 | 30123 | 30124 | 30127 | 30128 | 30129 | 30130 | 30132 | 30133 | 30400 | 30404 | 30409 | 30436 | 30440 | 30441 | 30442 | 30443 | 30444 | 30445 | 30446 | 30447 | 30448 | 30449 | 30450 | 30880 | 30881 | 30882 | 30883 | 30884 | 30885 | 30886 | 30887 | 30888 | 30889 | 30890 | 30891 | 30892 | 30893 | 30894 | 30895 | 30896 | 30897 | 30898 | 31000 | 31001 | 31002 | 31003 | 31005 | 31006 | 31007 | 31008 | 31009 | 31100 | 31101 | 31102 | 31103 | 31104 | 31105 | 31106 | 31201 | 31202 | 31203 | 31204 | 31205 | 31206 | 31207 | 31208 | 31209 | 31301 | 31302 | 31400 | 31403 | 31404 | 31408 | 31409 | 31426 | 31429 | 31480 | 31481 | 31484 | 31486 | 31487 | 31500 | 31502 | 31503 | 31504 | 31530 | 31600 | 31603 | 31604 | 31900 | 31901 | 31902 | 31903 | 31904 | 31910 | 31920 | 31921 | 31922 | 31923 | 31924 | 31940 | 31941 | 31942 | 31952 | 31960 | 32001 | 32010 | 32013 | 32016 | 32017 | 32018 | 32022 | 32106 | 32115 | 32200 | 32201 | 32202 | 32203 | 32204 | 32205 | 32206 | 32207 | 32208 | 32209 | 32210 | 32216 | 32218 | 32219 | 32220 | 32221 | 32222 | 32223 | 32400 | 32500 | 32501 | 32504 | 32505 | 32506 | 32600 | 32601 | 32602 | 32604 | 32605 | 32700 | 33000 | 33004 | 33010 | 33101 | 33102 | 33103 | 33104 | 33105 | 33107 | 33108 | 33111 | 33118 | 33119 | 33120 | 33121 | 33122 | 33201 | 33203 | 34002 | 34003 | 34004 | 34005 | 34106 | 34108 | 35111 | 35114 | 35118 | 35125 | 35126 | 40000 | 40100 | 40110 | 40111 | 40112 | 40113 | 40114 | 40120 | 40121 | 40122 | 40123 | 40130 | 40131 | 40132 | 40133 | 40134 | 40135 | 40136 | 40137 | 40138 | 40139 | 40140 | 40141 | 40142 | 40143 | 40144 | 40145 | 40146 | 40147 | 40148 | 40149 | 40151 | 40152 | 40154 | 40155 | 40157 | 40158 | 40159 | 45001 | 45002 | 45003 | 45004 | 45005 | 45006 | 45007 | 45008 | 45009 | 45010 | 45101 | 45102 | 45103 | 45109 | 45201 | 45202 | 45203 | 45205 | 45207 | 45209 | 45210 | 45211 | 45212 | 45301 | 45304 | 45309 | 45310 | 45312 | 45313 | 45350 | 45351 | 45352 | 45354 | 45355 | 45356 | 45357 | 45358 | 45359 | 45360 | 45361 | 45363 | 45366 | 45367 | 45369 | 45370 | 45371 | 45372 | 45373 | 45374 | 45377 | 45600 | 45601 | 45700 | 45701 | 45731 | 45733 | 45741 | 45744 | 45745 | 45760 | 45761 | 45762 | 45763 | 45764 | 45765 | 45770 | 45771 | 48000 | 48002 | 48003 | 48004 | 48005 | 48010 | 48011 | 48023 | 48024 | 48025 | 48026 | 48027 | 48028 | 48029 | 48030 | 48031 | 48032 | 48033 | 48050 | 50000 | 50001 | 50002 | 50003 | 50004 | 50006 | 50050 | 50051 | 50052 | 50053 | 50054 | 50055 | 50056 | 50057 | 50058 | 50059 | 50060 | 50061 | 50063 | 50065 | 50068 | 50069 | 50074 | 50076 | 50100 | 50101 | 50102 | 50103 | 50104 | 50105 | 50106 | 50107 | 50109 | 50200 | 50201 | 50202 | 50203 | 50204 | 50205 | 50206 | 50207 | 50208 | 50209 | 50210 | 50211 | 50212 | 50213 | 50214 | 50300 | 50301 | 50302 | 50303 | 50304 | 50305 | 50306 | 50307 | 50308 | 50309 | 50310 | 50320 | 50321 | 50322 | 50323 | 50324 | 50325 | 50326 | 50327 | 50328 | 50329 | 50330 | 50331 | 50332 | 50334 | 50340 | 50341 | 50342 | 50347 | 50349 | 50350 | 50351 | 50353 | 50360 | 50361 | 50362 | 50363 | 50364 | 50365 | 50366 | 50367 | 50368 | 50369 | 50370 | 50371 | 50372 | 50373 | 50374 | 50375 | 50376 | 50377 | 50378 | 50379 | 50380 | 50382 | 50384 | 50385 | 50390 | 50391 | 50392 | 50393 | 50400 | 50401 | 50402 | 50403 | 50404 | 50405 | 50406 | 50407 | 50408 | 50409 | 50411 | 50412 | 50413 | 50414 | 50415 | 50416 | 50417 | 50418 | 50419 | 50420 | 50421 | 50422 | 50430 | 50431 | 50432 | 50433 | 50434 | 50435 | 50436 | 50437 | 50438 | 50439 | 50440 | 50441 | 50442 | 50443 | 50444 | 50449 | 50451 | 50452 | 50453 | 50500 | 50501 | 50502 | 50503 | 50504 | 50505 | 50506 | 50507 | 50508 | 50509 | 50510 | 50511 | 50512 | 50513 | 50516 | 50526 | 50527 | 50528 | 50529 | 50540 | 50541 | 50600 | 50601 | 50602 | 51001 | 51002 | 51003 | 51004 | 51005 | 51006 | 51007 | 51101 | 51102 | 51103 | 51104 | 51105 | 51106 | 51107 | 51108 | 51109 | 51110 | 51111 | 51112 | 51113 | 51114 | 51115 | 51116 | 51117 | 51118 | 51119 | 51120 | 51121 | 51122 | 51123 | 51124 | 51125 | 51126 | 51127 | 51128 | 51129 | 51130 | 51131 | 51201 | 51202 | 51215 | 52000 | 52001 | 52002 | 52003 | 52004 | 52051 | 52071 | 52101 | 52102 | 52103 | 52104 | 52105 | 52106 | 52107 | 52108 | 52109 | 52110 | 52111 | 52131 | 52133 | 52134 | 52135 | 52136 | 52137 | 52138 | 52139 | 52140 | 52141 | 52142 | 52143 | 52144 | 52145 | 52148 | 52149 | 52161 | 52162 | 52163 | 52164 | 52165 | 52166 | 52167 | 52168 | 52170 | 52171 | 52181 | 52182 | 52201 | 52202 | 52203 | 52211 | 52212 | 52213 | 52214 | 52215 | 52302 | 52306 | 52309 | 52310 | 52311 | 53000 | 53001 | 53002 | 53003 | 53004 | 53006 | 53100 | 53101 | 53102 | 53103 | 53104 | 53105 | 53106 | 53107 | 53108 | 53109 | 53110 | 53111 | 53112 | 53113 | 53118 | 53119 | 53120 | 53122 | 53123 | 53124 | 53125 | 53200 | 53201 | 53202 | 53203 | 53204 | 53205 | 53206 | 53207 | 53208 | 53209 | 53215 | 53216 | 53217 | 53300 | 53301 | 53302 | 53303 | 53304 | 53400 | 53401 | 53402 | 53403 | 53404 | 53405 | 53406 | 53407 | 53408 | 53500 | 53501 | 53600 | 53601 | 53602 | 53603 | 53617 | 53626 | 53627 | 53628 | 53630 | 53633 | 53663 | 53664 | 53665 | 53666 | 53667 | 53668 | 53669 | 54003 | 54006 | 54007 | 54008 | 54009 | 54010 | 54011 | 54050 | 54051 | 54053 | 54056 | 54100 | 54101 | 54103 | 54150 | 54151 | 54155 | 54156 | 54200 | 54201 | 54205 | 54206 | 54208 | 54209 | 54250 | 54251 | 54300 | 54301 | 54302 | 54351 | 54354 | 54419 | 54450 | 54451 | 54452 | 54453 | 54454 | 54458 | 54502 | 54507 | 54509 | 54510 | 55555 | 57001 | 57002 | 57003 | 57004 | 57005 | 57006 | 57007 | 57008 | 57009 | 57010 | 57011 | 57012 | 57013 | 57014 | 57016 | 57017 | 57018 | 57019 | 57020 | 58000 | 58001 | 58002 | 58003 | 60001 | 60002 | 60003 | 60004 | 60005 | 60006 | 60008 | 60200 | 60201 | 60202 | 60203 | 60204 | 60205 | 60206 | 60207 | 60208 | 60209 | 60210 | 60211 | 60212 | 60213 | 60214 | 60215 | 60217 | 60218 | 60219 | 60220 | 60221 | 60222 | 60223 | 60224 | 60225 | 60226 | 60227 | 60228 | 60229 | 60300 | 60301 | 60302 | 60305 | 60306 | 60307 | 60308 | 60309 | 60310 | 60311 | 60312 | 60313 | 60314 | 60315 | 60317 | 60318 | 60322 | 60323 | 60324 | 60326 | 60329 | 60330 | 60331 | 60401 | 60402 | 60403 | 60404 | 60405 | 60406 | 60407 | 60408 | 60410 | 60411 | 60500 | 60510 | 60511 | 60517 | 60519 | 60520 | 60531 | 60532 | 60533 | 60534 | 60540 | 60550 | 60600 | 60601 | 60602 | 60603 | 60604 | 60605 | 60606 | 60607 | 60608 | 60609 | 60610 | 60611 | 60612 | 60613 | 60614 | 60616 | 60617 | 60618 | 60619 | 60620 | 60621 | 60699 | 60700 | 60701 | 60703 | 60704 | 60706 | 60711 | 60712 | 60713 | 60715 | 60716 | 60717 | 61000 | 61001 | 61002 | 61003 | 61005 | 61007 | 61008 | 61009 | 62000 | 62001 | 62002 | 62003 | 62004 | 62005 | 62006 | 62007 | 62008 | 62009 | 62010 | 62011 | 62012 | 62013 | 62014 | 62015 | 62016 | 62017 | 62018 | 62019 | 62020 | 62021 | 62022 | 62023 | 62024 | 62025 | 62026 | 62027 | 62028 | 62034 | 62035 | 62052 | 62053 | 62100 | 62200 | 62220 | 63001 | 63002 | 63003 | 63005 | 63006 | 63007 | 63008 | 63009 | 63010 | 63011 | 63012 | 63013 | 63014 | 63015 | 63016 | 63017 | 63018 | 63019 | 63020 | 63021 | 63022 | 63023 | 63024 | 63025 | 63026 | 63027 | 63028 | 63029 | 63030 | 63031 | 63032 | 63033 | 63034 | 63035 | 63036 | 63038 | 63039 | 63040 | 63041 | 63042 | 63043 | 63044 | 63045 | 63047 | 63051 | 64001 | 64002 | 64003 | 64004 | 64005 | 64006 | 64007 | 64008 | 64009 | 64010 | 64011 | 64012 | 64013 | 64014 | 64015 | 64016 | 64017 | 64018 | 64019 | 64020 | 64021 | 64022 | 64023 | 64024 | 68001 | 68002 | 68003 | 68004 | 68005 | 68006 | 68007 | 70001 | 70002 | 70003 | 70004 | 70005 | 70051 | 70052 | 70053 | 70101 | 70102 | 70103 | 70104 | 70105 | 70106 | 70151 | 70152 | 70153 | 70154 | 70155 | 70156 | 70251 | 70252 | 70253 | 80101 | 80103 | 80203 | 80207 | 80208 | 80301 | 80305 | 80306 | 80308 | 80404 | 80501 | 80502 | 80504 | 80505 | 80506 | 80603 | 80608 | 80611 | 80612 | 80613 | 80615 | 80616 | 80617 | 80618 | 80619 | 80620 | 80622 | 80623 | 80801 | 80802 | 80902 | 80913 | 81004 | 81006 | 81007 | 81008 | 81009 | 81010 | 81011 | 81012 | 81013 | 81014 | 81015 | 81016 | 81017 | 81019 | 81021 | 81022 | 81023 | 81024 | 81026 | 82002 | 82003 | 82005 | 82006 | 82007 | 82008 | 82009 | 83000 | 83001 | 83002 | 83003 | 83004 | 83005 | 83006 | 83007 | 83008 | 83009 | 83010 | 83011 | 83400 | 83401 | 83402 | 83500 | 83600 | 83601 | 83602 | 83603 | 83604 | 83605 | 83700 | 83701 | 83702 | 83703 | 83704 | 83705 | 90000 | 90001 | 90002 | 90003 | 90004 | 90006 | 90007 | 90009 | 90010 | 90011 | 90012 | 90013 | 90014 | 90015 | 90016 | 90017 | 90018 | 90019 | 90020 | 90021 | 90022 | 90023 | 90024 | 90025 | 90026 | 90027 | 90028 | 90029 | 90030 | 90031 | 90032 | 90033 | 90034 | 90035 | 90036 | 90037 | 90038 | 90039 | 90040 | 90041 | 90100 | 90101 | 90102 | 90103 | 90104 | 90403 | 91000 | 91001 | 91002 | 91003 | 91004 | 91005 | 91006 | 91007 | 91100 | 91101 | 91102 | 91103 | 91104 | 91201 | 91202 | 91203 | 92001 | 92002 | 92003 | 92004 | 92005 | 92006 | 92007 | 92008 | 93101 | 93102 | 93103 | 93104 | 93105 | 94000 | 94001 | 94002 | 94200 | 94201 | 94300 | 94301 | 94302 | 94303 | 94304 | 94400 | 94401 | 94402 | 94500 | 94501 | 94600 | 94601 | 94602 | 94603 | 94604;
/**
 * Twilio codes as the provider sends them in text fields (`"30007"`).
 *
 * @deliveryCodes twilio
 */
export type TwilioErrorCodeString = `${TwilioErrorCode}`;
/** A handler per permanent Twilio failure; use with `satisfies` so a missing one fails to compile. */
export type TwilioErrorPermanentFailureHandlers<R = unknown> = PermanentFailureHandlers<PermanentTwilioErrorCode, TwilioErrorCode, R>;
/** Catalog metadata of every Twilio code. */
export declare const twilioTable: {
    readonly [K in TwilioErrorCode]: CodeEntry<K>;
};
/** Twilio: header and every entry, for tools that walk the catalog. */
export declare const twilioFamily: FamilyData;
/** Whether `value` is a Twilio code. */
export declare function isTwilioErrorCode(value: unknown): value is TwilioErrorCode;
/** Whether `value` is the code of a permanent Twilio failure. */
export declare function isPermanentTwilioErrorCode(value: unknown): value is PermanentTwilioErrorCode;
/** Whether `value` is a Twilio failure that may be sent again unchanged. */
export declare function isRetryableTwilioErrorCode(value: unknown): value is RetryableTwilioErrorCode;
/** Whether `value` is a Twilio code in its text form (`"30007"`). */
export declare function isTwilioErrorCodeString(value: unknown): value is TwilioErrorCodeString;
