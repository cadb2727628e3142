import type { CodeEntry, FamilyData, PermanentFailureHandlers } from "../codes/types.ts";
/**
 * Webex Connect codes by name. Status and error codes Webex Connect reports per messaging channel, from request validation to final delivery receipts.
 *
 * @deliveryCodes webex-connect
 */
export declare enum WebexConnectStatus {
    /**
     * 1001 (apple-messages): The message is queued for sending.
     *
     * Outcome: accepted.
     */
    AppleMessagesQueued = 1001,
    /**
     * 7000 (common): The request body could not be parsed as valid JSON.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    CommonInvalidJson = 7000,
    /**
     * 7000 (voice): The request body could not be parsed as valid JSON.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    VoiceInvalidJson = 7000,
    /**
     * 7000 (in-app): The input was not valid, including a Generic Template request whose body is not valid JSON.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    InAppInvalidInput = 7000,
    /**
     * 7000 (messenger): The input was not valid; the JSON is malformed.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    MessengerInvalidInput = 7000,
    /**
     * 7000 (instagram): The input was not valid; the JSON is malformed.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    InstagramInvalidInput = 7000,
    /**
     * 7000 (twitter-dm): The input was not valid; the JSON is malformed.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    TwitterDmInvalidInput = 7000,
    /**
     * 7000 (apple-messages): The input was not valid because the JSON is malformed.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    AppleMessagesInvalidJson = 7000,
    /**
     * 7000 (wechat): The input was not valid; the JSON is malformed.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WechatInvalidInput = 7000,
    /**
     * 7000 (rcs): The input was not valid JSON.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    RcsInvalidInput = 7000,
    /**
     * 7001 (common): The platform could not authenticate the request with the credentials supplied.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    CommonAuthenticationFailed = 7001,
    /**
     * 7001 (apple-messages): The platform could not authenticate the request with the credentials supplied.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    AppleMessagesAuthenticationFailed = 7001,
    /**
     * 7002 (common): The request did not carry the service key that identifies the sending service.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    CommonServiceKeyMissing = 7002,
    /**
     * 7002 (apple-messages): The request did not carry the service key that identifies the sending service.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    AppleMessagesServiceKeyMissing = 7002,
    /**
     * 7003 (common): One or more parameters the API requires were left out of the request.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    CommonMandatoryParametersMissing = 7003,
    /**
     * 7003 (voice): A required parameter is missing; the message names the parameter.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    VoiceMandatoryParameterMissing = 7003,
    /**
     * 7003 (in-app): A Generic Template or Quick Replies message lacks the mediaid parameter or an attachment matching its type.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    InAppAttachmentRequired = 7003,
    /**
     * 7003 (apple-messages): One or more required parameters were left out of the request.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    AppleMessagesMandatoryParametersMissing = 7003,
    /**
     * 7004 (common): A parameter in the request has a value or form the API does not accept.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    CommonInvalidParameters = 7004,
    /**
     * 7004 (sms): The send request contained a parameter or value that is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    SmsInvalidParameters = 7004,
    /**
     * 7004 (voice): A parameter has an unacceptable value; the message names the parameter.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    VoiceInvalidParameter = 7004,
    /**
     * 7004 (in-app): A template parameter is wrong: a Generic Template notification has no title or an empty one, or a Quick Replies attachment type is not image, location, file, video or audio.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    InAppInvalidParameter = 7004,
    /**
     * 7004 (apple-messages): A parameter in the request is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    AppleMessagesInvalidParameters = 7004,
    /**
     * 7005 (common): The request was no longer valid by the time the platform came to process it.
     *
     * Failure: unknown, retry after-fix, action fix-request (inferred).
     */
    CommonRequestExpired = 7005,
    /**
     * 7005 (voice): The request was no longer valid by the time the platform came to process it.
     *
     * Failure: unknown, retry after-fix, action fix-request (inferred).
     */
    VoiceRequestExpired = 7005,
    /**
     * 7006 (common): Something went wrong inside the platform while handling the request.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    CommonInternalError = 7006,
    /**
     * 7006 (sms): The gateway failed the message before passing it to the destination operator; the failure may be a passing one.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmsInternalServerError = 7006,
    /**
     * 7006 (in-app): The platform hit an internal server error.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    InAppInternalServerError = 7006,
    /**
     * 7006 (messenger): The platform hit an internal server error.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    MessengerInternalServerError = 7006,
    /**
     * 7006 (instagram): The platform hit an internal server error.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    InstagramInternalServerError = 7006,
    /**
     * 7006 (twitter-dm): The platform hit an internal server error.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    TwitterDmInternalServerError = 7006,
    /**
     * 7006 (apple-messages): The platform hit an internal server error.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    AppleMessagesInternalServerError = 7006,
    /**
     * 7006 (wechat): The platform hit an internal server error.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WechatInternalServerError = 7006,
    /**
     * 7006 (rcs): The platform hit an internal server error.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    RcsInternalServerError = 7006,
    /**
     * 7007 (common): The service the request addresses is not active on the account.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    CommonServiceInactive = 7007,
    /**
     * 7007 (apple-messages): The service the request addresses is not active.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    AppleMessagesServiceInactive = 7007,
    /**
     * 7009 (common): The request listed more destination addresses than the limit of 1000.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    CommonTooManyDestinations = 7009,
    /**
     * 7009 (voice): The request listed more destinations than allowed.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    VoiceTooManyDestinations = 7009,
    /**
     * 7009 (apple-messages): The request listed more destinations than allowed.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    AppleMessagesTooManyDestinations = 7009,
    /**
     * 7010 (in-app): The underlying service provider raised an exception.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    InAppServiceProviderException = 7010,
    /**
     * 7010 (messenger): Messenger, the underlying service provider, raised an exception.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    MessengerServiceProviderException = 7010,
    /**
     * 7010 (instagram): Instagram, the underlying service provider, raised an exception.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    InstagramServiceProviderException = 7010,
    /**
     * 7010 (twitter-dm): Twitter, the underlying service provider, raised an exception.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    TwitterDmServiceProviderException = 7010,
    /**
     * 7010 (apple-messages): Apple, the underlying service provider, raised an exception.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    AppleMessagesServiceProviderException = 7010,
    /**
     * 7010 (wechat): WeChat, the underlying service provider, raised an exception.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WechatServiceProviderException = 7010,
    /**
     * 7010 (whatsapp): WhatsApp, the underlying service provider, raised an exception.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WhatsappServiceProviderException = 7010,
    /**
     * 7010 (rcs): The underlying RCS provider raised an exception.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    RcsServiceProviderException = 7010,
    /**
     * 7011 (in-app): An unexpected exception occurred with no further detail.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    InAppUnknownException = 7011,
    /**
     * 7011 (messenger): An unexpected exception occurred with no further detail.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    MessengerUnknownException = 7011,
    /**
     * 7011 (instagram): An unexpected exception occurred with no further detail.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    InstagramUnknownException = 7011,
    /**
     * 7011 (twitter-dm): An unexpected exception occurred with no further detail.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    TwitterDmUnknownException = 7011,
    /**
     * 7011 (apple-messages): An unexpected exception occurred with no further detail.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    AppleMessagesUnknownException = 7011,
    /**
     * 7011 (wechat): An unexpected exception occurred with no further detail.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WechatUnknownException = 7011,
    /**
     * 7011 (whatsapp): An unexpected exception occurred with no further detail.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WhatsappUnknownException = 7011,
    /**
     * 7011 (rcs): An unexpected exception occurred with no further detail.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    RcsUnknownException = 7011,
    /**
     * 7016 (voice): An unexpected exception occurred with no further detail.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    VoiceUnknownException = 7016,
    /**
     * 7020 (common): The account has hit the highest number of transactions it is allowed.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    CommonTransactionLimitReached = 7020,
    /**
     * 7020 (voice): The account has hit the highest number of transactions it is allowed.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    VoiceTransactionLimitReached = 7020,
    /**
     * 7022 (voice): The JSON body is larger than permitted.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    VoiceJsonTooLarge = 7022,
    /**
     * 7026 (in-app): A Quick Replies request has JSON parameters larger than 4 KB.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    InAppJsonParameterTooLarge = 7026,
    /**
     * 7034 (in-app): A Generic Template has more than the 8 attachment elements allowed.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    InAppTooManyElements = 7034,
    /**
     * 7101 (sms): The sender ID is wrong for this request or is not authorised or set up at the destination operator.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    SmsInvalidSenderId = 7101,
    /**
     * 7101 (voice): The caller ID used as sender is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    VoiceInvalidSenderId = 7101,
    /**
     * 7102 (sms): The destination number is not a valid address.
     *
     * Failure: permanent, retry never, action verify-recipient (inferred).
     */
    SmsInvalidAddress = 7102,
    /**
     * 7102 (voice): The number to call is not a valid destination.
     *
     * Failure: permanent, retry never, action verify-recipient (inferred).
     */
    VoiceInvalidDestination = 7102,
    /**
     * 7104 (common): The app identifier in the request is not recognised.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    CommonInvalidAppId = 7104,
    /**
     * 7104 (voice): The app identifier in the request is not recognised.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    VoiceInvalidAppId = 7104,
    /**
     * 7107 (voice): The message is longer than the allowed length.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    VoiceMessageTooLong = 7107,
    /**
     * 7108 (voice): The template identifier given does not match a usable template.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    VoiceInvalidTemplateId = 7108,
    /**
     * 7109 (sms): The recipient is on a Do Not Disturb register.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    SmsUserInDnd = 7109,
    /**
     * 7111 (sms): The operator blocked the sender at network level for breaking carrier rules on sending volume or content.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    SmsSpamContentDetected = 7111,
    /**
     * 7126 (voice): The content type of the request is not supported.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    VoiceInvalidContentType = 7126,
    /**
     * 7127 (voice): The request came from an IP address that is not on the allow list.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    VoiceSourceIpNotWhitelisted = 7127,
    /**
     * 7144 (mms): Sending to the recipient's country code is not supported.
     *
     * Failure: permanent, retry after-fix, action contact-provider (inferred).
     */
    MmsCountryNotSupported = 7144,
    /**
     * 7145 (mms): The text of a slide message is over the maximum size.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MmsSlideMessageTextTooLarge = 7145,
    /**
     * 7146 (mms): The message has more slides than the maximum.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MmsMaxSlidesExceeded = 7146,
    /**
     * 7147 (mms): The quota of the route used was used up.
     *
     * Failure: transient, retry safe, action wait (inferred).
     */
    MmsRouteQuotaExceeded = 7147,
    /**
     * 7148 (mms): An attachment is of a type that is not accepted.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MmsInvalidAttachmentType = 7148,
    /**
     * 7150 (mms): The subject is over the maximum text size.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MmsSubjectTooLong = 7150,
    /**
     * 7200 (common): The platform has no definite delivery state for the message.
     *
     * Outcome: unknown.
     */
    CommonUnknownStatus = 7200,
    /**
     * 7201 (sms): The operator received the message but turned it away for a network-side reason such as a temporary failure.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmsOperatorDeliveryFailed = 7201,
    /**
     * 7202 (sms): Delivery failed inside the platform itself, with no further reason given.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    SmsPlatformDeliveryFailed = 7202,
    /**
     * 7203 (sms): The destination network does not know the number, for example because the subscription ended, the number was ported away, or service blocks stop delivery.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    SmsUnknownSubscriber = 7203,
    /**
     * 7204 (sms): The recipient is a prepaid subscriber whose SIM has run out of credit and cannot take messages for now.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    SmsSubscriberNoCredit = 7204,
    /**
     * 7205 (sms): The binary message was faulty.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    SmsBinaryMessageError = 7205,
    /**
     * 7206 (sms): The recipient's SIM has no room left for new messages.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    SmsSimFull = 7206,
    /**
     * 7207 (sms): The recipient's handset is out of coverage or cannot be reached.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    SmsOutOfCoverage = 7207,
    /**
     * 7208 (sms): The message ran out of its delivery time before the handset accepted it, typically because the handset was switched off or its memory was full.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    SmsMessageExpired = 7208,
    /**
     * 7209 (sms): At least one part of a multi-part or specially encoded message came back undelivered; every part carries this code and the real cause is not disclosed.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    SmsMultipartFailed = 7209,
    /**
     * 7210 (sms): The billing set-up for the message is faulty.
     *
     * Failure: permanent, retry after-fix, action contact-provider (inferred).
     */
    SmsBillingConfigurationError = 7210,
    /**
     * 7211 (sms): The network operator refused delivery because of a billing problem.
     *
     * Failure: unknown, retry after-fix, action contact-provider (inferred).
     */
    SmsOperatorBillingError = 7211,
    /**
     * 7212 (mms): The request is not valid; it must be a GET, POST or XML request carrying every required variable.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    MmsInvalidRequest = 7212,
    /**
     * 7213 (mms): The user could not be authenticated.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    MmsUserAuthenticationFailed = 7213,
    /**
     * 7214 (mms): The account has no rights to use the API.
     *
     * Failure: permanent, retry after-fix, action contact-provider (inferred).
     */
    MmsNoApiRights = 7214,
    /**
     * 7215 (mms): The API may only be called once every so many seconds, and the call came too soon.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    MmsCallIntervalTooShort = 7215,
    /**
     * 7216 (mms): The account has no rights to use this action.
     *
     * Failure: permanent, retry after-fix, action contact-provider (inferred).
     */
    MmsActionNotPermitted = 7216,
    /**
     * 7217 (mms): The XML could not be parsed; the message includes the parser error.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    MmsXmlParseError = 7217,
    /**
     * 7218 (mms): The API has not been activated for the account.
     *
     * Failure: permanent, retry after-fix, action contact-provider (inferred).
     */
    MmsApiNotActivated = 7218,
    /**
     * 7219 (mms): The receiver's number is not valid.
     *
     * Failure: permanent, retry never, action verify-recipient (inferred).
     */
    MmsInvalidReceiverNumber = 7219,
    /**
     * 7220 (mms): The short code is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    MmsInvalidShortCode = 7220,
    /**
     * 7221 (mms): The API call came from an IP address that is not on the allow list and was refused.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    MmsIpNotWhitelisted = 7221,
    /**
     * 7222 (mms): The call went over the throughput set for this API action and was refused.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    MmsThroughputExceeded = 7222,
    /**
     * 7223 (mms): The phone number is on a blacklist, so the API call was refused.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    MmsNumberBlacklisted = 7223,
    /**
     * 7224 (mms): The account has used up its allowance of API requests.
     *
     * Failure: transient, retry safe, action wait (inferred).
     */
    MmsApiRequestLimitReached = 7224,
    /**
     * 7225 (mms): A slide holds more than one object, which is not allowed.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MmsMultipleObjectsInSlide = 7225,
    /**
     * 7226 (mms): A slide mixes audio, video or an image with an object, which is not allowed.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MmsMediaWithObjectInSlide = 7226,
    /**
     * 7227 (mms): The message has too many slides.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MmsTooManySlides = 7227,
    /**
     * 7228 (mms): A slide holds both audio and video, which is not allowed.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MmsAudioWithVideoInSlide = 7228,
    /**
     * 7229 (mms): A slide holds both video and an image, which is not allowed.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MmsVideoWithImageInSlide = 7229,
    /**
     * 7230 (mms): The text is over the character limit.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MmsTextOverCharacterLimit = 7230,
    /**
     * 7231 (mms): The content is not permitted.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MmsContentNotAllowed = 7231,
    /**
     * 7232 (mms): A slide has a duration that is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MmsBadSlideDuration = 7232,
    /**
     * 7233 (mms): The content referred to does not exist.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    MmsContentNotFound = 7233,
    /**
     * 7234 (mms): A name must be given.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    MmsNameRequired = 7234,
    /**
     * 7235 (mms): The message has no slides.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MmsNoSlides = 7235,
    /**
     * 7236 (mms): One of the slides has nothing in it.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MmsSlideEmpty = 7236,
    /**
     * 7237 (mms): The image in one of the slides is too big.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MmsSlideImageTooBig = 7237,
    /**
     * 7238 (mms): The audio in one of the slides is too big.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MmsSlideAudioTooBig = 7238,
    /**
     * 7239 (mms): The video in one of the slides is too big.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MmsSlideVideoTooBig = 7239,
    /**
     * 7240 (email): The address is on the bounce blacklist because mail to it has bounced before.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    EmailBounceBlacklisted = 7240,
    /**
     * 7241 (email): The address is on the Webex Connect unsubscribe list.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    EmailUnsubscribed = 7241,
    /**
     * 7242 (mms): The text in one of the slides is too long.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MmsSlideTextTooLong = 7242,
    /**
     * 7243 (mms): The vCard in one of the slides is too big.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MmsSlideVcardTooBig = 7243,
    /**
     * 7244 (mms): The iCal file in one of the slides is too big.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MmsSlideIcalTooBig = 7244,
    /**
     * 7245 (mms): The PDF in one of the slides is too big.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MmsSlidePdfTooBig = 7245,
    /**
     * 7246 (mms): The Passbook file in one of the slides is too big.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MmsSlidePassbookTooBig = 7246,
    /**
     * 7247 (mms): The image file in one of the slides is damaged.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MmsSlideImageCorrupted = 7247,
    /**
     * 7248 (mms): The image for one of the slides could not be copied.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    MmsSlideImageCopyFailed = 7248,
    /**
     * 7249 (mms): The audio for one of the slides could not be copied.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    MmsSlideAudioCopyFailed = 7249,
    /**
     * 7250 (mms): The video for one of the slides could not be copied.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    MmsSlideVideoCopyFailed = 7250,
    /**
     * 7251 (mms): The vCard for one of the slides could not be copied.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    MmsSlideVcardCopyFailed = 7251,
    /**
     * 7252 (mms): The iCal file for one of the slides could not be copied.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    MmsSlideIcalCopyFailed = 7252,
    /**
     * 7253 (mms): The PDF for one of the slides could not be copied.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    MmsSlidePdfCopyFailed = 7253,
    /**
     * 7254 (mms): The Passbook file for one of the slides could not be copied.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    MmsSlidePassbookCopyFailed = 7254,
    /**
     * 7255 (mms): The MMS service hit an internal error.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    MmsInternalError = 7255,
    /**
     * 7256 (mms): The mmslink_expiration_date value is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    MmsInvalidLinkExpirationDate = 7256,
    /**
     * 7257 (mms): The lookup of the recipient's carrier failed; the request should be tried again.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    MmsCarrierLookupFailed = 7257,
    /**
     * 7258 (mms): The carrier has not been provisioned.
     *
     * Failure: permanent, retry after-fix, action contact-provider (inferred).
     */
    MmsCarrierNotProvisioned = 7258,
    /**
     * 7259 (mms): The fallbacksmstext value must be given.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    MmsFallbackSmsTextRequired = 7259,
    /**
     * 7260 (mms): The serviceid is missing or not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    MmsInvalidServiceId = 7260,
    /**
     * 7261 (mms): The recipient's operator is not supported.
     *
     * Failure: permanent, retry after-fix, action contact-provider (inferred).
     */
    MmsOperatorNotSupported = 7261,
    /**
     * 7262 (mms): The content type is not recognised.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MmsUnrecognizedContentType = 7262,
    /**
     * 7263 (mms): The operator id value must be given.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    MmsOperatorIdRequired = 7263,
    /**
     * 7264 (mms): The number has not subscribed to this campaign.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    MmsNumberNotSubscribedToCampaign = 7264,
    /**
     * 7265 (mms): The campaignref value must be given.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    MmsCampaignRefRequired = 7265,
    /**
     * 7266 (mms): The campaignref value is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    MmsInvalidCampaignRef = 7266,
    /**
     * 7267 (mms): The message failed at the vendor, with no further reason given.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    MmsVendorFailure = 7267,
    /**
     * 7268 (mms): The vendor rejected the message or does not support it.
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    MmsRejectedByVendor = 7268,
    /**
     * 7269 (mms): API access is blocked for the account; the state of the account, or of its master account, needs checking.
     *
     * Failure: permanent, retry after-fix, action contact-provider (inferred).
     */
    MmsApiAccessBlocked = 7269,
    /**
     * 7270 (mms): The operator let the message's delivery time run out.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    MmsExpiredByOperator = 7270,
    /**
     * 7271 (mms): The application let the message's delivery time run out.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    MmsExpiredByApplication = 7271,
    /**
     * 7280 (sms): The network operator dropped the message for technical reasons tied to network performance.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    SmsMessageDeletedByOperator = 7280,
    /**
     * 7281 (sms): The sending number is not tied to an approved 10DLC brand and campaign in the campaign registry, so the operator blocks it.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    SmsCampaignNotRegistered = 7281,
    /**
     * 7282 (sms): No valid route exists for the message.
     *
     * Failure: permanent, retry after-fix, action contact-provider (inferred).
     */
    SmsInvalidRoute = 7282,
    /**
     * 7283 (sms): The destination operator is not valid or the number is a landline.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    SmsInvalidOperatorOrLandline = 7283,
    /**
     * 7284 (sms): The duplicate guard stopped the message as a repeat of one already sent.
     *
     * Failure: permanent, retry never, action investigate (inferred).
     */
    SmsDuplicateMessage = 7284,
    /**
     * 7301 (in-app): The message expired before it could be delivered.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    InAppMessageExpired = 7301,
    /**
     * 7301 (messenger): The message expired before it could be delivered.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    MessengerMessageExpired = 7301,
    /**
     * 7301 (instagram): The message expired before it could be delivered.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    InstagramMessageExpired = 7301,
    /**
     * 7301 (twitter-dm): The message expired before it could be delivered.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    TwitterDmMessageExpired = 7301,
    /**
     * 7301 (apple-messages): The message expired before it could be delivered.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    AppleMessagesMessageExpired = 7301,
    /**
     * 7301 (wechat): The message expired before it could be delivered.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WechatMessageExpired = 7301,
    /**
     * 7301 (rcs): The message expired before it could be delivered.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    RcsMessageExpired = 7301,
    /**
     * 7302 (sms): The sender ID went over its authorised messages-per-second limit, such as the throughput tied to its 10DLC campaign.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    SmsRateLimitExceeded = 7302,
    /**
     * 7302 (instagram): Too many messages were sent in too short a time.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    InstagramRateLimitExceeded = 7302,
    /**
     * 7302 (twitter-dm): Too many messages were sent in too short a time.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    TwitterDmRateLimitExceeded = 7302,
    /**
     * 7303 (messenger): The Messenger endpoint could not be reached.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    MessengerEndpointNotReachable = 7303,
    /**
     * 7303 (instagram): The wait for the message's delivery notification timed out, so its delivery state is not known.
     *
     * Outcome: unknown.
     */
    InstagramDeliveryNotificationExpired = 7303,
    /**
     * 7304 (in-app): The app credentials (OAuth) are not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    InAppInvalidAppCredentials = 7304,
    /**
     * 7304 (instagram): The app credentials (OAuth) are not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    InstagramInvalidAppCredentials = 7304,
    /**
     * 7304 (twitter-dm): The app credentials (OAuth) are not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    TwitterDmInvalidAppCredentials = 7304,
    /**
     * 7305 (in-app): The user credentials are not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    InAppInvalidUserCredentials = 7305,
    /**
     * 7305 (instagram): The user credentials are not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    InstagramInvalidUserCredentials = 7305,
    /**
     * 7306 (instagram): The message was refused as a duplicate of one already sent.
     *
     * Failure: permanent, retry never, action investigate (inferred).
     */
    InstagramDuplicateMessage = 7306,
    /**
     * 7306 (twitter-dm): Twitter refused the message as a duplicate of one already sent.
     *
     * Failure: permanent, retry never, action investigate (inferred).
     */
    TwitterDmDuplicateMessage = 7306,
    /**
     * 7307 (in-app): The target endpoint could not be reached.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    InAppEndpointNotReachable = 7307,
    /**
     * 7307 (instagram): The Instagram endpoint could not be reached.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    InstagramEndpointNotReachable = 7307,
    /**
     * 7307 (twitter-dm): The Twitter endpoint could not be reached.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    TwitterDmEndpointNotReachable = 7307,
    /**
     * 7307 (apple-messages): The Apple endpoint could not be reached.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    AppleMessagesEndpointNotReachable = 7307,
    /**
     * 7307 (wechat): The WeChat endpoint could not be reached.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WechatEndpointNotReachable = 7307,
    /**
     * 7307 (rcs): The RCS endpoint could not be reached.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    RcsEndpointNotReachable = 7307,
    /**
     * 7308 (in-app): The topic named in the request is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    InAppInvalidTopic = 7308,
    /**
     * 7309 (in-app): The topic has no subscribers to deliver to.
     *
     * Failure: permanent, retry never, action verify-recipient (inferred).
     */
    InAppNoTopicSubscribers = 7309,
    /**
     * 7310 (in-app): The segment named in the request does not exist.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    InAppNoSegmentFound = 7310,
    /**
     * 7311 (in-app): The request must name a thread or a stream.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    InAppThreadOrStreamRequired = 7311,
    /**
     * 7312 (in-app): The thread identifier is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    InAppInvalidThreadId = 7312,
    /**
     * 7313 (messenger): The user has not sent the page a message, so a message cannot be sent to them this way.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    MessengerNoInboundMessage = 7313,
    /**
     * 7313 (instagram): The user has not sent a message first, so a message cannot be sent to them this way.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    InstagramNoInboundMessage = 7313,
    /**
     * 7316 (apple-messages): The application details configured for the channel are not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    AppleMessagesInvalidApplicationDetails = 7316,
    /**
     * 7317 (apple-messages): The merchant API session could not be set up.
     *
     * Failure: unknown, retry after-fix, action fix-configuration (inferred).
     */
    AppleMessagesMerchantSessionFailed = 7317,
    /**
     * 7318 (rcs): The request was bad in a way not covered by a more specific code.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    RcsBadRequest = 7318,
    /**
     * 7319 (rcs): Something the request refers to was not found.
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    RcsNotFound = 7319,
    /**
     * 7320 (rcs): The request body is not valid JSON.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    RcsInvalidJson = 7320,
    /**
     * 7321 (rcs): The JSON is well formed but its content is wrong, such as a bad field or an invalid phone number.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    RcsInvalidJsonContent = 7321,
    /**
     * 7322 (rcs): No provider is set up for the chatbot.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    RcsProviderNotConfigured = 7322,
    /**
     * 7323 (rcs): No carrier could be found for the recipient.
     *
     * Failure: permanent, retry never, action verify-recipient (inferred).
     */
    RcsCarrierNotFound = 7323,
    /**
     * 7324 (rcs): The messages-per-second ceiling was reached.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    RcsMaxTpsReached = 7324,
    /**
     * 7325 (rcs): The request was not authorised.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    RcsUnauthorized = 7325,
    /**
     * 7326 (rcs): An internal system failed while handling the message.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    RcsInternalSystemError = 7326,
    /**
     * 7327 (rcs): An external system failed while handling the message.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    RcsExternalSystemError = 7327,
    /**
     * 7328 (rcs): The platform passes on whatever error detail it has, with no fixed meaning for the code.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    RcsPassThroughError = 7328,
    /**
     * 7329 (rcs): The lookup of the recipient's carrier failed.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    RcsCarrierLookupFailed = 7329,
    /**
     * 7330 (rcs): The MaaP returned an error whose details are included.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    RcsMaapError = 7330,
    /**
     * 7331 (rcs): The MaaP rate-limited the message and the retries ran out.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    RcsMaapRateLimitRetriesExpired = 7331,
    /**
     * 7334 (rcs): The MaaP sent back a delivery notification (IMDN) reporting failure.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    RcsMaapFailureImdn = 7334,
    /**
     * 7500 (sms): The operator confirmed that the handset received the message.
     *
     * Outcome: delivered.
     */
    SmsDelivered = 7500,
    /**
     * 7500 (push): The push notification reached the device.
     *
     * Outcome: delivered.
     */
    PushDelivered = 7500,
    /**
     * 7500 (in-app): The message reached the app on the user's device.
     *
     * Outcome: delivered.
     */
    InAppDelivered = 7500,
    /**
     * 7500 (email): The e-mail was delivered.
     *
     * Outcome: delivered.
     */
    EmailDelivered = 7500,
    /**
     * 7500 (messenger): The message reached the user.
     *
     * Outcome: delivered.
     */
    MessengerDelivered = 7500,
    /**
     * 7500 (google-business-messages): The message reached the user.
     *
     * Outcome: delivered.
     */
    GbmDelivered = 7500,
    /**
     * 7500 (instagram): The message reached the user.
     *
     * Outcome: delivered.
     */
    InstagramDelivered = 7500,
    /**
     * 7500 (whatsapp): The message reached the destination WhatsApp number.
     *
     * Outcome: delivered.
     */
    WhatsappDelivered = 7500,
    /**
     * 7500 (rcs): The message reached the user.
     *
     * Outcome: delivered.
     */
    RcsDelivered = 7500,
    /**
     * 7501 (sms): The message was handed to the network provider and is waiting for a final delivery report.
     *
     * Outcome: accepted.
     */
    SmsSubmitted = 7501,
    /**
     * 7501 (push): The push was passed to the push service (APNS, FCM or HMS) for delivery.
     *
     * Outcome: accepted.
     */
    PushSubmitted = 7501,
    /**
     * 7501 (in-app): The message was accepted for delivery.
     *
     * Outcome: accepted.
     */
    InAppSubmitted = 7501,
    /**
     * 7501 (email): The e-mail was passed to the sending gateway.
     *
     * Outcome: accepted.
     */
    EmailSubmitted = 7501,
    /**
     * 7501 (messenger): The message was handed to Messenger for delivery.
     *
     * Outcome: accepted.
     */
    MessengerSubmitted = 7501,
    /**
     * 7501 (google-business-messages): The message was handed to Google for delivery.
     *
     * Outcome: accepted.
     */
    GbmSubmitted = 7501,
    /**
     * 7501 (instagram): The message was handed to Instagram for delivery.
     *
     * Outcome: accepted.
     */
    InstagramSubmitted = 7501,
    /**
     * 7501 (twitter-dm): The message was handed to Twitter for delivery.
     *
     * Outcome: accepted.
     */
    TwitterDmSubmitted = 7501,
    /**
     * 7501 (apple-messages): The message was handed to Apple for delivery.
     *
     * Outcome: accepted.
     */
    AppleMessagesSubmitted = 7501,
    /**
     * 7501 (wechat): The message was handed to WeChat for delivery.
     *
     * Outcome: accepted.
     */
    WechatSubmitted = 7501,
    /**
     * 7501 (whatsapp): The message was handed to WhatsApp for delivery.
     *
     * Outcome: accepted.
     */
    WhatsappSubmitted = 7501,
    /**
     * 7501 (rcs): The message was handed on for delivery.
     *
     * Outcome: accepted.
     */
    RcsSubmitted = 7501,
    /**
     * 7502 (push): The user acted on the push on the device; dismissing it does not produce this status.
     *
     * Outcome: read.
     */
    PushRead = 7502,
    /**
     * 7502 (in-app): The user read the message.
     *
     * Outcome: read.
     */
    InAppRead = 7502,
    /**
     * 7502 (messenger): The user read the message.
     *
     * Outcome: read.
     */
    MessengerRead = 7502,
    /**
     * 7502 (google-business-messages): The user read the message.
     *
     * Outcome: read.
     */
    GbmRead = 7502,
    /**
     * 7502 (instagram): The user read the message.
     *
     * Outcome: read.
     */
    InstagramRead = 7502,
    /**
     * 7502 (whatsapp): The recipient read the message.
     *
     * Outcome: read.
     */
    WhatsappRead = 7502,
    /**
     * 7502 (rcs): The user read the message.
     *
     * Outcome: read.
     */
    RcsRead = 7502,
    /**
     * 7503 (push): The message expired before any delivery attempt was made.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    PushExpiredBeforeDelivery = 7503,
    /**
     * 7504 (push): Authentication with the push service failed.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    PushAuthenticationError = 7504,
    /**
     * 7505 (push): The Android payload is over the 4 KB limit.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    PushPayloadTooLargeAndroid = 7505,
    /**
     * 7506 (push): The time-to-live value given for Android is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    PushInvalidTtlAndroid = 7506,
    /**
     * 7507 (push): Too many requests arrived for the same app.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    PushTooManyRequestsForApp = 7507,
    /**
     * 7508 (push): The Google Cloud Messaging server reported an error.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    PushGcmServerError = 7508,
    /**
     * 7509 (push): Too many requests arrived for the same customer at once.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    PushTooManyConcurrentRequestsForCustomer = 7509,
    /**
     * 7510 (push): The iOS payload is over the 4 KB limit.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    PushPayloadTooLargeIos = 7510,
    /**
     * 7511 (push): The time-to-live value given for iOS is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    PushInvalidTtlIos = 7511,
    /**
     * 7512 (push): The push identifier of the target is not valid.
     *
     * Failure: permanent, retry never, action verify-recipient (inferred).
     */
    PushInvalidPushId = 7512,
    /**
     * 7513 (sms): The destination device is not registered.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    SmsUnregisteredDevice = 7513,
    /**
     * 7513 (push): The target device is not registered for push.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    PushUnregisteredDevice = 7513,
    /**
     * 7514 (push): The APNS certificate does not match the gateway it was used against.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    PushWrongApnsCertificateGateway = 7514,
    /**
     * 7515 (push): The APNS certificate is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    PushBadApnsCertificate = 7515,
    /**
     * 7516 (push): Too many requests were sent to the same device.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    PushTooManyRequestsForDevice = 7516,
    /**
     * 7517 (push): The APNS server reported an error.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    PushApnsServerError = 7517,
    /**
     * 7518 (sms): An error occurred that the platform could not identify.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    SmsUnknownError = 7518,
    /**
     * 7518 (push): An error occurred that the platform could not identify.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    PushUnknownError = 7518,
    /**
     * 7519 (voice): The recipient picked up the call.
     *
     * Outcome: delivered.
     */
    VoiceCallAnswered = 7519,
    /**
     * 7520 (email): The e-mail bounced; the Amazon SES bounce type (undetermined, permanent or transient, with sub-types) tells why.
     *
     * Failure: unknown, retry after-fix, action investigate (documented).
     */
    EmailBounce = 7520,
    /**
     * 7521 (email): The recipient side reported a complaint about the e-mail, such as abuse, fraud, an authentication failure or a virus.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    EmailComplaint = 7521,
    /**
     * 7522 (email): The account is in sandbox mode and the destination address has not been verified.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    EmailAddressNotVerified = 7522,
    /**
     * 7523 (email): The destination address is not a well-formed e-mail address with a local part, an @ and a dotted domain.
     *
     * Failure: permanent, retry never, action verify-recipient (inferred).
     */
    EmailInvalidAddress = 7523,
    /**
     * 7524 (email): The address is over the length limits: 64 characters before the @, 255 for the domain, 320 in total.
     *
     * Failure: permanent, retry never, action verify-recipient (inferred).
     */
    EmailAddressTooLong = 7524,
    /**
     * 7526 (messenger): Subscription messaging permission is not turned on, or the request carried a tag that is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    MessengerSubscriptionPermissionOrTag = 7526,
    /**
     * 7526 (instagram): Subscription messaging permission is not turned on, or the request carried a tag that is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    InstagramSubscriptionPermissionOrTag = 7526,
    /**
     * 7535 (email): The whole e-mail including attachments is bigger than allowed, 40 MB for clients after version 5.63.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    EmailAttachmentTooLarge = 7535,
    /**
     * 7536 (email): The e-mail template could not be fetched because parsing it raised an exception.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    EmailTemplateFetchFailed = 7536,
    /**
     * 7537 (push): Only part of the tokens were sent; the ones listed as illegal_token failed.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    PushSomeTokensFailed = 7537,
    /**
     * 7538 (push): Some of the token parameters are wrong.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    PushIncorrectTokenParameters = 7538,
    /**
     * 7539 (push): A synchronisation message must go to exactly one token.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    PushSyncMessageNeedsOneToken = 7539,
    /**
     * 7540 (push): The message is not structured correctly.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    PushIncorrectMessageStructure = 7540,
    /**
     * 7541 (push): The message's expiration time lies before the current time.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    PushExpiryInPast = 7541,
    /**
     * 7542 (push): The collapse_key field of the message is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    PushInvalidCollapseKey = 7542,
    /**
     * 7543 (push): The message was refused because it contains sensitive information.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    PushSensitiveContent = 7543,
    /**
     * 7544 (push): OAuth authentication with the push service failed.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    PushOAuthError = 7544,
    /**
     * 7545 (push): The OAuth token used for the push service has expired.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    PushOAuthTokenExpired = 7545,
    /**
     * 7546 (push): The app is not permitted to send push messages.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    PushNoSendPermission = 7546,
    /**
     * 7547 (push): None of the tokens in the request is valid.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    PushAllTokensInvalid = 7547,
    /**
     * 7548 (push): The message body is bigger than the default size limit.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    PushBodyTooLarge = 7548,
    /**
     * 7549 (push): The message body lists more tokens than the default limit.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    PushTooManyTokens = 7549,
    /**
     * 7550 (push): The sender lacks permission to send high-priority notifications.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    PushHighPriorityNotAllowed = 7550,
    /**
     * 7551 (push): The push service hit an internal error.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    PushSystemInternalError = 7551,
    /**
     * 7553 (email): Authentication against the SMTP server failed.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    EmailSmtpAuthFailed = 7553,
    /**
     * 7554 (email): Sending over SMTP failed, with no further reason given.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    EmailSmtpFailure = 7554,
    /**
     * 7601 (wechat): WeChat could not verify the request.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WechatVerificationFailed = 7601,
    /**
     * 7602 (wechat): The WeChat user ID of the recipient is not valid.
     *
     * Failure: permanent, retry never, action verify-recipient (inferred).
     */
    WechatInvalidUserId = 7602,
    /**
     * 7603 (wechat): The media file is of a type WeChat does not accept.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WechatInvalidMediaFileType = 7603,
    /**
     * 7604 (wechat): The file is of a type that is not accepted.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WechatInvalidFileType = 7604,
    /**
     * 7605 (wechat): The file size is outside the allowed limits.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WechatInvalidFileSize = 7605,
    /**
     * 7606 (wechat): The media file ID does not refer to a valid file.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WechatInvalidMediaFileId = 7606,
    /**
     * 7607 (sms): The operator does not accept this kind of message, for example binary or Unicode.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    SmsInvalidMessageType = 7607,
    /**
     * 7607 (wechat): The message type is not one WeChat accepts.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WechatInvalidMessageType = 7607,
    /**
     * 7608 (wechat): The image file size is outside the allowed limits.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WechatInvalidImageFileSize = 7608,
    /**
     * 7609 (wechat): The audio file size is outside the allowed limits.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WechatInvalidAudioFileSize = 7609,
    /**
     * 7610 (wechat): The video file size is outside the allowed limits.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WechatInvalidVideoFileSize = 7610,
    /**
     * 7611 (wechat): The thumbnail file size is outside the allowed limits.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WechatInvalidThumbnailFileSize = 7611,
    /**
     * 7612 (wechat): The WeChat App ID is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WechatInvalidAppId = 7612,
    /**
     * 7613 (wechat): The access token is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WechatInvalidAccessToken = 7613,
    /**
     * 7614 (wechat): The OAuth code is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WechatInvalidOAuthCode = 7614,
    /**
     * 7615 (wechat): The refresh token is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WechatInvalidRefreshToken = 7615,
    /**
     * 7616 (wechat): The list of OpenIDs is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WechatInvalidOpenIdList = 7616,
    /**
     * 7617 (wechat): The list of OpenIDs has a length that is not allowed.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WechatInvalidOpenIdListLength = 7617,
    /**
     * 7618 (wechat): The request contains a character that may not be used.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WechatInvalidRequestCharacters = 7618,
    /**
     * 7619 (wechat): A parameter in the request is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WechatInvalidParameters = 7619,
    /**
     * 7620 (wechat): The request is not in a valid format.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WechatInvalidRequestFormat = 7620,
    /**
     * 7621 (wechat): A URL in the request has a length that is not allowed.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WechatInvalidUrlLength = 7621,
    /**
     * 7622 (wechat): The access token parameter is missing.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WechatMissingAccessToken = 7622,
    /**
     * 7623 (wechat): The appid parameter is missing.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WechatMissingAppId = 7623,
    /**
     * 7624 (wechat): The refresh token parameter is missing.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WechatMissingRefreshToken = 7624,
    /**
     * 7625 (wechat): The secret parameter is missing.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WechatMissingSecret = 7625,
    /**
     * 7626 (wechat): The data of the multimedia file is missing.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WechatMultimediaDataMissing = 7626,
    /**
     * 7627 (wechat): The media id parameter is missing.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WechatMissingMediaId = 7627,
    /**
     * 7628 (wechat): The recipient does not follow the account yet.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    WechatNotFollower7628 = 7628,
    /**
     * 7629 (wechat): The recipient does not follow the account yet.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    WechatNotFollower7629 = 7629,
    /**
     * 7630 (wechat): The rich media message has no content.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WechatRichMediaEmpty = 7630,
    /**
     * 7631 (wechat): The text message has no content.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WechatTextEmpty = 7631,
    /**
     * 7632 (wechat): The error comes from the size of the multimedia file.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WechatMultimediaFileSizeError = 7632,
    /**
     * 7633 (wechat): The message content is too long.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WechatContentTooLong = 7633,
    /**
     * 7634 (wechat): The title is too long.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WechatTitleTooLong = 7634,
    /**
     * 7635 (wechat): The description is too long.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WechatDescriptionTooLong = 7635,
    /**
     * 7636 (wechat): The URL is too long.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WechatUrlTooLong = 7636,
    /**
     * 7637 (wechat): The image URL is too long.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WechatImageUrlTooLong = 7637,
    /**
     * 7638 (wechat): The audio plays for longer than allowed.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WechatAudioTooLong = 7638,
    /**
     * 7639 (wechat): The rich media message holds more items than allowed.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WechatTooManyRichMediaItems = 7639,
    /**
     * 7640 (wechat): The error comes from the call to the WeChat interface, with no further detail.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WechatInterfaceCallError = 7640,
    /**
     * 7641 (wechat): More messages were sent than the allowed number.
     *
     * Failure: transient, retry safe, action wait (inferred).
     */
    WechatMessageQuotaExceeded = 7641,
    /**
     * 7642 (wechat): The user does not exist.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    WechatUserNotFound = 7642,
    /**
     * 7643 (wechat): The image file is of a type that is not accepted.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WechatInvalidImageFileType = 7643,
    /**
     * 7701 (whatsapp): WhatsApp could not download the media supplied by the sender.
     *
     * Failure: unknown, retry after-fix, action fix-content (inferred).
     */
    WhatsappMediaDownloadError = 7701,
    /**
     * 7703 (in-app): A Generic Template element has more than the 3 buttons allowed.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    InAppTooManyButtons = 7703,
    /**
     * 7704 (in-app): Identifiers in a Generic Template or Quick Replies message repeat, which is not allowed.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    InAppDuplicateIdentifiers = 7704,
    /**
     * 7704 (whatsapp): The message was dropped because it stayed pending for too long.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WhatsappMessagePendingTooLong = 7704,
    /**
     * 7705 (whatsapp): The message could not be sent within its time-to-live.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WhatsappMessageExpired = 7705,
    /**
     * 7706 (in-app): The message carries more than the 5 quick replies allowed.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    InAppTooManyQuickReplies = 7706,
    /**
     * 7706 (whatsapp): Too many messages went out from this phone number in a short time; the failed ones may be sent again.
     *
     * Failure: transient, retry safe, action reduce-rate (documented).
     */
    WhatsappRateLimitHit = 7706,
    /**
     * 7708 (in-app): A Generic Template element has more than the 5 image URLs allowed.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    InAppTooManyImageUrls = 7708,
    /**
     * 7710 (whatsapp): More than 24 hours have passed since the customer last replied, so only a message template may be sent.
     *
     * Failure: permanent, retry after-fix, action use-template (documented).
     */
    WhatsappReEngagementRequired = 7710,
    /**
     * 7711 (whatsapp): The phone number is limited in how many messages it may send, possibly because earlier messages were blocked or reported as spam.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    WhatsappSpamRateLimitHit = 7711,
    /**
     * 7714 (whatsapp): The message is longer than 4096 characters.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WhatsappMessageTooLong = 7714,
    /**
     * 7715 (whatsapp): The recipient type given in the request is not one WhatsApp accepts.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WhatsappInvalidRecipientType = 7715,
    /**
     * 7720 (sms): The recipient has blocked messages from reaching them.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    SmsRecipientBlocked = 7720,
    /**
     * 7721 (whatsapp): A required parameter is missing.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WhatsappRequiredParameterMissing = 7721,
    /**
     * 7722 (apple-messages): A parameter has a value that is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    AppleMessagesInvalidParameterValue = 7722,
    /**
     * 7722 (whatsapp): A parameter value is of the wrong type or otherwise unacceptable, for example a namespace that does not belong to the WhatsApp Business Account.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WhatsappInvalidParameterValue = 7722,
    /**
     * 7726 (whatsapp): The recipient is not a valid WhatsApp user.
     *
     * Failure: permanent, retry never, action verify-recipient (inferred).
     */
    WhatsappInvalidUser = 7726,
    /**
     * 7736 (whatsapp): WhatsApp returned a generic error with no specific cause.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WhatsappGenericError = 7736,
    /**
     * 7738 (apple-messages): The media could not be uploaded.
     *
     * Failure: unknown, retry safe, action retry-later (inferred).
     */
    AppleMessagesMediaUploadFailed = 7738,
    /**
     * 7740 (rcs): The media details in the message are not valid.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    RcsInvalidMediaDetails = 7740,
    /**
     * 7900 (google-business-messages): Google reported no error for the request.
     *
     * Outcome: delivered.
     */
    GbmNoError = 7900,
    /**
     * 7901 (google-business-messages): The client passed an argument that is not valid; the error details say which.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    GbmInvalidArgument = 7901,
    /**
     * 7902 (google-business-messages): The system is not in a state that allows the request to run.
     *
     * Failure: permanent, retry after-fix, action investigate (inferred).
     */
    GbmFailedPrecondition = 7902,
    /**
     * 7903 (google-business-messages): The client gave a range that is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    GbmOutOfRange = 7903,
    /**
     * 7904 (google-business-messages): The request was not authenticated because the OAuth token is missing, invalid or expired.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    GbmUnauthenticated = 7904,
    /**
     * 7905 (google-business-messages): The client lacks permission, for example because the OAuth token has the wrong scopes or the API is not enabled.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    GbmPermissionDenied = 7905,
    /**
     * 7906 (google-business-messages): A resource named in the request does not exist.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    GbmNotFound = 7906,
    /**
     * 7907 (google-business-messages): A concurrency conflict, such as a clash between a read and a write, stopped the request.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    GbmAborted = 7907,
    /**
     * 7908 (google-business-messages): The resource the client tried to create exists already.
     *
     * Failure: permanent, retry never, action investigate (inferred).
     */
    GbmAlreadyExists = 7908,
    /**
     * 7909 (google-business-messages): A resource quota ran out or a rate limit was hit; the QuotaFailure detail explains which.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    GbmResourceExhausted = 7909,
    /**
     * 7910 (google-business-messages): The client cancelled the request.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    GbmCancelled = 7910,
    /**
     * 7911 (google-business-messages): Data was lost or corrupted beyond recovery.
     *
     * Failure: unknown, retry safe, action contact-provider (inferred).
     */
    GbmDataLoss = 7911,
    /**
     * 7912 (google-business-messages): The server hit an internal error, usually a bug on its side.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    GbmInternalError = 7912,
    /**
     * 7913 (google-business-messages): The server does not implement the API method called.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    GbmNotImplemented = 7913,
    /**
     * 7914 (google-business-messages): A network fault, such as an outage or misconfiguration, occurred before the request reached the server.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    GbmNetworkError = 7914,
    /**
     * 7915 (google-business-messages): The service is unavailable, usually because the server is down.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    GbmServiceUnavailable = 7915,
    /**
     * 7916 (google-business-messages): The request did not finish within a deadline the caller set shorter than the method's default.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    GbmDeadlineExceeded = 7916,
    /**
     * 7917 (google-business-messages): The server failed with an unknown error, usually a bug on its side.
     *
     * Failure: unknown, retry safe, action retry-later (inferred).
     */
    GbmUnknownServerError = 7917,
    /**
     * 8009 (voice): No profile of the given kind exists for this tenant.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    VoiceProfileNotFound = 8009,
    /**
     * 2018047 (messenger): Messenger did not carry out the action because of privacy rules that apply in Europe.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MessengerEuPrivacyRule2018047 = 2018047,
    /**
     * 2018336 (messenger): Messenger did not carry out the action because of privacy rules that apply in Europe.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    MessengerEuPrivacyRule2018336 = 2018336
}
/** Channels of Webex Connect; a code's meaning depends on its channel. */
export type WebexConnectChannel = "common" | "sms" | "voice" | "push" | "in-app" | "email" | "messenger" | "google-business-messages" | "instagram" | "twitter-dm" | "apple-messages" | "wechat" | "whatsapp" | "rcs" | "mms";
/**
 * Every Webex Connect code, per channel.
 *
 * @deliveryCodes webex-connect
 */
export type WebexConnectStatusCode<C extends WebexConnectChannel = WebexConnectChannel> = {
    readonly "common": 7000 | 7001 | 7002 | 7003 | 7004 | 7005 | 7006 | 7007 | 7009 | 7020 | 7104 | 7200;
    readonly "sms": 7004 | 7006 | 7101 | 7102 | 7109 | 7111 | 7201 | 7202 | 7203 | 7204 | 7205 | 7206 | 7207 | 7208 | 7209 | 7210 | 7211 | 7280 | 7281 | 7282 | 7283 | 7284 | 7302 | 7500 | 7501 | 7513 | 7518 | 7607 | 7720;
    readonly "voice": 7000 | 7003 | 7004 | 7005 | 7009 | 7016 | 7020 | 7022 | 7101 | 7102 | 7104 | 7107 | 7108 | 7126 | 7127 | 7519 | 8009;
    readonly "push": 7500 | 7501 | 7502 | 7503 | 7504 | 7505 | 7506 | 7507 | 7508 | 7509 | 7510 | 7511 | 7512 | 7513 | 7514 | 7515 | 7516 | 7517 | 7518 | 7537 | 7538 | 7539 | 7540 | 7541 | 7542 | 7543 | 7544 | 7545 | 7546 | 7547 | 7548 | 7549 | 7550 | 7551;
    readonly "in-app": 7000 | 7003 | 7004 | 7006 | 7010 | 7011 | 7026 | 7034 | 7301 | 7304 | 7305 | 7307 | 7308 | 7309 | 7310 | 7311 | 7312 | 7500 | 7501 | 7502 | 7703 | 7704 | 7706 | 7708;
    readonly "email": 7240 | 7241 | 7500 | 7501 | 7520 | 7521 | 7522 | 7523 | 7524 | 7535 | 7536 | 7553 | 7554;
    readonly "messenger": 7000 | 7006 | 7010 | 7011 | 7301 | 7303 | 7313 | 7500 | 7501 | 7502 | 7526 | 2018047 | 2018336;
    readonly "google-business-messages": 7500 | 7501 | 7502 | 7900 | 7901 | 7902 | 7903 | 7904 | 7905 | 7906 | 7907 | 7908 | 7909 | 7910 | 7911 | 7912 | 7913 | 7914 | 7915 | 7916 | 7917;
    readonly "instagram": 7000 | 7006 | 7010 | 7011 | 7301 | 7302 | 7303 | 7304 | 7305 | 7306 | 7307 | 7313 | 7500 | 7501 | 7502 | 7526;
    readonly "twitter-dm": 7000 | 7006 | 7010 | 7011 | 7301 | 7302 | 7304 | 7306 | 7307 | 7501;
    readonly "apple-messages": 1001 | 7000 | 7001 | 7002 | 7003 | 7004 | 7006 | 7007 | 7009 | 7010 | 7011 | 7301 | 7307 | 7316 | 7317 | 7501 | 7722 | 7738;
    readonly "wechat": 7000 | 7006 | 7010 | 7011 | 7301 | 7307 | 7501 | 7601 | 7602 | 7603 | 7604 | 7605 | 7606 | 7607 | 7608 | 7609 | 7610 | 7611 | 7612 | 7613 | 7614 | 7615 | 7616 | 7617 | 7618 | 7619 | 7620 | 7621 | 7622 | 7623 | 7624 | 7625 | 7626 | 7627 | 7628 | 7629 | 7630 | 7631 | 7632 | 7633 | 7634 | 7635 | 7636 | 7637 | 7638 | 7639 | 7640 | 7641 | 7642 | 7643;
    readonly "whatsapp": 7010 | 7011 | 7500 | 7501 | 7502 | 7701 | 7704 | 7705 | 7706 | 7710 | 7711 | 7714 | 7715 | 7721 | 7722 | 7726 | 7736;
    readonly "rcs": 7000 | 7006 | 7010 | 7011 | 7301 | 7307 | 7318 | 7319 | 7320 | 7321 | 7322 | 7323 | 7324 | 7325 | 7326 | 7327 | 7328 | 7329 | 7330 | 7331 | 7334 | 7500 | 7501 | 7502 | 7740;
    readonly "mms": 7144 | 7145 | 7146 | 7147 | 7148 | 7150 | 7212 | 7213 | 7214 | 7215 | 7216 | 7217 | 7218 | 7219 | 7220 | 7221 | 7222 | 7223 | 7224 | 7225 | 7226 | 7227 | 7228 | 7229 | 7230 | 7231 | 7232 | 7233 | 7234 | 7235 | 7236 | 7237 | 7238 | 7239 | 7242 | 7243 | 7244 | 7245 | 7246 | 7247 | 7248 | 7249 | 7250 | 7251 | 7252 | 7253 | 7254 | 7255 | 7256 | 7257 | 7258 | 7259 | 7260 | 7261 | 7262 | 7263 | 7264 | 7265 | 7266 | 7267 | 7268 | 7269 | 7270 | 7271;
}[C];
/**
 * Webex Connect codes of permanent failures, per channel.
 *
 * @deliveryCodes webex-connect permanent
 */
export type PermanentWebexConnectStatusCode<C extends WebexConnectChannel = WebexConnectChannel> = {
    readonly "common": 7000 | 7001 | 7002 | 7003 | 7004 | 7007 | 7009 | 7104;
    readonly "sms": 7004 | 7101 | 7102 | 7109 | 7111 | 7203 | 7205 | 7210 | 7281 | 7282 | 7283 | 7284 | 7513 | 7607 | 7720;
    readonly "voice": 7000 | 7003 | 7004 | 7009 | 7022 | 7101 | 7102 | 7104 | 7107 | 7108 | 7126 | 7127 | 8009;
    readonly "push": 7504 | 7505 | 7506 | 7510 | 7511 | 7512 | 7513 | 7514 | 7515 | 7537 | 7538 | 7539 | 7540 | 7541 | 7542 | 7543 | 7544 | 7545 | 7546 | 7547 | 7548 | 7549 | 7550;
    readonly "in-app": 7000 | 7003 | 7004 | 7026 | 7034 | 7304 | 7305 | 7308 | 7309 | 7310 | 7311 | 7312 | 7703 | 7704 | 7706 | 7708;
    readonly "email": 7240 | 7241 | 7521 | 7522 | 7523 | 7524 | 7535 | 7536 | 7553;
    readonly "messenger": 7000 | 7313 | 7526 | 2018047 | 2018336;
    readonly "google-business-messages": 7901 | 7902 | 7903 | 7904 | 7905 | 7906 | 7908 | 7913;
    readonly "instagram": 7000 | 7304 | 7305 | 7306 | 7313 | 7526;
    readonly "twitter-dm": 7000 | 7304 | 7306;
    readonly "apple-messages": 7000 | 7001 | 7002 | 7003 | 7004 | 7007 | 7009 | 7316 | 7722;
    readonly "wechat": 7000 | 7601 | 7602 | 7603 | 7604 | 7605 | 7606 | 7607 | 7608 | 7609 | 7610 | 7611 | 7612 | 7613 | 7614 | 7615 | 7616 | 7617 | 7618 | 7619 | 7620 | 7621 | 7622 | 7623 | 7624 | 7625 | 7626 | 7627 | 7628 | 7629 | 7630 | 7631 | 7632 | 7633 | 7634 | 7635 | 7636 | 7637 | 7638 | 7639 | 7642 | 7643;
    readonly "whatsapp": 7710 | 7714 | 7715 | 7721 | 7722 | 7726;
    readonly "rcs": 7000 | 7318 | 7320 | 7321 | 7322 | 7323 | 7325 | 7740;
    readonly "mms": 7144 | 7145 | 7146 | 7148 | 7150 | 7212 | 7213 | 7214 | 7216 | 7217 | 7218 | 7219 | 7220 | 7221 | 7223 | 7225 | 7226 | 7227 | 7228 | 7229 | 7230 | 7231 | 7232 | 7233 | 7234 | 7235 | 7236 | 7237 | 7238 | 7239 | 7242 | 7243 | 7244 | 7245 | 7246 | 7247 | 7256 | 7258 | 7259 | 7260 | 7261 | 7262 | 7263 | 7264 | 7265 | 7266 | 7269;
}[C];
/**
 * Webex Connect failures that may be sent again unchanged (retry safe or done by the provider), per channel.
 *
 * @deliveryCodes webex-connect retryable
 */
export type RetryableWebexConnectStatusCode<C extends WebexConnectChannel = WebexConnectChannel> = {
    readonly "common": 7006 | 7020;
    readonly "sms": 7006 | 7201 | 7202 | 7204 | 7206 | 7207 | 7208 | 7209 | 7280 | 7302 | 7518;
    readonly "voice": 7016 | 7020;
    readonly "push": 7503 | 7507 | 7508 | 7509 | 7516 | 7517 | 7518 | 7551;
    readonly "in-app": 7006 | 7010 | 7011 | 7301 | 7307;
    readonly "email": 7554;
    readonly "messenger": 7006 | 7010 | 7011 | 7301 | 7303;
    readonly "google-business-messages": 7907 | 7909 | 7910 | 7911 | 7912 | 7914 | 7915 | 7916 | 7917;
    readonly "instagram": 7006 | 7010 | 7011 | 7301 | 7302 | 7307;
    readonly "twitter-dm": 7006 | 7010 | 7011 | 7301 | 7302 | 7307;
    readonly "apple-messages": 7006 | 7010 | 7011 | 7301 | 7307 | 7738;
    readonly "wechat": 7006 | 7010 | 7011 | 7301 | 7307 | 7640 | 7641;
    readonly "whatsapp": 7010 | 7011 | 7704 | 7705 | 7706 | 7711 | 7736;
    readonly "rcs": 7006 | 7010 | 7011 | 7301 | 7307 | 7324 | 7326 | 7327 | 7328 | 7329 | 7330 | 7331 | 7334;
    readonly "mms": 7147 | 7215 | 7222 | 7224 | 7248 | 7249 | 7250 | 7251 | 7252 | 7253 | 7254 | 7255 | 7257 | 7267 | 7270 | 7271;
}[C];
/**
 * Webex Connect failures that must not be sent again unchanged (retry never or after a fix), per channel.
 *
 * @deliveryCodes webex-connect non-retryable
 */
export type NonRetryableWebexConnectStatusCode<C extends WebexConnectChannel = WebexConnectChannel> = {
    readonly "common": 7000 | 7001 | 7002 | 7003 | 7004 | 7005 | 7007 | 7009 | 7104;
    readonly "sms": 7004 | 7101 | 7102 | 7109 | 7111 | 7203 | 7205 | 7210 | 7211 | 7281 | 7282 | 7283 | 7284 | 7513 | 7607 | 7720;
    readonly "voice": 7000 | 7003 | 7004 | 7005 | 7009 | 7022 | 7101 | 7102 | 7104 | 7107 | 7108 | 7126 | 7127 | 8009;
    readonly "push": 7504 | 7505 | 7506 | 7510 | 7511 | 7512 | 7513 | 7514 | 7515 | 7537 | 7538 | 7539 | 7540 | 7541 | 7542 | 7543 | 7544 | 7545 | 7546 | 7547 | 7548 | 7549 | 7550;
    readonly "in-app": 7000 | 7003 | 7004 | 7026 | 7034 | 7304 | 7305 | 7308 | 7309 | 7310 | 7311 | 7312 | 7703 | 7704 | 7706 | 7708;
    readonly "email": 7240 | 7241 | 7520 | 7521 | 7522 | 7523 | 7524 | 7535 | 7536 | 7553;
    readonly "messenger": 7000 | 7313 | 7526 | 2018047 | 2018336;
    readonly "google-business-messages": 7901 | 7902 | 7903 | 7904 | 7905 | 7906 | 7908 | 7913;
    readonly "instagram": 7000 | 7304 | 7305 | 7306 | 7313 | 7526;
    readonly "twitter-dm": 7000 | 7304 | 7306;
    readonly "apple-messages": 7000 | 7001 | 7002 | 7003 | 7004 | 7007 | 7009 | 7316 | 7317 | 7722;
    readonly "wechat": 7000 | 7601 | 7602 | 7603 | 7604 | 7605 | 7606 | 7607 | 7608 | 7609 | 7610 | 7611 | 7612 | 7613 | 7614 | 7615 | 7616 | 7617 | 7618 | 7619 | 7620 | 7621 | 7622 | 7623 | 7624 | 7625 | 7626 | 7627 | 7628 | 7629 | 7630 | 7631 | 7632 | 7633 | 7634 | 7635 | 7636 | 7637 | 7638 | 7639 | 7642 | 7643;
    readonly "whatsapp": 7701 | 7710 | 7714 | 7715 | 7721 | 7722 | 7726;
    readonly "rcs": 7000 | 7318 | 7319 | 7320 | 7321 | 7322 | 7323 | 7325 | 7740;
    readonly "mms": 7144 | 7145 | 7146 | 7148 | 7150 | 7212 | 7213 | 7214 | 7216 | 7217 | 7218 | 7219 | 7220 | 7221 | 7223 | 7225 | 7226 | 7227 | 7228 | 7229 | 7230 | 7231 | 7232 | 7233 | 7234 | 7235 | 7236 | 7237 | 7238 | 7239 | 7242 | 7243 | 7244 | 7245 | 7246 | 7247 | 7256 | 7258 | 7259 | 7260 | 7261 | 7262 | 7263 | 7264 | 7265 | 7266 | 7268 | 7269;
}[C];
/** A handler per permanent Webex Connect failure; use with `satisfies` so a missing one fails to compile. */
export type WebexConnectStatusPermanentFailureHandlers<R = unknown, C extends WebexConnectChannel = WebexConnectChannel> = PermanentFailureHandlers<PermanentWebexConnectStatusCode<C>, WebexConnectStatusCode<C>, R>;
/** Catalog metadata of every Webex Connect code, by channel. */
export declare const webexConnectTable: {
    readonly [C in WebexConnectChannel]: {
        readonly [K in WebexConnectStatusCode<C>]: CodeEntry<K>;
    };
};
/** Webex Connect: header and every entry, for tools that walk the catalog. */
export declare const webexConnectFamily: FamilyData;
/** Whether `value` is a Webex Connect code (of `channel`, when given). */
export declare function isWebexConnectStatusCode<C extends WebexConnectChannel = WebexConnectChannel>(value: unknown, channel?: C): value is WebexConnectStatusCode<C>;
