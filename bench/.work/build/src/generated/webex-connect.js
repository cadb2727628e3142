/**
 * Webex Connect codes by name. Status and error codes Webex Connect reports per messaging channel, from request validation to final delivery receipts.
 *
 * @deliveryCodes webex-connect
 */
export var WebexConnectStatus;
(function (WebexConnectStatus) {
    /**
     * 1001 (apple-messages): The message is queued for sending.
     *
     * Outcome: accepted.
     */
    WebexConnectStatus[WebexConnectStatus["AppleMessagesQueued"] = 1001] = "AppleMessagesQueued";
    /**
     * 7000 (common): The request body could not be parsed as valid JSON.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["CommonInvalidJson"] = 7000] = "CommonInvalidJson";
    /**
     * 7000 (voice): The request body could not be parsed as valid JSON.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["VoiceInvalidJson"] = 7000] = "VoiceInvalidJson";
    /**
     * 7000 (in-app): The input was not valid, including a Generic Template request whose body is not valid JSON.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InAppInvalidInput"] = 7000] = "InAppInvalidInput";
    /**
     * 7000 (messenger): The input was not valid; the JSON is malformed.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MessengerInvalidInput"] = 7000] = "MessengerInvalidInput";
    /**
     * 7000 (instagram): The input was not valid; the JSON is malformed.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InstagramInvalidInput"] = 7000] = "InstagramInvalidInput";
    /**
     * 7000 (twitter-dm): The input was not valid; the JSON is malformed.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["TwitterDmInvalidInput"] = 7000] = "TwitterDmInvalidInput";
    /**
     * 7000 (apple-messages): The input was not valid because the JSON is malformed.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["AppleMessagesInvalidJson"] = 7000] = "AppleMessagesInvalidJson";
    /**
     * 7000 (wechat): The input was not valid; the JSON is malformed.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatInvalidInput"] = 7000] = "WechatInvalidInput";
    /**
     * 7000 (rcs): The input was not valid JSON.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["RcsInvalidInput"] = 7000] = "RcsInvalidInput";
    /**
     * 7001 (common): The platform could not authenticate the request with the credentials supplied.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["CommonAuthenticationFailed"] = 7001] = "CommonAuthenticationFailed";
    /**
     * 7001 (apple-messages): The platform could not authenticate the request with the credentials supplied.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["AppleMessagesAuthenticationFailed"] = 7001] = "AppleMessagesAuthenticationFailed";
    /**
     * 7002 (common): The request did not carry the service key that identifies the sending service.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["CommonServiceKeyMissing"] = 7002] = "CommonServiceKeyMissing";
    /**
     * 7002 (apple-messages): The request did not carry the service key that identifies the sending service.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["AppleMessagesServiceKeyMissing"] = 7002] = "AppleMessagesServiceKeyMissing";
    /**
     * 7003 (common): One or more parameters the API requires were left out of the request.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["CommonMandatoryParametersMissing"] = 7003] = "CommonMandatoryParametersMissing";
    /**
     * 7003 (voice): A required parameter is missing; the message names the parameter.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["VoiceMandatoryParameterMissing"] = 7003] = "VoiceMandatoryParameterMissing";
    /**
     * 7003 (in-app): A Generic Template or Quick Replies message lacks the mediaid parameter or an attachment matching its type.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InAppAttachmentRequired"] = 7003] = "InAppAttachmentRequired";
    /**
     * 7003 (apple-messages): One or more required parameters were left out of the request.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["AppleMessagesMandatoryParametersMissing"] = 7003] = "AppleMessagesMandatoryParametersMissing";
    /**
     * 7004 (common): A parameter in the request has a value or form the API does not accept.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["CommonInvalidParameters"] = 7004] = "CommonInvalidParameters";
    /**
     * 7004 (sms): The send request contained a parameter or value that is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["SmsInvalidParameters"] = 7004] = "SmsInvalidParameters";
    /**
     * 7004 (voice): A parameter has an unacceptable value; the message names the parameter.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["VoiceInvalidParameter"] = 7004] = "VoiceInvalidParameter";
    /**
     * 7004 (in-app): A template parameter is wrong: a Generic Template notification has no title or an empty one, or a Quick Replies attachment type is not image, location, file, video or audio.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InAppInvalidParameter"] = 7004] = "InAppInvalidParameter";
    /**
     * 7004 (apple-messages): A parameter in the request is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["AppleMessagesInvalidParameters"] = 7004] = "AppleMessagesInvalidParameters";
    /**
     * 7005 (common): The request was no longer valid by the time the platform came to process it.
     *
     * Failure: unknown, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["CommonRequestExpired"] = 7005] = "CommonRequestExpired";
    /**
     * 7005 (voice): The request was no longer valid by the time the platform came to process it.
     *
     * Failure: unknown, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["VoiceRequestExpired"] = 7005] = "VoiceRequestExpired";
    /**
     * 7006 (common): Something went wrong inside the platform while handling the request.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["CommonInternalError"] = 7006] = "CommonInternalError";
    /**
     * 7006 (sms): The gateway failed the message before passing it to the destination operator; the failure may be a passing one.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    WebexConnectStatus[WebexConnectStatus["SmsInternalServerError"] = 7006] = "SmsInternalServerError";
    /**
     * 7006 (in-app): The platform hit an internal server error.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InAppInternalServerError"] = 7006] = "InAppInternalServerError";
    /**
     * 7006 (messenger): The platform hit an internal server error.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MessengerInternalServerError"] = 7006] = "MessengerInternalServerError";
    /**
     * 7006 (instagram): The platform hit an internal server error.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InstagramInternalServerError"] = 7006] = "InstagramInternalServerError";
    /**
     * 7006 (twitter-dm): The platform hit an internal server error.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["TwitterDmInternalServerError"] = 7006] = "TwitterDmInternalServerError";
    /**
     * 7006 (apple-messages): The platform hit an internal server error.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["AppleMessagesInternalServerError"] = 7006] = "AppleMessagesInternalServerError";
    /**
     * 7006 (wechat): The platform hit an internal server error.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatInternalServerError"] = 7006] = "WechatInternalServerError";
    /**
     * 7006 (rcs): The platform hit an internal server error.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["RcsInternalServerError"] = 7006] = "RcsInternalServerError";
    /**
     * 7007 (common): The service the request addresses is not active on the account.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["CommonServiceInactive"] = 7007] = "CommonServiceInactive";
    /**
     * 7007 (apple-messages): The service the request addresses is not active.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["AppleMessagesServiceInactive"] = 7007] = "AppleMessagesServiceInactive";
    /**
     * 7009 (common): The request listed more destination addresses than the limit of 1000.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["CommonTooManyDestinations"] = 7009] = "CommonTooManyDestinations";
    /**
     * 7009 (voice): The request listed more destinations than allowed.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["VoiceTooManyDestinations"] = 7009] = "VoiceTooManyDestinations";
    /**
     * 7009 (apple-messages): The request listed more destinations than allowed.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["AppleMessagesTooManyDestinations"] = 7009] = "AppleMessagesTooManyDestinations";
    /**
     * 7010 (in-app): The underlying service provider raised an exception.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InAppServiceProviderException"] = 7010] = "InAppServiceProviderException";
    /**
     * 7010 (messenger): Messenger, the underlying service provider, raised an exception.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MessengerServiceProviderException"] = 7010] = "MessengerServiceProviderException";
    /**
     * 7010 (instagram): Instagram, the underlying service provider, raised an exception.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InstagramServiceProviderException"] = 7010] = "InstagramServiceProviderException";
    /**
     * 7010 (twitter-dm): Twitter, the underlying service provider, raised an exception.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["TwitterDmServiceProviderException"] = 7010] = "TwitterDmServiceProviderException";
    /**
     * 7010 (apple-messages): Apple, the underlying service provider, raised an exception.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["AppleMessagesServiceProviderException"] = 7010] = "AppleMessagesServiceProviderException";
    /**
     * 7010 (wechat): WeChat, the underlying service provider, raised an exception.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatServiceProviderException"] = 7010] = "WechatServiceProviderException";
    /**
     * 7010 (whatsapp): WhatsApp, the underlying service provider, raised an exception.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WhatsappServiceProviderException"] = 7010] = "WhatsappServiceProviderException";
    /**
     * 7010 (rcs): The underlying RCS provider raised an exception.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["RcsServiceProviderException"] = 7010] = "RcsServiceProviderException";
    /**
     * 7011 (in-app): An unexpected exception occurred with no further detail.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InAppUnknownException"] = 7011] = "InAppUnknownException";
    /**
     * 7011 (messenger): An unexpected exception occurred with no further detail.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MessengerUnknownException"] = 7011] = "MessengerUnknownException";
    /**
     * 7011 (instagram): An unexpected exception occurred with no further detail.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InstagramUnknownException"] = 7011] = "InstagramUnknownException";
    /**
     * 7011 (twitter-dm): An unexpected exception occurred with no further detail.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["TwitterDmUnknownException"] = 7011] = "TwitterDmUnknownException";
    /**
     * 7011 (apple-messages): An unexpected exception occurred with no further detail.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["AppleMessagesUnknownException"] = 7011] = "AppleMessagesUnknownException";
    /**
     * 7011 (wechat): An unexpected exception occurred with no further detail.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatUnknownException"] = 7011] = "WechatUnknownException";
    /**
     * 7011 (whatsapp): An unexpected exception occurred with no further detail.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WhatsappUnknownException"] = 7011] = "WhatsappUnknownException";
    /**
     * 7011 (rcs): An unexpected exception occurred with no further detail.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["RcsUnknownException"] = 7011] = "RcsUnknownException";
    /**
     * 7016 (voice): An unexpected exception occurred with no further detail.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["VoiceUnknownException"] = 7016] = "VoiceUnknownException";
    /**
     * 7020 (common): The account has hit the highest number of transactions it is allowed.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["CommonTransactionLimitReached"] = 7020] = "CommonTransactionLimitReached";
    /**
     * 7020 (voice): The account has hit the highest number of transactions it is allowed.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["VoiceTransactionLimitReached"] = 7020] = "VoiceTransactionLimitReached";
    /**
     * 7022 (voice): The JSON body is larger than permitted.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["VoiceJsonTooLarge"] = 7022] = "VoiceJsonTooLarge";
    /**
     * 7026 (in-app): A Quick Replies request has JSON parameters larger than 4 KB.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InAppJsonParameterTooLarge"] = 7026] = "InAppJsonParameterTooLarge";
    /**
     * 7034 (in-app): A Generic Template has more than the 8 attachment elements allowed.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InAppTooManyElements"] = 7034] = "InAppTooManyElements";
    /**
     * 7101 (sms): The sender ID is wrong for this request or is not authorised or set up at the destination operator.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["SmsInvalidSenderId"] = 7101] = "SmsInvalidSenderId";
    /**
     * 7101 (voice): The caller ID used as sender is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["VoiceInvalidSenderId"] = 7101] = "VoiceInvalidSenderId";
    /**
     * 7102 (sms): The destination number is not a valid address.
     *
     * Failure: permanent, retry never, action verify-recipient (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["SmsInvalidAddress"] = 7102] = "SmsInvalidAddress";
    /**
     * 7102 (voice): The number to call is not a valid destination.
     *
     * Failure: permanent, retry never, action verify-recipient (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["VoiceInvalidDestination"] = 7102] = "VoiceInvalidDestination";
    /**
     * 7104 (common): The app identifier in the request is not recognised.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["CommonInvalidAppId"] = 7104] = "CommonInvalidAppId";
    /**
     * 7104 (voice): The app identifier in the request is not recognised.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["VoiceInvalidAppId"] = 7104] = "VoiceInvalidAppId";
    /**
     * 7107 (voice): The message is longer than the allowed length.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["VoiceMessageTooLong"] = 7107] = "VoiceMessageTooLong";
    /**
     * 7108 (voice): The template identifier given does not match a usable template.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["VoiceInvalidTemplateId"] = 7108] = "VoiceInvalidTemplateId";
    /**
     * 7109 (sms): The recipient is on a Do Not Disturb register.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["SmsUserInDnd"] = 7109] = "SmsUserInDnd";
    /**
     * 7111 (sms): The operator blocked the sender at network level for breaking carrier rules on sending volume or content.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["SmsSpamContentDetected"] = 7111] = "SmsSpamContentDetected";
    /**
     * 7126 (voice): The content type of the request is not supported.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["VoiceInvalidContentType"] = 7126] = "VoiceInvalidContentType";
    /**
     * 7127 (voice): The request came from an IP address that is not on the allow list.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["VoiceSourceIpNotWhitelisted"] = 7127] = "VoiceSourceIpNotWhitelisted";
    /**
     * 7144 (mms): Sending to the recipient's country code is not supported.
     *
     * Failure: permanent, retry after-fix, action contact-provider (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsCountryNotSupported"] = 7144] = "MmsCountryNotSupported";
    /**
     * 7145 (mms): The text of a slide message is over the maximum size.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsSlideMessageTextTooLarge"] = 7145] = "MmsSlideMessageTextTooLarge";
    /**
     * 7146 (mms): The message has more slides than the maximum.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsMaxSlidesExceeded"] = 7146] = "MmsMaxSlidesExceeded";
    /**
     * 7147 (mms): The quota of the route used was used up.
     *
     * Failure: transient, retry safe, action wait (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsRouteQuotaExceeded"] = 7147] = "MmsRouteQuotaExceeded";
    /**
     * 7148 (mms): An attachment is of a type that is not accepted.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsInvalidAttachmentType"] = 7148] = "MmsInvalidAttachmentType";
    /**
     * 7150 (mms): The subject is over the maximum text size.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsSubjectTooLong"] = 7150] = "MmsSubjectTooLong";
    /**
     * 7200 (common): The platform has no definite delivery state for the message.
     *
     * Outcome: unknown.
     */
    WebexConnectStatus[WebexConnectStatus["CommonUnknownStatus"] = 7200] = "CommonUnknownStatus";
    /**
     * 7201 (sms): The operator received the message but turned it away for a network-side reason such as a temporary failure.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    WebexConnectStatus[WebexConnectStatus["SmsOperatorDeliveryFailed"] = 7201] = "SmsOperatorDeliveryFailed";
    /**
     * 7202 (sms): Delivery failed inside the platform itself, with no further reason given.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["SmsPlatformDeliveryFailed"] = 7202] = "SmsPlatformDeliveryFailed";
    /**
     * 7203 (sms): The destination network does not know the number, for example because the subscription ended, the number was ported away, or service blocks stop delivery.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["SmsUnknownSubscriber"] = 7203] = "SmsUnknownSubscriber";
    /**
     * 7204 (sms): The recipient is a prepaid subscriber whose SIM has run out of credit and cannot take messages for now.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["SmsSubscriberNoCredit"] = 7204] = "SmsSubscriberNoCredit";
    /**
     * 7205 (sms): The binary message was faulty.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["SmsBinaryMessageError"] = 7205] = "SmsBinaryMessageError";
    /**
     * 7206 (sms): The recipient's SIM has no room left for new messages.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["SmsSimFull"] = 7206] = "SmsSimFull";
    /**
     * 7207 (sms): The recipient's handset is out of coverage or cannot be reached.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["SmsOutOfCoverage"] = 7207] = "SmsOutOfCoverage";
    /**
     * 7208 (sms): The message ran out of its delivery time before the handset accepted it, typically because the handset was switched off or its memory was full.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["SmsMessageExpired"] = 7208] = "SmsMessageExpired";
    /**
     * 7209 (sms): At least one part of a multi-part or specially encoded message came back undelivered; every part carries this code and the real cause is not disclosed.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["SmsMultipartFailed"] = 7209] = "SmsMultipartFailed";
    /**
     * 7210 (sms): The billing set-up for the message is faulty.
     *
     * Failure: permanent, retry after-fix, action contact-provider (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["SmsBillingConfigurationError"] = 7210] = "SmsBillingConfigurationError";
    /**
     * 7211 (sms): The network operator refused delivery because of a billing problem.
     *
     * Failure: unknown, retry after-fix, action contact-provider (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["SmsOperatorBillingError"] = 7211] = "SmsOperatorBillingError";
    /**
     * 7212 (mms): The request is not valid; it must be a GET, POST or XML request carrying every required variable.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsInvalidRequest"] = 7212] = "MmsInvalidRequest";
    /**
     * 7213 (mms): The user could not be authenticated.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsUserAuthenticationFailed"] = 7213] = "MmsUserAuthenticationFailed";
    /**
     * 7214 (mms): The account has no rights to use the API.
     *
     * Failure: permanent, retry after-fix, action contact-provider (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsNoApiRights"] = 7214] = "MmsNoApiRights";
    /**
     * 7215 (mms): The API may only be called once every so many seconds, and the call came too soon.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsCallIntervalTooShort"] = 7215] = "MmsCallIntervalTooShort";
    /**
     * 7216 (mms): The account has no rights to use this action.
     *
     * Failure: permanent, retry after-fix, action contact-provider (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsActionNotPermitted"] = 7216] = "MmsActionNotPermitted";
    /**
     * 7217 (mms): The XML could not be parsed; the message includes the parser error.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsXmlParseError"] = 7217] = "MmsXmlParseError";
    /**
     * 7218 (mms): The API has not been activated for the account.
     *
     * Failure: permanent, retry after-fix, action contact-provider (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsApiNotActivated"] = 7218] = "MmsApiNotActivated";
    /**
     * 7219 (mms): The receiver's number is not valid.
     *
     * Failure: permanent, retry never, action verify-recipient (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsInvalidReceiverNumber"] = 7219] = "MmsInvalidReceiverNumber";
    /**
     * 7220 (mms): The short code is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsInvalidShortCode"] = 7220] = "MmsInvalidShortCode";
    /**
     * 7221 (mms): The API call came from an IP address that is not on the allow list and was refused.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsIpNotWhitelisted"] = 7221] = "MmsIpNotWhitelisted";
    /**
     * 7222 (mms): The call went over the throughput set for this API action and was refused.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsThroughputExceeded"] = 7222] = "MmsThroughputExceeded";
    /**
     * 7223 (mms): The phone number is on a blacklist, so the API call was refused.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsNumberBlacklisted"] = 7223] = "MmsNumberBlacklisted";
    /**
     * 7224 (mms): The account has used up its allowance of API requests.
     *
     * Failure: transient, retry safe, action wait (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsApiRequestLimitReached"] = 7224] = "MmsApiRequestLimitReached";
    /**
     * 7225 (mms): A slide holds more than one object, which is not allowed.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsMultipleObjectsInSlide"] = 7225] = "MmsMultipleObjectsInSlide";
    /**
     * 7226 (mms): A slide mixes audio, video or an image with an object, which is not allowed.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsMediaWithObjectInSlide"] = 7226] = "MmsMediaWithObjectInSlide";
    /**
     * 7227 (mms): The message has too many slides.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsTooManySlides"] = 7227] = "MmsTooManySlides";
    /**
     * 7228 (mms): A slide holds both audio and video, which is not allowed.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsAudioWithVideoInSlide"] = 7228] = "MmsAudioWithVideoInSlide";
    /**
     * 7229 (mms): A slide holds both video and an image, which is not allowed.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsVideoWithImageInSlide"] = 7229] = "MmsVideoWithImageInSlide";
    /**
     * 7230 (mms): The text is over the character limit.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsTextOverCharacterLimit"] = 7230] = "MmsTextOverCharacterLimit";
    /**
     * 7231 (mms): The content is not permitted.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsContentNotAllowed"] = 7231] = "MmsContentNotAllowed";
    /**
     * 7232 (mms): A slide has a duration that is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsBadSlideDuration"] = 7232] = "MmsBadSlideDuration";
    /**
     * 7233 (mms): The content referred to does not exist.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsContentNotFound"] = 7233] = "MmsContentNotFound";
    /**
     * 7234 (mms): A name must be given.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsNameRequired"] = 7234] = "MmsNameRequired";
    /**
     * 7235 (mms): The message has no slides.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsNoSlides"] = 7235] = "MmsNoSlides";
    /**
     * 7236 (mms): One of the slides has nothing in it.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsSlideEmpty"] = 7236] = "MmsSlideEmpty";
    /**
     * 7237 (mms): The image in one of the slides is too big.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsSlideImageTooBig"] = 7237] = "MmsSlideImageTooBig";
    /**
     * 7238 (mms): The audio in one of the slides is too big.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsSlideAudioTooBig"] = 7238] = "MmsSlideAudioTooBig";
    /**
     * 7239 (mms): The video in one of the slides is too big.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsSlideVideoTooBig"] = 7239] = "MmsSlideVideoTooBig";
    /**
     * 7240 (email): The address is on the bounce blacklist because mail to it has bounced before.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["EmailBounceBlacklisted"] = 7240] = "EmailBounceBlacklisted";
    /**
     * 7241 (email): The address is on the Webex Connect unsubscribe list.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["EmailUnsubscribed"] = 7241] = "EmailUnsubscribed";
    /**
     * 7242 (mms): The text in one of the slides is too long.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsSlideTextTooLong"] = 7242] = "MmsSlideTextTooLong";
    /**
     * 7243 (mms): The vCard in one of the slides is too big.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsSlideVcardTooBig"] = 7243] = "MmsSlideVcardTooBig";
    /**
     * 7244 (mms): The iCal file in one of the slides is too big.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsSlideIcalTooBig"] = 7244] = "MmsSlideIcalTooBig";
    /**
     * 7245 (mms): The PDF in one of the slides is too big.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsSlidePdfTooBig"] = 7245] = "MmsSlidePdfTooBig";
    /**
     * 7246 (mms): The Passbook file in one of the slides is too big.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsSlidePassbookTooBig"] = 7246] = "MmsSlidePassbookTooBig";
    /**
     * 7247 (mms): The image file in one of the slides is damaged.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsSlideImageCorrupted"] = 7247] = "MmsSlideImageCorrupted";
    /**
     * 7248 (mms): The image for one of the slides could not be copied.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsSlideImageCopyFailed"] = 7248] = "MmsSlideImageCopyFailed";
    /**
     * 7249 (mms): The audio for one of the slides could not be copied.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsSlideAudioCopyFailed"] = 7249] = "MmsSlideAudioCopyFailed";
    /**
     * 7250 (mms): The video for one of the slides could not be copied.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsSlideVideoCopyFailed"] = 7250] = "MmsSlideVideoCopyFailed";
    /**
     * 7251 (mms): The vCard for one of the slides could not be copied.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsSlideVcardCopyFailed"] = 7251] = "MmsSlideVcardCopyFailed";
    /**
     * 7252 (mms): The iCal file for one of the slides could not be copied.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsSlideIcalCopyFailed"] = 7252] = "MmsSlideIcalCopyFailed";
    /**
     * 7253 (mms): The PDF for one of the slides could not be copied.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsSlidePdfCopyFailed"] = 7253] = "MmsSlidePdfCopyFailed";
    /**
     * 7254 (mms): The Passbook file for one of the slides could not be copied.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsSlidePassbookCopyFailed"] = 7254] = "MmsSlidePassbookCopyFailed";
    /**
     * 7255 (mms): The MMS service hit an internal error.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsInternalError"] = 7255] = "MmsInternalError";
    /**
     * 7256 (mms): The mmslink_expiration_date value is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsInvalidLinkExpirationDate"] = 7256] = "MmsInvalidLinkExpirationDate";
    /**
     * 7257 (mms): The lookup of the recipient's carrier failed; the request should be tried again.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    WebexConnectStatus[WebexConnectStatus["MmsCarrierLookupFailed"] = 7257] = "MmsCarrierLookupFailed";
    /**
     * 7258 (mms): The carrier has not been provisioned.
     *
     * Failure: permanent, retry after-fix, action contact-provider (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsCarrierNotProvisioned"] = 7258] = "MmsCarrierNotProvisioned";
    /**
     * 7259 (mms): The fallbacksmstext value must be given.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsFallbackSmsTextRequired"] = 7259] = "MmsFallbackSmsTextRequired";
    /**
     * 7260 (mms): The serviceid is missing or not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsInvalidServiceId"] = 7260] = "MmsInvalidServiceId";
    /**
     * 7261 (mms): The recipient's operator is not supported.
     *
     * Failure: permanent, retry after-fix, action contact-provider (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsOperatorNotSupported"] = 7261] = "MmsOperatorNotSupported";
    /**
     * 7262 (mms): The content type is not recognised.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsUnrecognizedContentType"] = 7262] = "MmsUnrecognizedContentType";
    /**
     * 7263 (mms): The operator id value must be given.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsOperatorIdRequired"] = 7263] = "MmsOperatorIdRequired";
    /**
     * 7264 (mms): The number has not subscribed to this campaign.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsNumberNotSubscribedToCampaign"] = 7264] = "MmsNumberNotSubscribedToCampaign";
    /**
     * 7265 (mms): The campaignref value must be given.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsCampaignRefRequired"] = 7265] = "MmsCampaignRefRequired";
    /**
     * 7266 (mms): The campaignref value is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsInvalidCampaignRef"] = 7266] = "MmsInvalidCampaignRef";
    /**
     * 7267 (mms): The message failed at the vendor, with no further reason given.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsVendorFailure"] = 7267] = "MmsVendorFailure";
    /**
     * 7268 (mms): The vendor rejected the message or does not support it.
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsRejectedByVendor"] = 7268] = "MmsRejectedByVendor";
    /**
     * 7269 (mms): API access is blocked for the account; the state of the account, or of its master account, needs checking.
     *
     * Failure: permanent, retry after-fix, action contact-provider (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsApiAccessBlocked"] = 7269] = "MmsApiAccessBlocked";
    /**
     * 7270 (mms): The operator let the message's delivery time run out.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsExpiredByOperator"] = 7270] = "MmsExpiredByOperator";
    /**
     * 7271 (mms): The application let the message's delivery time run out.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MmsExpiredByApplication"] = 7271] = "MmsExpiredByApplication";
    /**
     * 7280 (sms): The network operator dropped the message for technical reasons tied to network performance.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["SmsMessageDeletedByOperator"] = 7280] = "SmsMessageDeletedByOperator";
    /**
     * 7281 (sms): The sending number is not tied to an approved 10DLC brand and campaign in the campaign registry, so the operator blocks it.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["SmsCampaignNotRegistered"] = 7281] = "SmsCampaignNotRegistered";
    /**
     * 7282 (sms): No valid route exists for the message.
     *
     * Failure: permanent, retry after-fix, action contact-provider (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["SmsInvalidRoute"] = 7282] = "SmsInvalidRoute";
    /**
     * 7283 (sms): The destination operator is not valid or the number is a landline.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["SmsInvalidOperatorOrLandline"] = 7283] = "SmsInvalidOperatorOrLandline";
    /**
     * 7284 (sms): The duplicate guard stopped the message as a repeat of one already sent.
     *
     * Failure: permanent, retry never, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["SmsDuplicateMessage"] = 7284] = "SmsDuplicateMessage";
    /**
     * 7301 (in-app): The message expired before it could be delivered.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InAppMessageExpired"] = 7301] = "InAppMessageExpired";
    /**
     * 7301 (messenger): The message expired before it could be delivered.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MessengerMessageExpired"] = 7301] = "MessengerMessageExpired";
    /**
     * 7301 (instagram): The message expired before it could be delivered.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InstagramMessageExpired"] = 7301] = "InstagramMessageExpired";
    /**
     * 7301 (twitter-dm): The message expired before it could be delivered.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["TwitterDmMessageExpired"] = 7301] = "TwitterDmMessageExpired";
    /**
     * 7301 (apple-messages): The message expired before it could be delivered.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["AppleMessagesMessageExpired"] = 7301] = "AppleMessagesMessageExpired";
    /**
     * 7301 (wechat): The message expired before it could be delivered.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatMessageExpired"] = 7301] = "WechatMessageExpired";
    /**
     * 7301 (rcs): The message expired before it could be delivered.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["RcsMessageExpired"] = 7301] = "RcsMessageExpired";
    /**
     * 7302 (sms): The sender ID went over its authorised messages-per-second limit, such as the throughput tied to its 10DLC campaign.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["SmsRateLimitExceeded"] = 7302] = "SmsRateLimitExceeded";
    /**
     * 7302 (instagram): Too many messages were sent in too short a time.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InstagramRateLimitExceeded"] = 7302] = "InstagramRateLimitExceeded";
    /**
     * 7302 (twitter-dm): Too many messages were sent in too short a time.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["TwitterDmRateLimitExceeded"] = 7302] = "TwitterDmRateLimitExceeded";
    /**
     * 7303 (messenger): The Messenger endpoint could not be reached.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MessengerEndpointNotReachable"] = 7303] = "MessengerEndpointNotReachable";
    /**
     * 7303 (instagram): The wait for the message's delivery notification timed out, so its delivery state is not known.
     *
     * Outcome: unknown.
     */
    WebexConnectStatus[WebexConnectStatus["InstagramDeliveryNotificationExpired"] = 7303] = "InstagramDeliveryNotificationExpired";
    /**
     * 7304 (in-app): The app credentials (OAuth) are not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InAppInvalidAppCredentials"] = 7304] = "InAppInvalidAppCredentials";
    /**
     * 7304 (instagram): The app credentials (OAuth) are not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InstagramInvalidAppCredentials"] = 7304] = "InstagramInvalidAppCredentials";
    /**
     * 7304 (twitter-dm): The app credentials (OAuth) are not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["TwitterDmInvalidAppCredentials"] = 7304] = "TwitterDmInvalidAppCredentials";
    /**
     * 7305 (in-app): The user credentials are not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InAppInvalidUserCredentials"] = 7305] = "InAppInvalidUserCredentials";
    /**
     * 7305 (instagram): The user credentials are not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InstagramInvalidUserCredentials"] = 7305] = "InstagramInvalidUserCredentials";
    /**
     * 7306 (instagram): The message was refused as a duplicate of one already sent.
     *
     * Failure: permanent, retry never, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InstagramDuplicateMessage"] = 7306] = "InstagramDuplicateMessage";
    /**
     * 7306 (twitter-dm): Twitter refused the message as a duplicate of one already sent.
     *
     * Failure: permanent, retry never, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["TwitterDmDuplicateMessage"] = 7306] = "TwitterDmDuplicateMessage";
    /**
     * 7307 (in-app): The target endpoint could not be reached.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InAppEndpointNotReachable"] = 7307] = "InAppEndpointNotReachable";
    /**
     * 7307 (instagram): The Instagram endpoint could not be reached.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InstagramEndpointNotReachable"] = 7307] = "InstagramEndpointNotReachable";
    /**
     * 7307 (twitter-dm): The Twitter endpoint could not be reached.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["TwitterDmEndpointNotReachable"] = 7307] = "TwitterDmEndpointNotReachable";
    /**
     * 7307 (apple-messages): The Apple endpoint could not be reached.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["AppleMessagesEndpointNotReachable"] = 7307] = "AppleMessagesEndpointNotReachable";
    /**
     * 7307 (wechat): The WeChat endpoint could not be reached.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatEndpointNotReachable"] = 7307] = "WechatEndpointNotReachable";
    /**
     * 7307 (rcs): The RCS endpoint could not be reached.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["RcsEndpointNotReachable"] = 7307] = "RcsEndpointNotReachable";
    /**
     * 7308 (in-app): The topic named in the request is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InAppInvalidTopic"] = 7308] = "InAppInvalidTopic";
    /**
     * 7309 (in-app): The topic has no subscribers to deliver to.
     *
     * Failure: permanent, retry never, action verify-recipient (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InAppNoTopicSubscribers"] = 7309] = "InAppNoTopicSubscribers";
    /**
     * 7310 (in-app): The segment named in the request does not exist.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InAppNoSegmentFound"] = 7310] = "InAppNoSegmentFound";
    /**
     * 7311 (in-app): The request must name a thread or a stream.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InAppThreadOrStreamRequired"] = 7311] = "InAppThreadOrStreamRequired";
    /**
     * 7312 (in-app): The thread identifier is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InAppInvalidThreadId"] = 7312] = "InAppInvalidThreadId";
    /**
     * 7313 (messenger): The user has not sent the page a message, so a message cannot be sent to them this way.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MessengerNoInboundMessage"] = 7313] = "MessengerNoInboundMessage";
    /**
     * 7313 (instagram): The user has not sent a message first, so a message cannot be sent to them this way.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InstagramNoInboundMessage"] = 7313] = "InstagramNoInboundMessage";
    /**
     * 7316 (apple-messages): The application details configured for the channel are not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["AppleMessagesInvalidApplicationDetails"] = 7316] = "AppleMessagesInvalidApplicationDetails";
    /**
     * 7317 (apple-messages): The merchant API session could not be set up.
     *
     * Failure: unknown, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["AppleMessagesMerchantSessionFailed"] = 7317] = "AppleMessagesMerchantSessionFailed";
    /**
     * 7318 (rcs): The request was bad in a way not covered by a more specific code.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["RcsBadRequest"] = 7318] = "RcsBadRequest";
    /**
     * 7319 (rcs): Something the request refers to was not found.
     *
     * Failure: unknown, retry after-fix, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["RcsNotFound"] = 7319] = "RcsNotFound";
    /**
     * 7320 (rcs): The request body is not valid JSON.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["RcsInvalidJson"] = 7320] = "RcsInvalidJson";
    /**
     * 7321 (rcs): The JSON is well formed but its content is wrong, such as a bad field or an invalid phone number.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["RcsInvalidJsonContent"] = 7321] = "RcsInvalidJsonContent";
    /**
     * 7322 (rcs): No provider is set up for the chatbot.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["RcsProviderNotConfigured"] = 7322] = "RcsProviderNotConfigured";
    /**
     * 7323 (rcs): No carrier could be found for the recipient.
     *
     * Failure: permanent, retry never, action verify-recipient (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["RcsCarrierNotFound"] = 7323] = "RcsCarrierNotFound";
    /**
     * 7324 (rcs): The messages-per-second ceiling was reached.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["RcsMaxTpsReached"] = 7324] = "RcsMaxTpsReached";
    /**
     * 7325 (rcs): The request was not authorised.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["RcsUnauthorized"] = 7325] = "RcsUnauthorized";
    /**
     * 7326 (rcs): An internal system failed while handling the message.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["RcsInternalSystemError"] = 7326] = "RcsInternalSystemError";
    /**
     * 7327 (rcs): An external system failed while handling the message.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["RcsExternalSystemError"] = 7327] = "RcsExternalSystemError";
    /**
     * 7328 (rcs): The platform passes on whatever error detail it has, with no fixed meaning for the code.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["RcsPassThroughError"] = 7328] = "RcsPassThroughError";
    /**
     * 7329 (rcs): The lookup of the recipient's carrier failed.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["RcsCarrierLookupFailed"] = 7329] = "RcsCarrierLookupFailed";
    /**
     * 7330 (rcs): The MaaP returned an error whose details are included.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["RcsMaapError"] = 7330] = "RcsMaapError";
    /**
     * 7331 (rcs): The MaaP rate-limited the message and the retries ran out.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["RcsMaapRateLimitRetriesExpired"] = 7331] = "RcsMaapRateLimitRetriesExpired";
    /**
     * 7334 (rcs): The MaaP sent back a delivery notification (IMDN) reporting failure.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["RcsMaapFailureImdn"] = 7334] = "RcsMaapFailureImdn";
    /**
     * 7500 (sms): The operator confirmed that the handset received the message.
     *
     * Outcome: delivered.
     */
    WebexConnectStatus[WebexConnectStatus["SmsDelivered"] = 7500] = "SmsDelivered";
    /**
     * 7500 (push): The push notification reached the device.
     *
     * Outcome: delivered.
     */
    WebexConnectStatus[WebexConnectStatus["PushDelivered"] = 7500] = "PushDelivered";
    /**
     * 7500 (in-app): The message reached the app on the user's device.
     *
     * Outcome: delivered.
     */
    WebexConnectStatus[WebexConnectStatus["InAppDelivered"] = 7500] = "InAppDelivered";
    /**
     * 7500 (email): The e-mail was delivered.
     *
     * Outcome: delivered.
     */
    WebexConnectStatus[WebexConnectStatus["EmailDelivered"] = 7500] = "EmailDelivered";
    /**
     * 7500 (messenger): The message reached the user.
     *
     * Outcome: delivered.
     */
    WebexConnectStatus[WebexConnectStatus["MessengerDelivered"] = 7500] = "MessengerDelivered";
    /**
     * 7500 (google-business-messages): The message reached the user.
     *
     * Outcome: delivered.
     */
    WebexConnectStatus[WebexConnectStatus["GbmDelivered"] = 7500] = "GbmDelivered";
    /**
     * 7500 (instagram): The message reached the user.
     *
     * Outcome: delivered.
     */
    WebexConnectStatus[WebexConnectStatus["InstagramDelivered"] = 7500] = "InstagramDelivered";
    /**
     * 7500 (whatsapp): The message reached the destination WhatsApp number.
     *
     * Outcome: delivered.
     */
    WebexConnectStatus[WebexConnectStatus["WhatsappDelivered"] = 7500] = "WhatsappDelivered";
    /**
     * 7500 (rcs): The message reached the user.
     *
     * Outcome: delivered.
     */
    WebexConnectStatus[WebexConnectStatus["RcsDelivered"] = 7500] = "RcsDelivered";
    /**
     * 7501 (sms): The message was handed to the network provider and is waiting for a final delivery report.
     *
     * Outcome: accepted.
     */
    WebexConnectStatus[WebexConnectStatus["SmsSubmitted"] = 7501] = "SmsSubmitted";
    /**
     * 7501 (push): The push was passed to the push service (APNS, FCM or HMS) for delivery.
     *
     * Outcome: accepted.
     */
    WebexConnectStatus[WebexConnectStatus["PushSubmitted"] = 7501] = "PushSubmitted";
    /**
     * 7501 (in-app): The message was accepted for delivery.
     *
     * Outcome: accepted.
     */
    WebexConnectStatus[WebexConnectStatus["InAppSubmitted"] = 7501] = "InAppSubmitted";
    /**
     * 7501 (email): The e-mail was passed to the sending gateway.
     *
     * Outcome: accepted.
     */
    WebexConnectStatus[WebexConnectStatus["EmailSubmitted"] = 7501] = "EmailSubmitted";
    /**
     * 7501 (messenger): The message was handed to Messenger for delivery.
     *
     * Outcome: accepted.
     */
    WebexConnectStatus[WebexConnectStatus["MessengerSubmitted"] = 7501] = "MessengerSubmitted";
    /**
     * 7501 (google-business-messages): The message was handed to Google for delivery.
     *
     * Outcome: accepted.
     */
    WebexConnectStatus[WebexConnectStatus["GbmSubmitted"] = 7501] = "GbmSubmitted";
    /**
     * 7501 (instagram): The message was handed to Instagram for delivery.
     *
     * Outcome: accepted.
     */
    WebexConnectStatus[WebexConnectStatus["InstagramSubmitted"] = 7501] = "InstagramSubmitted";
    /**
     * 7501 (twitter-dm): The message was handed to Twitter for delivery.
     *
     * Outcome: accepted.
     */
    WebexConnectStatus[WebexConnectStatus["TwitterDmSubmitted"] = 7501] = "TwitterDmSubmitted";
    /**
     * 7501 (apple-messages): The message was handed to Apple for delivery.
     *
     * Outcome: accepted.
     */
    WebexConnectStatus[WebexConnectStatus["AppleMessagesSubmitted"] = 7501] = "AppleMessagesSubmitted";
    /**
     * 7501 (wechat): The message was handed to WeChat for delivery.
     *
     * Outcome: accepted.
     */
    WebexConnectStatus[WebexConnectStatus["WechatSubmitted"] = 7501] = "WechatSubmitted";
    /**
     * 7501 (whatsapp): The message was handed to WhatsApp for delivery.
     *
     * Outcome: accepted.
     */
    WebexConnectStatus[WebexConnectStatus["WhatsappSubmitted"] = 7501] = "WhatsappSubmitted";
    /**
     * 7501 (rcs): The message was handed on for delivery.
     *
     * Outcome: accepted.
     */
    WebexConnectStatus[WebexConnectStatus["RcsSubmitted"] = 7501] = "RcsSubmitted";
    /**
     * 7502 (push): The user acted on the push on the device; dismissing it does not produce this status.
     *
     * Outcome: read.
     */
    WebexConnectStatus[WebexConnectStatus["PushRead"] = 7502] = "PushRead";
    /**
     * 7502 (in-app): The user read the message.
     *
     * Outcome: read.
     */
    WebexConnectStatus[WebexConnectStatus["InAppRead"] = 7502] = "InAppRead";
    /**
     * 7502 (messenger): The user read the message.
     *
     * Outcome: read.
     */
    WebexConnectStatus[WebexConnectStatus["MessengerRead"] = 7502] = "MessengerRead";
    /**
     * 7502 (google-business-messages): The user read the message.
     *
     * Outcome: read.
     */
    WebexConnectStatus[WebexConnectStatus["GbmRead"] = 7502] = "GbmRead";
    /**
     * 7502 (instagram): The user read the message.
     *
     * Outcome: read.
     */
    WebexConnectStatus[WebexConnectStatus["InstagramRead"] = 7502] = "InstagramRead";
    /**
     * 7502 (whatsapp): The recipient read the message.
     *
     * Outcome: read.
     */
    WebexConnectStatus[WebexConnectStatus["WhatsappRead"] = 7502] = "WhatsappRead";
    /**
     * 7502 (rcs): The user read the message.
     *
     * Outcome: read.
     */
    WebexConnectStatus[WebexConnectStatus["RcsRead"] = 7502] = "RcsRead";
    /**
     * 7503 (push): The message expired before any delivery attempt was made.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushExpiredBeforeDelivery"] = 7503] = "PushExpiredBeforeDelivery";
    /**
     * 7504 (push): Authentication with the push service failed.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushAuthenticationError"] = 7504] = "PushAuthenticationError";
    /**
     * 7505 (push): The Android payload is over the 4 KB limit.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushPayloadTooLargeAndroid"] = 7505] = "PushPayloadTooLargeAndroid";
    /**
     * 7506 (push): The time-to-live value given for Android is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushInvalidTtlAndroid"] = 7506] = "PushInvalidTtlAndroid";
    /**
     * 7507 (push): Too many requests arrived for the same app.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushTooManyRequestsForApp"] = 7507] = "PushTooManyRequestsForApp";
    /**
     * 7508 (push): The Google Cloud Messaging server reported an error.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushGcmServerError"] = 7508] = "PushGcmServerError";
    /**
     * 7509 (push): Too many requests arrived for the same customer at once.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushTooManyConcurrentRequestsForCustomer"] = 7509] = "PushTooManyConcurrentRequestsForCustomer";
    /**
     * 7510 (push): The iOS payload is over the 4 KB limit.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushPayloadTooLargeIos"] = 7510] = "PushPayloadTooLargeIos";
    /**
     * 7511 (push): The time-to-live value given for iOS is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushInvalidTtlIos"] = 7511] = "PushInvalidTtlIos";
    /**
     * 7512 (push): The push identifier of the target is not valid.
     *
     * Failure: permanent, retry never, action verify-recipient (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushInvalidPushId"] = 7512] = "PushInvalidPushId";
    /**
     * 7513 (sms): The destination device is not registered.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["SmsUnregisteredDevice"] = 7513] = "SmsUnregisteredDevice";
    /**
     * 7513 (push): The target device is not registered for push.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushUnregisteredDevice"] = 7513] = "PushUnregisteredDevice";
    /**
     * 7514 (push): The APNS certificate does not match the gateway it was used against.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushWrongApnsCertificateGateway"] = 7514] = "PushWrongApnsCertificateGateway";
    /**
     * 7515 (push): The APNS certificate is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushBadApnsCertificate"] = 7515] = "PushBadApnsCertificate";
    /**
     * 7516 (push): Too many requests were sent to the same device.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushTooManyRequestsForDevice"] = 7516] = "PushTooManyRequestsForDevice";
    /**
     * 7517 (push): The APNS server reported an error.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushApnsServerError"] = 7517] = "PushApnsServerError";
    /**
     * 7518 (sms): An error occurred that the platform could not identify.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["SmsUnknownError"] = 7518] = "SmsUnknownError";
    /**
     * 7518 (push): An error occurred that the platform could not identify.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushUnknownError"] = 7518] = "PushUnknownError";
    /**
     * 7519 (voice): The recipient picked up the call.
     *
     * Outcome: delivered.
     */
    WebexConnectStatus[WebexConnectStatus["VoiceCallAnswered"] = 7519] = "VoiceCallAnswered";
    /**
     * 7520 (email): The e-mail bounced; the Amazon SES bounce type (undetermined, permanent or transient, with sub-types) tells why.
     *
     * Failure: unknown, retry after-fix, action investigate (documented).
     */
    WebexConnectStatus[WebexConnectStatus["EmailBounce"] = 7520] = "EmailBounce";
    /**
     * 7521 (email): The recipient side reported a complaint about the e-mail, such as abuse, fraud, an authentication failure or a virus.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["EmailComplaint"] = 7521] = "EmailComplaint";
    /**
     * 7522 (email): The account is in sandbox mode and the destination address has not been verified.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["EmailAddressNotVerified"] = 7522] = "EmailAddressNotVerified";
    /**
     * 7523 (email): The destination address is not a well-formed e-mail address with a local part, an @ and a dotted domain.
     *
     * Failure: permanent, retry never, action verify-recipient (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["EmailInvalidAddress"] = 7523] = "EmailInvalidAddress";
    /**
     * 7524 (email): The address is over the length limits: 64 characters before the @, 255 for the domain, 320 in total.
     *
     * Failure: permanent, retry never, action verify-recipient (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["EmailAddressTooLong"] = 7524] = "EmailAddressTooLong";
    /**
     * 7526 (messenger): Subscription messaging permission is not turned on, or the request carried a tag that is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MessengerSubscriptionPermissionOrTag"] = 7526] = "MessengerSubscriptionPermissionOrTag";
    /**
     * 7526 (instagram): Subscription messaging permission is not turned on, or the request carried a tag that is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InstagramSubscriptionPermissionOrTag"] = 7526] = "InstagramSubscriptionPermissionOrTag";
    /**
     * 7535 (email): The whole e-mail including attachments is bigger than allowed, 40 MB for clients after version 5.63.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["EmailAttachmentTooLarge"] = 7535] = "EmailAttachmentTooLarge";
    /**
     * 7536 (email): The e-mail template could not be fetched because parsing it raised an exception.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["EmailTemplateFetchFailed"] = 7536] = "EmailTemplateFetchFailed";
    /**
     * 7537 (push): Only part of the tokens were sent; the ones listed as illegal_token failed.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushSomeTokensFailed"] = 7537] = "PushSomeTokensFailed";
    /**
     * 7538 (push): Some of the token parameters are wrong.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushIncorrectTokenParameters"] = 7538] = "PushIncorrectTokenParameters";
    /**
     * 7539 (push): A synchronisation message must go to exactly one token.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushSyncMessageNeedsOneToken"] = 7539] = "PushSyncMessageNeedsOneToken";
    /**
     * 7540 (push): The message is not structured correctly.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushIncorrectMessageStructure"] = 7540] = "PushIncorrectMessageStructure";
    /**
     * 7541 (push): The message's expiration time lies before the current time.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushExpiryInPast"] = 7541] = "PushExpiryInPast";
    /**
     * 7542 (push): The collapse_key field of the message is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushInvalidCollapseKey"] = 7542] = "PushInvalidCollapseKey";
    /**
     * 7543 (push): The message was refused because it contains sensitive information.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushSensitiveContent"] = 7543] = "PushSensitiveContent";
    /**
     * 7544 (push): OAuth authentication with the push service failed.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushOAuthError"] = 7544] = "PushOAuthError";
    /**
     * 7545 (push): The OAuth token used for the push service has expired.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushOAuthTokenExpired"] = 7545] = "PushOAuthTokenExpired";
    /**
     * 7546 (push): The app is not permitted to send push messages.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushNoSendPermission"] = 7546] = "PushNoSendPermission";
    /**
     * 7547 (push): None of the tokens in the request is valid.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushAllTokensInvalid"] = 7547] = "PushAllTokensInvalid";
    /**
     * 7548 (push): The message body is bigger than the default size limit.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushBodyTooLarge"] = 7548] = "PushBodyTooLarge";
    /**
     * 7549 (push): The message body lists more tokens than the default limit.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushTooManyTokens"] = 7549] = "PushTooManyTokens";
    /**
     * 7550 (push): The sender lacks permission to send high-priority notifications.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushHighPriorityNotAllowed"] = 7550] = "PushHighPriorityNotAllowed";
    /**
     * 7551 (push): The push service hit an internal error.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["PushSystemInternalError"] = 7551] = "PushSystemInternalError";
    /**
     * 7553 (email): Authentication against the SMTP server failed.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["EmailSmtpAuthFailed"] = 7553] = "EmailSmtpAuthFailed";
    /**
     * 7554 (email): Sending over SMTP failed, with no further reason given.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["EmailSmtpFailure"] = 7554] = "EmailSmtpFailure";
    /**
     * 7601 (wechat): WeChat could not verify the request.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatVerificationFailed"] = 7601] = "WechatVerificationFailed";
    /**
     * 7602 (wechat): The WeChat user ID of the recipient is not valid.
     *
     * Failure: permanent, retry never, action verify-recipient (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatInvalidUserId"] = 7602] = "WechatInvalidUserId";
    /**
     * 7603 (wechat): The media file is of a type WeChat does not accept.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatInvalidMediaFileType"] = 7603] = "WechatInvalidMediaFileType";
    /**
     * 7604 (wechat): The file is of a type that is not accepted.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatInvalidFileType"] = 7604] = "WechatInvalidFileType";
    /**
     * 7605 (wechat): The file size is outside the allowed limits.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatInvalidFileSize"] = 7605] = "WechatInvalidFileSize";
    /**
     * 7606 (wechat): The media file ID does not refer to a valid file.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatInvalidMediaFileId"] = 7606] = "WechatInvalidMediaFileId";
    /**
     * 7607 (sms): The operator does not accept this kind of message, for example binary or Unicode.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["SmsInvalidMessageType"] = 7607] = "SmsInvalidMessageType";
    /**
     * 7607 (wechat): The message type is not one WeChat accepts.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatInvalidMessageType"] = 7607] = "WechatInvalidMessageType";
    /**
     * 7608 (wechat): The image file size is outside the allowed limits.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatInvalidImageFileSize"] = 7608] = "WechatInvalidImageFileSize";
    /**
     * 7609 (wechat): The audio file size is outside the allowed limits.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatInvalidAudioFileSize"] = 7609] = "WechatInvalidAudioFileSize";
    /**
     * 7610 (wechat): The video file size is outside the allowed limits.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatInvalidVideoFileSize"] = 7610] = "WechatInvalidVideoFileSize";
    /**
     * 7611 (wechat): The thumbnail file size is outside the allowed limits.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatInvalidThumbnailFileSize"] = 7611] = "WechatInvalidThumbnailFileSize";
    /**
     * 7612 (wechat): The WeChat App ID is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatInvalidAppId"] = 7612] = "WechatInvalidAppId";
    /**
     * 7613 (wechat): The access token is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatInvalidAccessToken"] = 7613] = "WechatInvalidAccessToken";
    /**
     * 7614 (wechat): The OAuth code is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatInvalidOAuthCode"] = 7614] = "WechatInvalidOAuthCode";
    /**
     * 7615 (wechat): The refresh token is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatInvalidRefreshToken"] = 7615] = "WechatInvalidRefreshToken";
    /**
     * 7616 (wechat): The list of OpenIDs is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatInvalidOpenIdList"] = 7616] = "WechatInvalidOpenIdList";
    /**
     * 7617 (wechat): The list of OpenIDs has a length that is not allowed.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatInvalidOpenIdListLength"] = 7617] = "WechatInvalidOpenIdListLength";
    /**
     * 7618 (wechat): The request contains a character that may not be used.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatInvalidRequestCharacters"] = 7618] = "WechatInvalidRequestCharacters";
    /**
     * 7619 (wechat): A parameter in the request is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatInvalidParameters"] = 7619] = "WechatInvalidParameters";
    /**
     * 7620 (wechat): The request is not in a valid format.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatInvalidRequestFormat"] = 7620] = "WechatInvalidRequestFormat";
    /**
     * 7621 (wechat): A URL in the request has a length that is not allowed.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatInvalidUrlLength"] = 7621] = "WechatInvalidUrlLength";
    /**
     * 7622 (wechat): The access token parameter is missing.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatMissingAccessToken"] = 7622] = "WechatMissingAccessToken";
    /**
     * 7623 (wechat): The appid parameter is missing.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatMissingAppId"] = 7623] = "WechatMissingAppId";
    /**
     * 7624 (wechat): The refresh token parameter is missing.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatMissingRefreshToken"] = 7624] = "WechatMissingRefreshToken";
    /**
     * 7625 (wechat): The secret parameter is missing.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatMissingSecret"] = 7625] = "WechatMissingSecret";
    /**
     * 7626 (wechat): The data of the multimedia file is missing.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatMultimediaDataMissing"] = 7626] = "WechatMultimediaDataMissing";
    /**
     * 7627 (wechat): The media id parameter is missing.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatMissingMediaId"] = 7627] = "WechatMissingMediaId";
    /**
     * 7628 (wechat): The recipient does not follow the account yet.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatNotFollower7628"] = 7628] = "WechatNotFollower7628";
    /**
     * 7629 (wechat): The recipient does not follow the account yet.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatNotFollower7629"] = 7629] = "WechatNotFollower7629";
    /**
     * 7630 (wechat): The rich media message has no content.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatRichMediaEmpty"] = 7630] = "WechatRichMediaEmpty";
    /**
     * 7631 (wechat): The text message has no content.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatTextEmpty"] = 7631] = "WechatTextEmpty";
    /**
     * 7632 (wechat): The error comes from the size of the multimedia file.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatMultimediaFileSizeError"] = 7632] = "WechatMultimediaFileSizeError";
    /**
     * 7633 (wechat): The message content is too long.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatContentTooLong"] = 7633] = "WechatContentTooLong";
    /**
     * 7634 (wechat): The title is too long.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatTitleTooLong"] = 7634] = "WechatTitleTooLong";
    /**
     * 7635 (wechat): The description is too long.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatDescriptionTooLong"] = 7635] = "WechatDescriptionTooLong";
    /**
     * 7636 (wechat): The URL is too long.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatUrlTooLong"] = 7636] = "WechatUrlTooLong";
    /**
     * 7637 (wechat): The image URL is too long.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatImageUrlTooLong"] = 7637] = "WechatImageUrlTooLong";
    /**
     * 7638 (wechat): The audio plays for longer than allowed.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatAudioTooLong"] = 7638] = "WechatAudioTooLong";
    /**
     * 7639 (wechat): The rich media message holds more items than allowed.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatTooManyRichMediaItems"] = 7639] = "WechatTooManyRichMediaItems";
    /**
     * 7640 (wechat): The error comes from the call to the WeChat interface, with no further detail.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatInterfaceCallError"] = 7640] = "WechatInterfaceCallError";
    /**
     * 7641 (wechat): More messages were sent than the allowed number.
     *
     * Failure: transient, retry safe, action wait (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatMessageQuotaExceeded"] = 7641] = "WechatMessageQuotaExceeded";
    /**
     * 7642 (wechat): The user does not exist.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatUserNotFound"] = 7642] = "WechatUserNotFound";
    /**
     * 7643 (wechat): The image file is of a type that is not accepted.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WechatInvalidImageFileType"] = 7643] = "WechatInvalidImageFileType";
    /**
     * 7701 (whatsapp): WhatsApp could not download the media supplied by the sender.
     *
     * Failure: unknown, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WhatsappMediaDownloadError"] = 7701] = "WhatsappMediaDownloadError";
    /**
     * 7703 (in-app): A Generic Template element has more than the 3 buttons allowed.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InAppTooManyButtons"] = 7703] = "InAppTooManyButtons";
    /**
     * 7704 (in-app): Identifiers in a Generic Template or Quick Replies message repeat, which is not allowed.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InAppDuplicateIdentifiers"] = 7704] = "InAppDuplicateIdentifiers";
    /**
     * 7704 (whatsapp): The message was dropped because it stayed pending for too long.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WhatsappMessagePendingTooLong"] = 7704] = "WhatsappMessagePendingTooLong";
    /**
     * 7705 (whatsapp): The message could not be sent within its time-to-live.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WhatsappMessageExpired"] = 7705] = "WhatsappMessageExpired";
    /**
     * 7706 (in-app): The message carries more than the 5 quick replies allowed.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InAppTooManyQuickReplies"] = 7706] = "InAppTooManyQuickReplies";
    /**
     * 7706 (whatsapp): Too many messages went out from this phone number in a short time; the failed ones may be sent again.
     *
     * Failure: transient, retry safe, action reduce-rate (documented).
     */
    WebexConnectStatus[WebexConnectStatus["WhatsappRateLimitHit"] = 7706] = "WhatsappRateLimitHit";
    /**
     * 7708 (in-app): A Generic Template element has more than the 5 image URLs allowed.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["InAppTooManyImageUrls"] = 7708] = "InAppTooManyImageUrls";
    /**
     * 7710 (whatsapp): More than 24 hours have passed since the customer last replied, so only a message template may be sent.
     *
     * Failure: permanent, retry after-fix, action use-template (documented).
     */
    WebexConnectStatus[WebexConnectStatus["WhatsappReEngagementRequired"] = 7710] = "WhatsappReEngagementRequired";
    /**
     * 7711 (whatsapp): The phone number is limited in how many messages it may send, possibly because earlier messages were blocked or reported as spam.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WhatsappSpamRateLimitHit"] = 7711] = "WhatsappSpamRateLimitHit";
    /**
     * 7714 (whatsapp): The message is longer than 4096 characters.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WhatsappMessageTooLong"] = 7714] = "WhatsappMessageTooLong";
    /**
     * 7715 (whatsapp): The recipient type given in the request is not one WhatsApp accepts.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WhatsappInvalidRecipientType"] = 7715] = "WhatsappInvalidRecipientType";
    /**
     * 7720 (sms): The recipient has blocked messages from reaching them.
     *
     * Failure: permanent, retry never, action suppress-recipient (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["SmsRecipientBlocked"] = 7720] = "SmsRecipientBlocked";
    /**
     * 7721 (whatsapp): A required parameter is missing.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WhatsappRequiredParameterMissing"] = 7721] = "WhatsappRequiredParameterMissing";
    /**
     * 7722 (apple-messages): A parameter has a value that is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["AppleMessagesInvalidParameterValue"] = 7722] = "AppleMessagesInvalidParameterValue";
    /**
     * 7722 (whatsapp): A parameter value is of the wrong type or otherwise unacceptable, for example a namespace that does not belong to the WhatsApp Business Account.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WhatsappInvalidParameterValue"] = 7722] = "WhatsappInvalidParameterValue";
    /**
     * 7726 (whatsapp): The recipient is not a valid WhatsApp user.
     *
     * Failure: permanent, retry never, action verify-recipient (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WhatsappInvalidUser"] = 7726] = "WhatsappInvalidUser";
    /**
     * 7736 (whatsapp): WhatsApp returned a generic error with no specific cause.
     *
     * Failure: unknown, retry safe, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["WhatsappGenericError"] = 7736] = "WhatsappGenericError";
    /**
     * 7738 (apple-messages): The media could not be uploaded.
     *
     * Failure: unknown, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["AppleMessagesMediaUploadFailed"] = 7738] = "AppleMessagesMediaUploadFailed";
    /**
     * 7740 (rcs): The media details in the message are not valid.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["RcsInvalidMediaDetails"] = 7740] = "RcsInvalidMediaDetails";
    /**
     * 7900 (google-business-messages): Google reported no error for the request.
     *
     * Outcome: delivered.
     */
    WebexConnectStatus[WebexConnectStatus["GbmNoError"] = 7900] = "GbmNoError";
    /**
     * 7901 (google-business-messages): The client passed an argument that is not valid; the error details say which.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["GbmInvalidArgument"] = 7901] = "GbmInvalidArgument";
    /**
     * 7902 (google-business-messages): The system is not in a state that allows the request to run.
     *
     * Failure: permanent, retry after-fix, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["GbmFailedPrecondition"] = 7902] = "GbmFailedPrecondition";
    /**
     * 7903 (google-business-messages): The client gave a range that is not valid.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["GbmOutOfRange"] = 7903] = "GbmOutOfRange";
    /**
     * 7904 (google-business-messages): The request was not authenticated because the OAuth token is missing, invalid or expired.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["GbmUnauthenticated"] = 7904] = "GbmUnauthenticated";
    /**
     * 7905 (google-business-messages): The client lacks permission, for example because the OAuth token has the wrong scopes or the API is not enabled.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["GbmPermissionDenied"] = 7905] = "GbmPermissionDenied";
    /**
     * 7906 (google-business-messages): A resource named in the request does not exist.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["GbmNotFound"] = 7906] = "GbmNotFound";
    /**
     * 7907 (google-business-messages): A concurrency conflict, such as a clash between a read and a write, stopped the request.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["GbmAborted"] = 7907] = "GbmAborted";
    /**
     * 7908 (google-business-messages): The resource the client tried to create exists already.
     *
     * Failure: permanent, retry never, action investigate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["GbmAlreadyExists"] = 7908] = "GbmAlreadyExists";
    /**
     * 7909 (google-business-messages): A resource quota ran out or a rate limit was hit; the QuotaFailure detail explains which.
     *
     * Failure: transient, retry safe, action reduce-rate (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["GbmResourceExhausted"] = 7909] = "GbmResourceExhausted";
    /**
     * 7910 (google-business-messages): The client cancelled the request.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["GbmCancelled"] = 7910] = "GbmCancelled";
    /**
     * 7911 (google-business-messages): Data was lost or corrupted beyond recovery.
     *
     * Failure: unknown, retry safe, action contact-provider (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["GbmDataLoss"] = 7911] = "GbmDataLoss";
    /**
     * 7912 (google-business-messages): The server hit an internal error, usually a bug on its side.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["GbmInternalError"] = 7912] = "GbmInternalError";
    /**
     * 7913 (google-business-messages): The server does not implement the API method called.
     *
     * Failure: permanent, retry after-fix, action fix-request (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["GbmNotImplemented"] = 7913] = "GbmNotImplemented";
    /**
     * 7914 (google-business-messages): A network fault, such as an outage or misconfiguration, occurred before the request reached the server.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["GbmNetworkError"] = 7914] = "GbmNetworkError";
    /**
     * 7915 (google-business-messages): The service is unavailable, usually because the server is down.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["GbmServiceUnavailable"] = 7915] = "GbmServiceUnavailable";
    /**
     * 7916 (google-business-messages): The request did not finish within a deadline the caller set shorter than the method's default.
     *
     * Failure: transient, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["GbmDeadlineExceeded"] = 7916] = "GbmDeadlineExceeded";
    /**
     * 7917 (google-business-messages): The server failed with an unknown error, usually a bug on its side.
     *
     * Failure: unknown, retry safe, action retry-later (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["GbmUnknownServerError"] = 7917] = "GbmUnknownServerError";
    /**
     * 8009 (voice): No profile of the given kind exists for this tenant.
     *
     * Failure: permanent, retry after-fix, action fix-configuration (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["VoiceProfileNotFound"] = 8009] = "VoiceProfileNotFound";
    /**
     * 2018047 (messenger): Messenger did not carry out the action because of privacy rules that apply in Europe.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MessengerEuPrivacyRule2018047"] = 2018047] = "MessengerEuPrivacyRule2018047";
    /**
     * 2018336 (messenger): Messenger did not carry out the action because of privacy rules that apply in Europe.
     *
     * Failure: permanent, retry after-fix, action fix-content (inferred).
     */
    WebexConnectStatus[WebexConnectStatus["MessengerEuPrivacyRule2018336"] = 2018336] = "MessengerEuPrivacyRule2018336";
})(WebexConnectStatus || (WebexConnectStatus = {}));
/** Catalog metadata of every Webex Connect code, by channel. */
export const webexConnectTable = {
    "common": {
        7000: { code: 7000, channel: "common", name: "CommonInvalidJson", summary: "The request body could not be parsed as valid JSON.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Common Error Codes across Channels / 7000" }] },
        7001: { code: 7001, channel: "common", name: "CommonAuthenticationFailed", summary: "The platform could not authenticate the request with the credentials supplied.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Common Error Codes across Channels / 7001" }] },
        7002: { code: 7002, channel: "common", name: "CommonServiceKeyMissing", summary: "The request did not carry the service key that identifies the sending service.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Common Error Codes across Channels / 7002" }] },
        7003: { code: 7003, channel: "common", name: "CommonMandatoryParametersMissing", summary: "One or more parameters the API requires were left out of the request.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Common Error Codes across Channels / 7003" }] },
        7004: { code: 7004, channel: "common", name: "CommonInvalidParameters", summary: "A parameter in the request has a value or form the API does not accept.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Common Error Codes across Channels / 7004" }] },
        7005: { code: 7005, channel: "common", name: "CommonRequestExpired", summary: "The request was no longer valid by the time the platform came to process it.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Common Error Codes across Channels / 7005" }], note: "The seed does not say what made the request expire; send a fresh request rather than replaying the old one." },
        7006: { code: 7006, channel: "common", name: "CommonInternalError", summary: "Something went wrong inside the platform while handling the request.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Common Error Codes across Channels / 7006" }] },
        7007: { code: 7007, channel: "common", name: "CommonServiceInactive", summary: "The service the request addresses is not active on the account.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Common Error Codes across Channels / 7007" }] },
        7009: { code: 7009, channel: "common", name: "CommonTooManyDestinations", summary: "The request listed more destination addresses than the limit of 1000.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Common Error Codes across Channels / 7009" }] },
        7020: { code: 7020, channel: "common", name: "CommonTransactionLimitReached", summary: "The account has hit the highest number of transactions it is allowed.", outcome: "failed", permanence: "transient", retry: "safe", action: "reduce-rate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Common Error Codes across Channels / 7020" }], note: "The seed does not say whether this is a rate or a quota; if it persists after slowing down, ask the provider to raise the limit." },
        7104: { code: 7104, channel: "common", name: "CommonInvalidAppId", summary: "The app identifier in the request is not recognised.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Common Error Codes across Channels / 7104" }] },
        7200: { code: 7200, channel: "common", name: "CommonUnknownStatus", summary: "The platform has no definite delivery state for the message.", outcome: "unknown", action: "investigate", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Common Error Codes across Channels / 7200" }] },
    },
    "sms": {
        7004: { code: 7004, channel: "sms", name: "SmsInvalidParameters", summary: "The send request contained a parameter or value that is not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS / 7004" }] },
        7006: { code: 7006, channel: "sms", name: "SmsInternalServerError", summary: "The gateway failed the message before passing it to the destination operator; the failure may be a passing one.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS / 7006" }] },
        7101: { code: 7101, channel: "sms", name: "SmsInvalidSenderId", summary: "The sender ID is wrong for this request or is not authorised or set up at the destination operator.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS / 7101" }] },
        7102: { code: 7102, channel: "sms", name: "SmsInvalidAddress", summary: "The destination number is not a valid address.", outcome: "failed", permanence: "permanent", retry: "never", action: "verify-recipient", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS / 7102" }] },
        7109: { code: 7109, channel: "sms", name: "SmsUserInDnd", summary: "The recipient is on a Do Not Disturb register.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS / 7109" }] },
        7111: { code: 7111, channel: "sms", name: "SmsSpamContentDetected", summary: "The operator blocked the sender at network level for breaking carrier rules on sending volume or content.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS (additional codes for US and Canada tenants) / 7111" }], note: "Change the content or sending pattern before trying again; resending as is will be blocked again." },
        7201: { code: 7201, channel: "sms", name: "SmsOperatorDeliveryFailed", summary: "The operator received the message but turned it away for a network-side reason such as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS / 7201" }], note: "The seed lists temporary failures alongside other unspecified network issues, so a resend may not always succeed." },
        7202: { code: 7202, channel: "sms", name: "SmsPlatformDeliveryFailed", summary: "Delivery failed inside the platform itself, with no further reason given.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS / 7202" }] },
        7203: { code: 7203, channel: "sms", name: "SmsUnknownSubscriber", summary: "The destination network does not know the number, for example because the subscription ended, the number was ported away, or service blocks stop delivery.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS / 7203" }] },
        7204: { code: 7204, channel: "sms", name: "SmsSubscriberNoCredit", summary: "The recipient is a prepaid subscriber whose SIM has run out of credit and cannot take messages for now.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS / 7204" }] },
        7205: { code: 7205, channel: "sms", name: "SmsBinaryMessageError", summary: "The binary message was faulty.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS / 7205" }] },
        7206: { code: 7206, channel: "sms", name: "SmsSimFull", summary: "The recipient's SIM has no room left for new messages.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS / 7206" }] },
        7207: { code: 7207, channel: "sms", name: "SmsOutOfCoverage", summary: "The recipient's handset is out of coverage or cannot be reached.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS / 7207" }] },
        7208: { code: 7208, channel: "sms", name: "SmsMessageExpired", summary: "The message ran out of its delivery time before the handset accepted it, typically because the handset was switched off or its memory was full.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS / 7208" }] },
        7209: { code: 7209, channel: "sms", name: "SmsMultipartFailed", summary: "At least one part of a multi-part or specially encoded message came back undelivered; every part carries this code and the real cause is not disclosed.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS / 7209" }] },
        7210: { code: 7210, channel: "sms", name: "SmsBillingConfigurationError", summary: "The billing set-up for the message is faulty.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "contact-provider", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS / 7210" }] },
        7211: { code: 7211, channel: "sms", name: "SmsOperatorBillingError", summary: "The network operator refused delivery because of a billing problem.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "contact-provider", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS / 7211" }] },
        7280: { code: 7280, channel: "sms", name: "SmsMessageDeletedByOperator", summary: "The network operator dropped the message for technical reasons tied to network performance.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS (additional codes for US and Canada tenants) / 7280" }] },
        7281: { code: 7281, channel: "sms", name: "SmsCampaignNotRegistered", summary: "The sending number is not tied to an approved 10DLC brand and campaign in the campaign registry, so the operator blocks it.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS (additional codes for US and Canada tenants) / 7281" }] },
        7282: { code: 7282, channel: "sms", name: "SmsInvalidRoute", summary: "No valid route exists for the message.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "contact-provider", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS (additional codes for US and Canada tenants) / 7282" }] },
        7283: { code: 7283, channel: "sms", name: "SmsInvalidOperatorOrLandline", summary: "The destination operator is not valid or the number is a landline.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS (additional codes for US and Canada tenants) / 7283" }] },
        7284: { code: 7284, channel: "sms", name: "SmsDuplicateMessage", summary: "The duplicate guard stopped the message as a repeat of one already sent.", outcome: "failed", permanence: "permanent", retry: "never", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS (additional codes for US and Canada tenants) / 7284" }], note: "Do not resend; find out why the same message was submitted twice." },
        7302: { code: 7302, channel: "sms", name: "SmsRateLimitExceeded", summary: "The sender ID went over its authorised messages-per-second limit, such as the throughput tied to its 10DLC campaign.", outcome: "failed", permanence: "transient", retry: "safe", action: "reduce-rate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS (additional codes for US and Canada tenants) / 7302" }] },
        7500: { code: 7500, channel: "sms", name: "SmsDelivered", summary: "The operator confirmed that the handset received the message.", outcome: "delivered", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS / 7500" }] },
        7501: { code: 7501, channel: "sms", name: "SmsSubmitted", summary: "The message was handed to the network provider and is waiting for a final delivery report.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS / 7501" }] },
        7513: { code: 7513, channel: "sms", name: "SmsUnregisteredDevice", summary: "The destination device is not registered.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS (additional codes for US and Canada tenants) / 7513" }] },
        7518: { code: 7518, channel: "sms", name: "SmsUnknownError", summary: "An error occurred that the platform could not identify.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS (additional codes for US and Canada tenants) / 7518" }] },
        7607: { code: 7607, channel: "sms", name: "SmsInvalidMessageType", summary: "The operator does not accept this kind of message, for example binary or Unicode.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS (additional codes for US and Canada tenants) / 7607" }] },
        7720: { code: 7720, channel: "sms", name: "SmsRecipientBlocked", summary: "The recipient has blocked messages from reaching them.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "SMS (additional codes for US and Canada tenants) / 7720" }] },
    },
    "voice": {
        7000: { code: 7000, channel: "voice", name: "VoiceInvalidJson", summary: "The request body could not be parsed as valid JSON.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Voice / 7000" }] },
        7003: { code: 7003, channel: "voice", name: "VoiceMandatoryParameterMissing", summary: "A required parameter is missing; the message names the parameter.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Voice / 7003" }] },
        7004: { code: 7004, channel: "voice", name: "VoiceInvalidParameter", summary: "A parameter has an unacceptable value; the message names the parameter.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Voice / 7004" }] },
        7005: { code: 7005, channel: "voice", name: "VoiceRequestExpired", summary: "The request was no longer valid by the time the platform came to process it.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Voice / 7005" }], note: "The seed does not say what made the request expire; send a fresh request rather than replaying the old one." },
        7009: { code: 7009, channel: "voice", name: "VoiceTooManyDestinations", summary: "The request listed more destinations than allowed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Voice / 7009" }] },
        7016: { code: 7016, channel: "voice", name: "VoiceUnknownException", summary: "An unexpected exception occurred with no further detail.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Voice / 7016" }] },
        7020: { code: 7020, channel: "voice", name: "VoiceTransactionLimitReached", summary: "The account has hit the highest number of transactions it is allowed.", outcome: "failed", permanence: "transient", retry: "safe", action: "reduce-rate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Voice / 7020" }] },
        7022: { code: 7022, channel: "voice", name: "VoiceJsonTooLarge", summary: "The JSON body is larger than permitted.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Voice / 7022" }] },
        7101: { code: 7101, channel: "voice", name: "VoiceInvalidSenderId", summary: "The caller ID used as sender is not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Voice / 7101" }] },
        7102: { code: 7102, channel: "voice", name: "VoiceInvalidDestination", summary: "The number to call is not a valid destination.", outcome: "failed", permanence: "permanent", retry: "never", action: "verify-recipient", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Voice / 7102" }] },
        7104: { code: 7104, channel: "voice", name: "VoiceInvalidAppId", summary: "The app identifier in the request is not recognised.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Voice / 7104" }] },
        7107: { code: 7107, channel: "voice", name: "VoiceMessageTooLong", summary: "The message is longer than the allowed length.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Voice / 7107" }] },
        7108: { code: 7108, channel: "voice", name: "VoiceInvalidTemplateId", summary: "The template identifier given does not match a usable template.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Voice / 7108" }] },
        7126: { code: 7126, channel: "voice", name: "VoiceInvalidContentType", summary: "The content type of the request is not supported.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Voice / 7126" }] },
        7127: { code: 7127, channel: "voice", name: "VoiceSourceIpNotWhitelisted", summary: "The request came from an IP address that is not on the allow list.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Voice / 7127" }] },
        7519: { code: 7519, channel: "voice", name: "VoiceCallAnswered", summary: "The recipient picked up the call.", outcome: "delivered", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Voice / 7519" }] },
        8009: { code: 8009, channel: "voice", name: "VoiceProfileNotFound", summary: "No profile of the given kind exists for this tenant.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Voice / 8009" }] },
    },
    "push": {
        7500: { code: 7500, channel: "push", name: "PushDelivered", summary: "The push notification reached the device.", outcome: "delivered", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7500" }] },
        7501: { code: 7501, channel: "push", name: "PushSubmitted", summary: "The push was passed to the push service (APNS, FCM or HMS) for delivery.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7501" }] },
        7502: { code: 7502, channel: "push", name: "PushRead", summary: "The user acted on the push on the device; dismissing it does not produce this status.", outcome: "read", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7502" }] },
        7503: { code: 7503, channel: "push", name: "PushExpiredBeforeDelivery", summary: "The message expired before any delivery attempt was made.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7503" }] },
        7504: { code: 7504, channel: "push", name: "PushAuthenticationError", summary: "Authentication with the push service failed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7504" }] },
        7505: { code: 7505, channel: "push", name: "PushPayloadTooLargeAndroid", summary: "The Android payload is over the 4 KB limit.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7505" }] },
        7506: { code: 7506, channel: "push", name: "PushInvalidTtlAndroid", summary: "The time-to-live value given for Android is not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7506" }] },
        7507: { code: 7507, channel: "push", name: "PushTooManyRequestsForApp", summary: "Too many requests arrived for the same app.", outcome: "failed", permanence: "transient", retry: "safe", action: "reduce-rate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7507" }] },
        7508: { code: 7508, channel: "push", name: "PushGcmServerError", summary: "The Google Cloud Messaging server reported an error.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7508" }] },
        7509: { code: 7509, channel: "push", name: "PushTooManyConcurrentRequestsForCustomer", summary: "Too many requests arrived for the same customer at once.", outcome: "failed", permanence: "transient", retry: "safe", action: "reduce-rate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7509" }] },
        7510: { code: 7510, channel: "push", name: "PushPayloadTooLargeIos", summary: "The iOS payload is over the 4 KB limit.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7510" }] },
        7511: { code: 7511, channel: "push", name: "PushInvalidTtlIos", summary: "The time-to-live value given for iOS is not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7511" }] },
        7512: { code: 7512, channel: "push", name: "PushInvalidPushId", summary: "The push identifier of the target is not valid.", outcome: "failed", permanence: "permanent", retry: "never", action: "verify-recipient", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7512" }] },
        7513: { code: 7513, channel: "push", name: "PushUnregisteredDevice", summary: "The target device is not registered for push.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7513" }] },
        7514: { code: 7514, channel: "push", name: "PushWrongApnsCertificateGateway", summary: "The APNS certificate does not match the gateway it was used against.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7514" }] },
        7515: { code: 7515, channel: "push", name: "PushBadApnsCertificate", summary: "The APNS certificate is not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7515" }] },
        7516: { code: 7516, channel: "push", name: "PushTooManyRequestsForDevice", summary: "Too many requests were sent to the same device.", outcome: "failed", permanence: "transient", retry: "safe", action: "reduce-rate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7516" }] },
        7517: { code: 7517, channel: "push", name: "PushApnsServerError", summary: "The APNS server reported an error.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7517" }] },
        7518: { code: 7518, channel: "push", name: "PushUnknownError", summary: "An error occurred that the platform could not identify.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7518" }] },
        7537: { code: 7537, channel: "push", name: "PushSomeTokensFailed", summary: "Only part of the tokens were sent; the ones listed as illegal_token failed.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7537" }], note: "Partial success: resend nothing to the tokens that went through, and treat the illegal tokens as dead." },
        7538: { code: 7538, channel: "push", name: "PushIncorrectTokenParameters", summary: "Some of the token parameters are wrong.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7538" }] },
        7539: { code: 7539, channel: "push", name: "PushSyncMessageNeedsOneToken", summary: "A synchronisation message must go to exactly one token.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7539" }] },
        7540: { code: 7540, channel: "push", name: "PushIncorrectMessageStructure", summary: "The message is not structured correctly.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7540" }] },
        7541: { code: 7541, channel: "push", name: "PushExpiryInPast", summary: "The message's expiration time lies before the current time.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7541" }] },
        7542: { code: 7542, channel: "push", name: "PushInvalidCollapseKey", summary: "The collapse_key field of the message is not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7542" }] },
        7543: { code: 7543, channel: "push", name: "PushSensitiveContent", summary: "The message was refused because it contains sensitive information.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7543" }] },
        7544: { code: 7544, channel: "push", name: "PushOAuthError", summary: "OAuth authentication with the push service failed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7544" }] },
        7545: { code: 7545, channel: "push", name: "PushOAuthTokenExpired", summary: "The OAuth token used for the push service has expired.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7545" }], note: "Renew the access token or credentials before sending again." },
        7546: { code: 7546, channel: "push", name: "PushNoSendPermission", summary: "The app is not permitted to send push messages.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7546" }] },
        7547: { code: 7547, channel: "push", name: "PushAllTokensInvalid", summary: "None of the tokens in the request is valid.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7547" }] },
        7548: { code: 7548, channel: "push", name: "PushBodyTooLarge", summary: "The message body is bigger than the default size limit.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7548" }] },
        7549: { code: 7549, channel: "push", name: "PushTooManyTokens", summary: "The message body lists more tokens than the default limit.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7549" }] },
        7550: { code: 7550, channel: "push", name: "PushHighPriorityNotAllowed", summary: "The sender lacks permission to send high-priority notifications.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7550" }] },
        7551: { code: 7551, channel: "push", name: "PushSystemInternalError", summary: "The push service hit an internal error.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Push / 7551" }] },
    },
    "in-app": {
        7000: { code: 7000, channel: "in-app", name: "InAppInvalidInput", summary: "The input was not valid, including a Generic Template request whose body is not valid JSON.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7000" }, { doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7000 (Generic Template)" }] },
        7003: { code: 7003, channel: "in-app", name: "InAppAttachmentRequired", summary: "A Generic Template or Quick Replies message lacks the mediaid parameter or an attachment matching its type.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7003 (Generic Template)" }, { doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7003 (Quick Replies)" }] },
        7004: { code: 7004, channel: "in-app", name: "InAppInvalidParameter", summary: "A template parameter is wrong: a Generic Template notification has no title or an empty one, or a Quick Replies attachment type is not image, location, file, video or audio.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7004 (Generic Template)" }, { doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7004 (Quick Replies)" }] },
        7006: { code: 7006, channel: "in-app", name: "InAppInternalServerError", summary: "The platform hit an internal server error.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7006" }] },
        7010: { code: 7010, channel: "in-app", name: "InAppServiceProviderException", summary: "The underlying service provider raised an exception.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7010" }] },
        7011: { code: 7011, channel: "in-app", name: "InAppUnknownException", summary: "An unexpected exception occurred with no further detail.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7011" }] },
        7026: { code: 7026, channel: "in-app", name: "InAppJsonParameterTooLarge", summary: "A Quick Replies request has JSON parameters larger than 4 KB.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7026 (Quick Replies)" }] },
        7034: { code: 7034, channel: "in-app", name: "InAppTooManyElements", summary: "A Generic Template has more than the 8 attachment elements allowed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7034 (Generic Template)" }] },
        7301: { code: 7301, channel: "in-app", name: "InAppMessageExpired", summary: "The message expired before it could be delivered.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7301" }] },
        7304: { code: 7304, channel: "in-app", name: "InAppInvalidAppCredentials", summary: "The app credentials (OAuth) are not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7304" }] },
        7305: { code: 7305, channel: "in-app", name: "InAppInvalidUserCredentials", summary: "The user credentials are not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7305" }] },
        7307: { code: 7307, channel: "in-app", name: "InAppEndpointNotReachable", summary: "The target endpoint could not be reached.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7307" }] },
        7308: { code: 7308, channel: "in-app", name: "InAppInvalidTopic", summary: "The topic named in the request is not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7308" }] },
        7309: { code: 7309, channel: "in-app", name: "InAppNoTopicSubscribers", summary: "The topic has no subscribers to deliver to.", outcome: "failed", permanence: "permanent", retry: "never", action: "verify-recipient", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7309" }] },
        7310: { code: 7310, channel: "in-app", name: "InAppNoSegmentFound", summary: "The segment named in the request does not exist.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7310" }] },
        7311: { code: 7311, channel: "in-app", name: "InAppThreadOrStreamRequired", summary: "The request must name a thread or a stream.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7311" }] },
        7312: { code: 7312, channel: "in-app", name: "InAppInvalidThreadId", summary: "The thread identifier is not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7312" }] },
        7500: { code: 7500, channel: "in-app", name: "InAppDelivered", summary: "The message reached the app on the user's device.", outcome: "delivered", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7500" }] },
        7501: { code: 7501, channel: "in-app", name: "InAppSubmitted", summary: "The message was accepted for delivery.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7501" }] },
        7502: { code: 7502, channel: "in-app", name: "InAppRead", summary: "The user read the message.", outcome: "read", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7502" }] },
        7703: { code: 7703, channel: "in-app", name: "InAppTooManyButtons", summary: "A Generic Template element has more than the 3 buttons allowed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7703 (Generic Template)" }] },
        7704: { code: 7704, channel: "in-app", name: "InAppDuplicateIdentifiers", summary: "Identifiers in a Generic Template or Quick Replies message repeat, which is not allowed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7704 (Generic Template)" }, { doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7704 (Quick Replies)" }] },
        7706: { code: 7706, channel: "in-app", name: "InAppTooManyQuickReplies", summary: "The message carries more than the 5 quick replies allowed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7706 (Quick Replies)" }] },
        7708: { code: 7708, channel: "in-app", name: "InAppTooManyImageUrls", summary: "A Generic Template element has more than the 5 image URLs allowed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "In-App Messaging and Live Chat / 7708 (Generic Template)" }] },
    },
    "email": {
        7240: { code: 7240, channel: "email", name: "EmailBounceBlacklisted", summary: "The address is on the bounce blacklist because mail to it has bounced before.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Email / 7240" }] },
        7241: { code: 7241, channel: "email", name: "EmailUnsubscribed", summary: "The address is on the Webex Connect unsubscribe list.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Email / 7241" }] },
        7500: { code: 7500, channel: "email", name: "EmailDelivered", summary: "The e-mail was delivered.", outcome: "delivered", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Email / 7500" }] },
        7501: { code: 7501, channel: "email", name: "EmailSubmitted", summary: "The e-mail was passed to the sending gateway.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Email / 7501" }] },
        7520: { code: 7520, channel: "email", name: "EmailBounce", summary: "The e-mail bounced; the Amazon SES bounce type (undetermined, permanent or transient, with sub-types) tells why.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "investigate", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Email / 7520" }], note: "Read the SES sub-type: Permanent (general, no email, suppressed) means suppress the address; Transient general or mailbox full may succeed later as is; message too large, content or attachment rejected need a changed message; treat Undetermined as permanent." },
        7521: { code: 7521, channel: "email", name: "EmailComplaint", summary: "The recipient side reported a complaint about the e-mail, such as abuse, fraud, an authentication failure or a virus.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Email / 7521" }], note: "The mail did arrive; it is classed as a failure so the address gets suppressed. The Not-spam complaint type is a correction and does not call for suppression." },
        7522: { code: 7522, channel: "email", name: "EmailAddressNotVerified", summary: "The account is in sandbox mode and the destination address has not been verified.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Email / 7522" }] },
        7523: { code: 7523, channel: "email", name: "EmailInvalidAddress", summary: "The destination address is not a well-formed e-mail address with a local part, an @ and a dotted domain.", outcome: "failed", permanence: "permanent", retry: "never", action: "verify-recipient", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Email / 7523" }] },
        7524: { code: 7524, channel: "email", name: "EmailAddressTooLong", summary: "The address is over the length limits: 64 characters before the @, 255 for the domain, 320 in total.", outcome: "failed", permanence: "permanent", retry: "never", action: "verify-recipient", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Email / 7524" }] },
        7535: { code: 7535, channel: "email", name: "EmailAttachmentTooLarge", summary: "The whole e-mail including attachments is bigger than allowed, 40 MB for clients after version 5.63.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Email / 7535" }] },
        7536: { code: 7536, channel: "email", name: "EmailTemplateFetchFailed", summary: "The e-mail template could not be fetched because parsing it raised an exception.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Email / 7536" }] },
        7553: { code: 7553, channel: "email", name: "EmailSmtpAuthFailed", summary: "Authentication against the SMTP server failed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Email / 7553" }] },
        7554: { code: 7554, channel: "email", name: "EmailSmtpFailure", summary: "Sending over SMTP failed, with no further reason given.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Email / 7554" }] },
    },
    "messenger": {
        7000: { code: 7000, channel: "messenger", name: "MessengerInvalidInput", summary: "The input was not valid; the JSON is malformed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Messenger / 7000" }] },
        7006: { code: 7006, channel: "messenger", name: "MessengerInternalServerError", summary: "The platform hit an internal server error.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Messenger / 7006" }] },
        7010: { code: 7010, channel: "messenger", name: "MessengerServiceProviderException", summary: "Messenger, the underlying service provider, raised an exception.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Messenger / 7010" }] },
        7011: { code: 7011, channel: "messenger", name: "MessengerUnknownException", summary: "An unexpected exception occurred with no further detail.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Messenger / 7011" }] },
        7301: { code: 7301, channel: "messenger", name: "MessengerMessageExpired", summary: "The message expired before it could be delivered.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Messenger / 7301" }] },
        7303: { code: 7303, channel: "messenger", name: "MessengerEndpointNotReachable", summary: "The Messenger endpoint could not be reached.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Messenger / 7303" }] },
        7313: { code: 7313, channel: "messenger", name: "MessengerNoInboundMessage", summary: "The user has not sent the page a message, so a message cannot be sent to them this way.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Messenger / 7313" }], note: "Send only after the user has written in, or with a permitted message type." },
        7500: { code: 7500, channel: "messenger", name: "MessengerDelivered", summary: "The message reached the user.", outcome: "delivered", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Messenger / 7500" }] },
        7501: { code: 7501, channel: "messenger", name: "MessengerSubmitted", summary: "The message was handed to Messenger for delivery.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Messenger / 7501" }] },
        7502: { code: 7502, channel: "messenger", name: "MessengerRead", summary: "The user read the message.", outcome: "read", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Messenger / 7502" }] },
        7526: { code: 7526, channel: "messenger", name: "MessengerSubscriptionPermissionOrTag", summary: "Subscription messaging permission is not turned on, or the request carried a tag that is not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Messenger / 7526" }] },
        2018047: { code: 2018047, channel: "messenger", name: "MessengerEuPrivacyRule2018047", summary: "Messenger did not carry out the action because of privacy rules that apply in Europe.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Messenger / 2018047" }], note: "The seed gives the same text as for 2018336 and does not say which feature is restricted; use a message type allowed for European users." },
        2018336: { code: 2018336, channel: "messenger", name: "MessengerEuPrivacyRule2018336", summary: "Messenger did not carry out the action because of privacy rules that apply in Europe.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Messenger / 2018336" }], note: "The seed gives the same text as for 2018047 (with a stray trailing 98) and does not say which feature is restricted." },
    },
    "google-business-messages": {
        7500: { code: 7500, channel: "google-business-messages", name: "GbmDelivered", summary: "The message reached the user.", outcome: "delivered", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Google Business Messages / 7500" }] },
        7501: { code: 7501, channel: "google-business-messages", name: "GbmSubmitted", summary: "The message was handed to Google for delivery.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Google Business Messages / 7501" }] },
        7502: { code: 7502, channel: "google-business-messages", name: "GbmRead", summary: "The user read the message.", outcome: "read", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Google Business Messages / 7502" }] },
        7900: { code: 7900, channel: "google-business-messages", name: "GbmNoError", summary: "Google reported no error for the request.", outcome: "delivered", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Google Business Messages / 7900" }] },
        7901: { code: 7901, channel: "google-business-messages", name: "GbmInvalidArgument", summary: "The client passed an argument that is not valid; the error details say which.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Google Business Messages / 7901" }] },
        7902: { code: 7902, channel: "google-business-messages", name: "GbmFailedPrecondition", summary: "The system is not in a state that allows the request to run.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Google Business Messages / 7902" }] },
        7903: { code: 7903, channel: "google-business-messages", name: "GbmOutOfRange", summary: "The client gave a range that is not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Google Business Messages / 7903" }] },
        7904: { code: 7904, channel: "google-business-messages", name: "GbmUnauthenticated", summary: "The request was not authenticated because the OAuth token is missing, invalid or expired.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Google Business Messages / 7904" }] },
        7905: { code: 7905, channel: "google-business-messages", name: "GbmPermissionDenied", summary: "The client lacks permission, for example because the OAuth token has the wrong scopes or the API is not enabled.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Google Business Messages / 7905" }] },
        7906: { code: 7906, channel: "google-business-messages", name: "GbmNotFound", summary: "A resource named in the request does not exist.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Google Business Messages / 7906" }] },
        7907: { code: 7907, channel: "google-business-messages", name: "GbmAborted", summary: "A concurrency conflict, such as a clash between a read and a write, stopped the request.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Google Business Messages / 7907" }] },
        7908: { code: 7908, channel: "google-business-messages", name: "GbmAlreadyExists", summary: "The resource the client tried to create exists already.", outcome: "failed", permanence: "permanent", retry: "never", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Google Business Messages / 7908" }] },
        7909: { code: 7909, channel: "google-business-messages", name: "GbmResourceExhausted", summary: "A resource quota ran out or a rate limit was hit; the QuotaFailure detail explains which.", outcome: "failed", permanence: "transient", retry: "safe", action: "reduce-rate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Google Business Messages / 7909" }] },
        7910: { code: 7910, channel: "google-business-messages", name: "GbmCancelled", summary: "The client cancelled the request.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Google Business Messages / 7910" }] },
        7911: { code: 7911, channel: "google-business-messages", name: "GbmDataLoss", summary: "Data was lost or corrupted beyond recovery.", outcome: "failed", permanence: "unknown", retry: "safe", action: "contact-provider", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Google Business Messages / 7911" }], note: "The seed only says the error should be reported to the user; whether a new send works is not stated." },
        7912: { code: 7912, channel: "google-business-messages", name: "GbmInternalError", summary: "The server hit an internal error, usually a bug on its side.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Google Business Messages / 7912" }] },
        7913: { code: 7913, channel: "google-business-messages", name: "GbmNotImplemented", summary: "The server does not implement the API method called.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Google Business Messages / 7913" }] },
        7914: { code: 7914, channel: "google-business-messages", name: "GbmNetworkError", summary: "A network fault, such as an outage or misconfiguration, occurred before the request reached the server.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Google Business Messages / 7914" }] },
        7915: { code: 7915, channel: "google-business-messages", name: "GbmServiceUnavailable", summary: "The service is unavailable, usually because the server is down.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Google Business Messages / 7915" }] },
        7916: { code: 7916, channel: "google-business-messages", name: "GbmDeadlineExceeded", summary: "The request did not finish within a deadline the caller set shorter than the method's default.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Google Business Messages / 7916" }] },
        7917: { code: 7917, channel: "google-business-messages", name: "GbmUnknownServerError", summary: "The server failed with an unknown error, usually a bug on its side.", outcome: "failed", permanence: "unknown", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Google Business Messages / 7917" }] },
    },
    "instagram": {
        7000: { code: 7000, channel: "instagram", name: "InstagramInvalidInput", summary: "The input was not valid; the JSON is malformed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Instagram / 7000" }] },
        7006: { code: 7006, channel: "instagram", name: "InstagramInternalServerError", summary: "The platform hit an internal server error.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Instagram / 7006" }] },
        7010: { code: 7010, channel: "instagram", name: "InstagramServiceProviderException", summary: "Instagram, the underlying service provider, raised an exception.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Instagram / 7010" }] },
        7011: { code: 7011, channel: "instagram", name: "InstagramUnknownException", summary: "An unexpected exception occurred with no further detail.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Instagram / 7011" }] },
        7301: { code: 7301, channel: "instagram", name: "InstagramMessageExpired", summary: "The message expired before it could be delivered.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Instagram / 7301" }] },
        7302: { code: 7302, channel: "instagram", name: "InstagramRateLimitExceeded", summary: "Too many messages were sent in too short a time.", outcome: "failed", permanence: "transient", retry: "safe", action: "reduce-rate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Instagram / 7302" }] },
        7303: { code: 7303, channel: "instagram", name: "InstagramDeliveryNotificationExpired", summary: "The wait for the message's delivery notification timed out, so its delivery state is not known.", outcome: "unknown", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Instagram / 7303" }], note: "Not stated as a failure of the message itself; the same code means an unreachable endpoint on Messenger." },
        7304: { code: 7304, channel: "instagram", name: "InstagramInvalidAppCredentials", summary: "The app credentials (OAuth) are not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Instagram / 7304" }] },
        7305: { code: 7305, channel: "instagram", name: "InstagramInvalidUserCredentials", summary: "The user credentials are not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Instagram / 7305" }] },
        7306: { code: 7306, channel: "instagram", name: "InstagramDuplicateMessage", summary: "The message was refused as a duplicate of one already sent.", outcome: "failed", permanence: "permanent", retry: "never", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Instagram / 7306" }] },
        7307: { code: 7307, channel: "instagram", name: "InstagramEndpointNotReachable", summary: "The Instagram endpoint could not be reached.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Instagram / 7307" }] },
        7313: { code: 7313, channel: "instagram", name: "InstagramNoInboundMessage", summary: "The user has not sent a message first, so a message cannot be sent to them this way.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Instagram / 7313" }], note: "Send only after the user has written in, or with a permitted message type." },
        7500: { code: 7500, channel: "instagram", name: "InstagramDelivered", summary: "The message reached the user.", outcome: "delivered", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Instagram / 7500" }] },
        7501: { code: 7501, channel: "instagram", name: "InstagramSubmitted", summary: "The message was handed to Instagram for delivery.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Instagram / 7501" }] },
        7502: { code: 7502, channel: "instagram", name: "InstagramRead", summary: "The user read the message.", outcome: "read", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Instagram / 7502" }] },
        7526: { code: 7526, channel: "instagram", name: "InstagramSubscriptionPermissionOrTag", summary: "Subscription messaging permission is not turned on, or the request carried a tag that is not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Instagram / 7526" }] },
    },
    "twitter-dm": {
        7000: { code: 7000, channel: "twitter-dm", name: "TwitterDmInvalidInput", summary: "The input was not valid; the JSON is malformed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Twitter DM / 7000" }] },
        7006: { code: 7006, channel: "twitter-dm", name: "TwitterDmInternalServerError", summary: "The platform hit an internal server error.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Twitter DM / 7006" }] },
        7010: { code: 7010, channel: "twitter-dm", name: "TwitterDmServiceProviderException", summary: "Twitter, the underlying service provider, raised an exception.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Twitter DM / 7010" }] },
        7011: { code: 7011, channel: "twitter-dm", name: "TwitterDmUnknownException", summary: "An unexpected exception occurred with no further detail.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Twitter DM / 7011" }] },
        7301: { code: 7301, channel: "twitter-dm", name: "TwitterDmMessageExpired", summary: "The message expired before it could be delivered.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Twitter DM / 7301" }] },
        7302: { code: 7302, channel: "twitter-dm", name: "TwitterDmRateLimitExceeded", summary: "Too many messages were sent in too short a time.", outcome: "failed", permanence: "transient", retry: "safe", action: "reduce-rate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Twitter DM / 7302" }] },
        7304: { code: 7304, channel: "twitter-dm", name: "TwitterDmInvalidAppCredentials", summary: "The app credentials (OAuth) are not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Twitter DM / 7304" }] },
        7306: { code: 7306, channel: "twitter-dm", name: "TwitterDmDuplicateMessage", summary: "Twitter refused the message as a duplicate of one already sent.", outcome: "failed", permanence: "permanent", retry: "never", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Twitter DM / 7306" }] },
        7307: { code: 7307, channel: "twitter-dm", name: "TwitterDmEndpointNotReachable", summary: "The Twitter endpoint could not be reached.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Twitter DM / 7307" }] },
        7501: { code: 7501, channel: "twitter-dm", name: "TwitterDmSubmitted", summary: "The message was handed to Twitter for delivery.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Twitter DM / 7501" }] },
    },
    "apple-messages": {
        1001: { code: 1001, channel: "apple-messages", name: "AppleMessagesQueued", summary: "The message is queued for sending.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Apple Messages for Business / 1001" }] },
        7000: { code: 7000, channel: "apple-messages", name: "AppleMessagesInvalidJson", summary: "The input was not valid because the JSON is malformed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Apple Messages for Business / 7000 (Invalid input details)" }, { doc: "seeds/002_39ae796ba84f3513.txt", section: "Apple Messages for Business / 7000 (Invalid JSON)" }] },
        7001: { code: 7001, channel: "apple-messages", name: "AppleMessagesAuthenticationFailed", summary: "The platform could not authenticate the request with the credentials supplied.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Apple Messages for Business / 7001" }] },
        7002: { code: 7002, channel: "apple-messages", name: "AppleMessagesServiceKeyMissing", summary: "The request did not carry the service key that identifies the sending service.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Apple Messages for Business / 7002" }] },
        7003: { code: 7003, channel: "apple-messages", name: "AppleMessagesMandatoryParametersMissing", summary: "One or more required parameters were left out of the request.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Apple Messages for Business / 7003" }] },
        7004: { code: 7004, channel: "apple-messages", name: "AppleMessagesInvalidParameters", summary: "A parameter in the request is not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Apple Messages for Business / 7004" }] },
        7006: { code: 7006, channel: "apple-messages", name: "AppleMessagesInternalServerError", summary: "The platform hit an internal server error.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Apple Messages for Business / 7006" }] },
        7007: { code: 7007, channel: "apple-messages", name: "AppleMessagesServiceInactive", summary: "The service the request addresses is not active.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Apple Messages for Business / 7007" }] },
        7009: { code: 7009, channel: "apple-messages", name: "AppleMessagesTooManyDestinations", summary: "The request listed more destinations than allowed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Apple Messages for Business / 7009" }] },
        7010: { code: 7010, channel: "apple-messages", name: "AppleMessagesServiceProviderException", summary: "Apple, the underlying service provider, raised an exception.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Apple Messages for Business / 7010" }] },
        7011: { code: 7011, channel: "apple-messages", name: "AppleMessagesUnknownException", summary: "An unexpected exception occurred with no further detail.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Apple Messages for Business / 7011" }] },
        7301: { code: 7301, channel: "apple-messages", name: "AppleMessagesMessageExpired", summary: "The message expired before it could be delivered.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Apple Messages for Business / 7301" }] },
        7307: { code: 7307, channel: "apple-messages", name: "AppleMessagesEndpointNotReachable", summary: "The Apple endpoint could not be reached.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Apple Messages for Business / 7307" }] },
        7316: { code: 7316, channel: "apple-messages", name: "AppleMessagesInvalidApplicationDetails", summary: "The application details configured for the channel are not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Apple Messages for Business / 7316" }] },
        7317: { code: 7317, channel: "apple-messages", name: "AppleMessagesMerchantSessionFailed", summary: "The merchant API session could not be set up.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Apple Messages for Business / 7317" }] },
        7501: { code: 7501, channel: "apple-messages", name: "AppleMessagesSubmitted", summary: "The message was handed to Apple for delivery.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Apple Messages for Business / 7501" }] },
        7722: { code: 7722, channel: "apple-messages", name: "AppleMessagesInvalidParameterValue", summary: "A parameter has a value that is not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Apple Messages for Business / 7722" }] },
        7738: { code: 7738, channel: "apple-messages", name: "AppleMessagesMediaUploadFailed", summary: "The media could not be uploaded.", outcome: "failed", permanence: "unknown", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "Apple Messages for Business / 7738" }] },
    },
    "wechat": {
        7000: { code: 7000, channel: "wechat", name: "WechatInvalidInput", summary: "The input was not valid; the JSON is malformed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7000" }] },
        7006: { code: 7006, channel: "wechat", name: "WechatInternalServerError", summary: "The platform hit an internal server error.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7006" }] },
        7010: { code: 7010, channel: "wechat", name: "WechatServiceProviderException", summary: "WeChat, the underlying service provider, raised an exception.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7010" }] },
        7011: { code: 7011, channel: "wechat", name: "WechatUnknownException", summary: "An unexpected exception occurred with no further detail.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7011" }] },
        7301: { code: 7301, channel: "wechat", name: "WechatMessageExpired", summary: "The message expired before it could be delivered.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7301" }] },
        7307: { code: 7307, channel: "wechat", name: "WechatEndpointNotReachable", summary: "The WeChat endpoint could not be reached.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7307" }] },
        7501: { code: 7501, channel: "wechat", name: "WechatSubmitted", summary: "The message was handed to WeChat for delivery.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7501" }] },
        7601: { code: 7601, channel: "wechat", name: "WechatVerificationFailed", summary: "WeChat could not verify the request.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7601" }] },
        7602: { code: 7602, channel: "wechat", name: "WechatInvalidUserId", summary: "The WeChat user ID of the recipient is not valid.", outcome: "failed", permanence: "permanent", retry: "never", action: "verify-recipient", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7602" }] },
        7603: { code: 7603, channel: "wechat", name: "WechatInvalidMediaFileType", summary: "The media file is of a type WeChat does not accept.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7603" }] },
        7604: { code: 7604, channel: "wechat", name: "WechatInvalidFileType", summary: "The file is of a type that is not accepted.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7604" }] },
        7605: { code: 7605, channel: "wechat", name: "WechatInvalidFileSize", summary: "The file size is outside the allowed limits.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7605" }] },
        7606: { code: 7606, channel: "wechat", name: "WechatInvalidMediaFileId", summary: "The media file ID does not refer to a valid file.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7606" }] },
        7607: { code: 7607, channel: "wechat", name: "WechatInvalidMessageType", summary: "The message type is not one WeChat accepts.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7607" }] },
        7608: { code: 7608, channel: "wechat", name: "WechatInvalidImageFileSize", summary: "The image file size is outside the allowed limits.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7608" }] },
        7609: { code: 7609, channel: "wechat", name: "WechatInvalidAudioFileSize", summary: "The audio file size is outside the allowed limits.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7609" }] },
        7610: { code: 7610, channel: "wechat", name: "WechatInvalidVideoFileSize", summary: "The video file size is outside the allowed limits.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7610" }] },
        7611: { code: 7611, channel: "wechat", name: "WechatInvalidThumbnailFileSize", summary: "The thumbnail file size is outside the allowed limits.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7611" }] },
        7612: { code: 7612, channel: "wechat", name: "WechatInvalidAppId", summary: "The WeChat App ID is not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7612" }] },
        7613: { code: 7613, channel: "wechat", name: "WechatInvalidAccessToken", summary: "The access token is not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7613" }] },
        7614: { code: 7614, channel: "wechat", name: "WechatInvalidOAuthCode", summary: "The OAuth code is not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7614" }] },
        7615: { code: 7615, channel: "wechat", name: "WechatInvalidRefreshToken", summary: "The refresh token is not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7615" }] },
        7616: { code: 7616, channel: "wechat", name: "WechatInvalidOpenIdList", summary: "The list of OpenIDs is not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7616" }] },
        7617: { code: 7617, channel: "wechat", name: "WechatInvalidOpenIdListLength", summary: "The list of OpenIDs has a length that is not allowed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7617" }] },
        7618: { code: 7618, channel: "wechat", name: "WechatInvalidRequestCharacters", summary: "The request contains a character that may not be used.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7618" }] },
        7619: { code: 7619, channel: "wechat", name: "WechatInvalidParameters", summary: "A parameter in the request is not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7619" }] },
        7620: { code: 7620, channel: "wechat", name: "WechatInvalidRequestFormat", summary: "The request is not in a valid format.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7620" }] },
        7621: { code: 7621, channel: "wechat", name: "WechatInvalidUrlLength", summary: "A URL in the request has a length that is not allowed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7621" }] },
        7622: { code: 7622, channel: "wechat", name: "WechatMissingAccessToken", summary: "The access token parameter is missing.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7622" }] },
        7623: { code: 7623, channel: "wechat", name: "WechatMissingAppId", summary: "The appid parameter is missing.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7623" }] },
        7624: { code: 7624, channel: "wechat", name: "WechatMissingRefreshToken", summary: "The refresh token parameter is missing.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7624" }] },
        7625: { code: 7625, channel: "wechat", name: "WechatMissingSecret", summary: "The secret parameter is missing.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7625" }] },
        7626: { code: 7626, channel: "wechat", name: "WechatMultimediaDataMissing", summary: "The data of the multimedia file is missing.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7626" }] },
        7627: { code: 7627, channel: "wechat", name: "WechatMissingMediaId", summary: "The media id parameter is missing.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7627" }] },
        7628: { code: 7628, channel: "wechat", name: "WechatNotFollower7628", summary: "The recipient does not follow the account yet.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7628" }], note: "The seed gives 7629 the same text and no way to tell the two apart; messages can go through once the user follows." },
        7629: { code: 7629, channel: "wechat", name: "WechatNotFollower7629", summary: "The recipient does not follow the account yet.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7629" }], note: "The seed gives 7628 the same text and no way to tell the two apart; messages can go through once the user follows." },
        7630: { code: 7630, channel: "wechat", name: "WechatRichMediaEmpty", summary: "The rich media message has no content.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7630" }] },
        7631: { code: 7631, channel: "wechat", name: "WechatTextEmpty", summary: "The text message has no content.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7631" }] },
        7632: { code: 7632, channel: "wechat", name: "WechatMultimediaFileSizeError", summary: "The error comes from the size of the multimedia file.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7632" }] },
        7633: { code: 7633, channel: "wechat", name: "WechatContentTooLong", summary: "The message content is too long.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7633" }] },
        7634: { code: 7634, channel: "wechat", name: "WechatTitleTooLong", summary: "The title is too long.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7634" }] },
        7635: { code: 7635, channel: "wechat", name: "WechatDescriptionTooLong", summary: "The description is too long.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7635" }] },
        7636: { code: 7636, channel: "wechat", name: "WechatUrlTooLong", summary: "The URL is too long.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7636" }] },
        7637: { code: 7637, channel: "wechat", name: "WechatImageUrlTooLong", summary: "The image URL is too long.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7637" }] },
        7638: { code: 7638, channel: "wechat", name: "WechatAudioTooLong", summary: "The audio plays for longer than allowed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7638" }] },
        7639: { code: 7639, channel: "wechat", name: "WechatTooManyRichMediaItems", summary: "The rich media message holds more items than allowed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7639" }] },
        7640: { code: 7640, channel: "wechat", name: "WechatInterfaceCallError", summary: "The error comes from the call to the WeChat interface, with no further detail.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7640" }] },
        7641: { code: 7641, channel: "wechat", name: "WechatMessageQuotaExceeded", summary: "More messages were sent than the allowed number.", outcome: "failed", permanence: "transient", retry: "safe", action: "wait", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7641" }], note: "The seed does not say when the limit resets." },
        7642: { code: 7642, channel: "wechat", name: "WechatUserNotFound", summary: "The user does not exist.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7642" }] },
        7643: { code: 7643, channel: "wechat", name: "WechatInvalidImageFileType", summary: "The image file is of a type that is not accepted.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WeChat / 7643" }] },
    },
    "whatsapp": {
        7010: { code: 7010, channel: "whatsapp", name: "WhatsappServiceProviderException", summary: "WhatsApp, the underlying service provider, raised an exception.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WhatsApp / 7010" }], note: "Error details arrive in the webhook's additional info." },
        7011: { code: 7011, channel: "whatsapp", name: "WhatsappUnknownException", summary: "An unexpected exception occurred with no further detail.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WhatsApp / 7011" }], note: "Error details arrive in the webhook's additional info." },
        7500: { code: 7500, channel: "whatsapp", name: "WhatsappDelivered", summary: "The message reached the destination WhatsApp number.", outcome: "delivered", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WhatsApp / 7500" }] },
        7501: { code: 7501, channel: "whatsapp", name: "WhatsappSubmitted", summary: "The message was handed to WhatsApp for delivery.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WhatsApp / 7501" }] },
        7502: { code: 7502, channel: "whatsapp", name: "WhatsappRead", summary: "The recipient read the message.", outcome: "read", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WhatsApp / 7502" }] },
        7701: { code: 7701, channel: "whatsapp", name: "WhatsappMediaDownloadError", summary: "WhatsApp could not download the media supplied by the sender.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WhatsApp / 7701" }], note: "Check that the media URL is reachable and the file is acceptable before sending again." },
        7704: { code: 7704, channel: "whatsapp", name: "WhatsappMessagePendingTooLong", summary: "The message was dropped because it stayed pending for too long.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WhatsApp / 7704" }] },
        7705: { code: 7705, channel: "whatsapp", name: "WhatsappMessageExpired", summary: "The message could not be sent within its time-to-live.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WhatsApp / 7705" }] },
        7706: { code: 7706, channel: "whatsapp", name: "WhatsappRateLimitHit", summary: "Too many messages went out from this phone number in a short time; the failed ones may be sent again.", outcome: "failed", permanence: "transient", retry: "safe", action: "reduce-rate", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WhatsApp / 7706" }] },
        7710: { code: 7710, channel: "whatsapp", name: "WhatsappReEngagementRequired", summary: "More than 24 hours have passed since the customer last replied, so only a message template may be sent.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "use-template", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WhatsApp / 7710" }] },
        7711: { code: 7711, channel: "whatsapp", name: "WhatsappSpamRateLimitHit", summary: "The phone number is limited in how many messages it may send, possibly because earlier messages were blocked or reported as spam.", outcome: "failed", permanence: "transient", retry: "safe", action: "reduce-rate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WhatsApp / 7711" }], note: "Check the number's quality rating in WhatsApp Manager; the seed does not say when the limit lifts." },
        7714: { code: 7714, channel: "whatsapp", name: "WhatsappMessageTooLong", summary: "The message is longer than 4096 characters.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WhatsApp / 7714" }] },
        7715: { code: 7715, channel: "whatsapp", name: "WhatsappInvalidRecipientType", summary: "The recipient type given in the request is not one WhatsApp accepts.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WhatsApp / 7715" }] },
        7721: { code: 7721, channel: "whatsapp", name: "WhatsappRequiredParameterMissing", summary: "A required parameter is missing.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WhatsApp / 7721" }] },
        7722: { code: 7722, channel: "whatsapp", name: "WhatsappInvalidParameterValue", summary: "A parameter value is of the wrong type or otherwise unacceptable, for example a namespace that does not belong to the WhatsApp Business Account.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WhatsApp / 7722" }] },
        7726: { code: 7726, channel: "whatsapp", name: "WhatsappInvalidUser", summary: "The recipient is not a valid WhatsApp user.", outcome: "failed", permanence: "permanent", retry: "never", action: "verify-recipient", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WhatsApp / 7726" }] },
        7736: { code: 7736, channel: "whatsapp", name: "WhatsappGenericError", summary: "WhatsApp returned a generic error with no specific cause.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "WhatsApp / 7736" }], note: "Error details arrive in the webhook's additional info." },
    },
    "rcs": {
        7000: { code: 7000, channel: "rcs", name: "RcsInvalidInput", summary: "The input was not valid JSON.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "RCS / 7000" }] },
        7006: { code: 7006, channel: "rcs", name: "RcsInternalServerError", summary: "The platform hit an internal server error.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "RCS / 7006" }] },
        7010: { code: 7010, channel: "rcs", name: "RcsServiceProviderException", summary: "The underlying RCS provider raised an exception.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "RCS / 7010" }] },
        7011: { code: 7011, channel: "rcs", name: "RcsUnknownException", summary: "An unexpected exception occurred with no further detail.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "RCS / 7011" }] },
        7301: { code: 7301, channel: "rcs", name: "RcsMessageExpired", summary: "The message expired before it could be delivered.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "RCS / 7301" }] },
        7307: { code: 7307, channel: "rcs", name: "RcsEndpointNotReachable", summary: "The RCS endpoint could not be reached.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "RCS / 7307" }] },
        7318: { code: 7318, channel: "rcs", name: "RcsBadRequest", summary: "The request was bad in a way not covered by a more specific code.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "RCS / 7318" }] },
        7319: { code: 7319, channel: "rcs", name: "RcsNotFound", summary: "Something the request refers to was not found.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "RCS / 7319" }], note: "The seed does not say what was not found (the recipient or another resource)." },
        7320: { code: 7320, channel: "rcs", name: "RcsInvalidJson", summary: "The request body is not valid JSON.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "RCS / 7320" }] },
        7321: { code: 7321, channel: "rcs", name: "RcsInvalidJsonContent", summary: "The JSON is well formed but its content is wrong, such as a bad field or an invalid phone number.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "RCS / 7321" }] },
        7322: { code: 7322, channel: "rcs", name: "RcsProviderNotConfigured", summary: "No provider is set up for the chatbot.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "RCS / 7322" }] },
        7323: { code: 7323, channel: "rcs", name: "RcsCarrierNotFound", summary: "No carrier could be found for the recipient.", outcome: "failed", permanence: "permanent", retry: "never", action: "verify-recipient", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "RCS / 7323" }] },
        7324: { code: 7324, channel: "rcs", name: "RcsMaxTpsReached", summary: "The messages-per-second ceiling was reached.", outcome: "failed", permanence: "transient", retry: "safe", action: "reduce-rate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "RCS / 7324" }] },
        7325: { code: 7325, channel: "rcs", name: "RcsUnauthorized", summary: "The request was not authorised.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "RCS / 7325" }] },
        7326: { code: 7326, channel: "rcs", name: "RcsInternalSystemError", summary: "An internal system failed while handling the message.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "RCS / 7326" }] },
        7327: { code: 7327, channel: "rcs", name: "RcsExternalSystemError", summary: "An external system failed while handling the message.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "RCS / 7327" }] },
        7328: { code: 7328, channel: "rcs", name: "RcsPassThroughError", summary: "The platform passes on whatever error detail it has, with no fixed meaning for the code.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "RCS / 7328" }] },
        7329: { code: 7329, channel: "rcs", name: "RcsCarrierLookupFailed", summary: "The lookup of the recipient's carrier failed.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "RCS / 7329" }] },
        7330: { code: 7330, channel: "rcs", name: "RcsMaapError", summary: "The MaaP returned an error whose details are included.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "RCS / 7330" }] },
        7331: { code: 7331, channel: "rcs", name: "RcsMaapRateLimitRetriesExpired", summary: "The MaaP rate-limited the message and the retries ran out.", outcome: "failed", permanence: "transient", retry: "safe", action: "reduce-rate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "RCS / 7331" }], note: "The platform already retried; send again later at a lower rate." },
        7334: { code: 7334, channel: "rcs", name: "RcsMaapFailureImdn", summary: "The MaaP sent back a delivery notification (IMDN) reporting failure.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "RCS / 7334" }] },
        7500: { code: 7500, channel: "rcs", name: "RcsDelivered", summary: "The message reached the user.", outcome: "delivered", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "RCS / 7500" }] },
        7501: { code: 7501, channel: "rcs", name: "RcsSubmitted", summary: "The message was handed on for delivery.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "RCS / 7501" }] },
        7502: { code: 7502, channel: "rcs", name: "RcsRead", summary: "The user read the message.", outcome: "read", action: "none", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "RCS / 7502" }] },
        7740: { code: 7740, channel: "rcs", name: "RcsInvalidMediaDetails", summary: "The media details in the message are not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "RCS / 7740" }] },
    },
    "mms": {
        7144: { code: 7144, channel: "mms", name: "MmsCountryNotSupported", summary: "Sending to the recipient's country code is not supported.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "contact-provider", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7144" }] },
        7145: { code: 7145, channel: "mms", name: "MmsSlideMessageTextTooLarge", summary: "The text of a slide message is over the maximum size.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7145" }] },
        7146: { code: 7146, channel: "mms", name: "MmsMaxSlidesExceeded", summary: "The message has more slides than the maximum.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7146" }] },
        7147: { code: 7147, channel: "mms", name: "MmsRouteQuotaExceeded", summary: "The quota of the route used was used up.", outcome: "failed", permanence: "transient", retry: "safe", action: "wait", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7147" }], note: "The seed does not say when the quota resets." },
        7148: { code: 7148, channel: "mms", name: "MmsInvalidAttachmentType", summary: "An attachment is of a type that is not accepted.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7148" }] },
        7150: { code: 7150, channel: "mms", name: "MmsSubjectTooLong", summary: "The subject is over the maximum text size.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7150" }] },
        7212: { code: 7212, channel: "mms", name: "MmsInvalidRequest", summary: "The request is not valid; it must be a GET, POST or XML request carrying every required variable.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7212" }] },
        7213: { code: 7213, channel: "mms", name: "MmsUserAuthenticationFailed", summary: "The user could not be authenticated.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7213" }] },
        7214: { code: 7214, channel: "mms", name: "MmsNoApiRights", summary: "The account has no rights to use the API.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "contact-provider", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7214" }] },
        7215: { code: 7215, channel: "mms", name: "MmsCallIntervalTooShort", summary: "The API may only be called once every so many seconds, and the call came too soon.", outcome: "failed", permanence: "transient", retry: "safe", action: "reduce-rate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7215" }] },
        7216: { code: 7216, channel: "mms", name: "MmsActionNotPermitted", summary: "The account has no rights to use this action.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "contact-provider", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7216" }] },
        7217: { code: 7217, channel: "mms", name: "MmsXmlParseError", summary: "The XML could not be parsed; the message includes the parser error.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7217" }] },
        7218: { code: 7218, channel: "mms", name: "MmsApiNotActivated", summary: "The API has not been activated for the account.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "contact-provider", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7218" }] },
        7219: { code: 7219, channel: "mms", name: "MmsInvalidReceiverNumber", summary: "The receiver's number is not valid.", outcome: "failed", permanence: "permanent", retry: "never", action: "verify-recipient", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7219" }] },
        7220: { code: 7220, channel: "mms", name: "MmsInvalidShortCode", summary: "The short code is not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7220" }] },
        7221: { code: 7221, channel: "mms", name: "MmsIpNotWhitelisted", summary: "The API call came from an IP address that is not on the allow list and was refused.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7221" }] },
        7222: { code: 7222, channel: "mms", name: "MmsThroughputExceeded", summary: "The call went over the throughput set for this API action and was refused.", outcome: "failed", permanence: "transient", retry: "safe", action: "reduce-rate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7222" }] },
        7223: { code: 7223, channel: "mms", name: "MmsNumberBlacklisted", summary: "The phone number is on a blacklist, so the API call was refused.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7223" }] },
        7224: { code: 7224, channel: "mms", name: "MmsApiRequestLimitReached", summary: "The account has used up its allowance of API requests.", outcome: "failed", permanence: "transient", retry: "safe", action: "wait", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7224" }], note: "The seed does not say when the allowance resets." },
        7225: { code: 7225, channel: "mms", name: "MmsMultipleObjectsInSlide", summary: "A slide holds more than one object, which is not allowed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7225" }] },
        7226: { code: 7226, channel: "mms", name: "MmsMediaWithObjectInSlide", summary: "A slide mixes audio, video or an image with an object, which is not allowed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7226" }] },
        7227: { code: 7227, channel: "mms", name: "MmsTooManySlides", summary: "The message has too many slides.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7227" }] },
        7228: { code: 7228, channel: "mms", name: "MmsAudioWithVideoInSlide", summary: "A slide holds both audio and video, which is not allowed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7228" }] },
        7229: { code: 7229, channel: "mms", name: "MmsVideoWithImageInSlide", summary: "A slide holds both video and an image, which is not allowed.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7229" }] },
        7230: { code: 7230, channel: "mms", name: "MmsTextOverCharacterLimit", summary: "The text is over the character limit.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7230" }] },
        7231: { code: 7231, channel: "mms", name: "MmsContentNotAllowed", summary: "The content is not permitted.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7231" }] },
        7232: { code: 7232, channel: "mms", name: "MmsBadSlideDuration", summary: "A slide has a duration that is not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7232" }] },
        7233: { code: 7233, channel: "mms", name: "MmsContentNotFound", summary: "The content referred to does not exist.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7233" }] },
        7234: { code: 7234, channel: "mms", name: "MmsNameRequired", summary: "A name must be given.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7234" }] },
        7235: { code: 7235, channel: "mms", name: "MmsNoSlides", summary: "The message has no slides.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7235" }] },
        7236: { code: 7236, channel: "mms", name: "MmsSlideEmpty", summary: "One of the slides has nothing in it.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7236" }] },
        7237: { code: 7237, channel: "mms", name: "MmsSlideImageTooBig", summary: "The image in one of the slides is too big.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7237" }] },
        7238: { code: 7238, channel: "mms", name: "MmsSlideAudioTooBig", summary: "The audio in one of the slides is too big.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7238" }] },
        7239: { code: 7239, channel: "mms", name: "MmsSlideVideoTooBig", summary: "The video in one of the slides is too big.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7239" }] },
        7242: { code: 7242, channel: "mms", name: "MmsSlideTextTooLong", summary: "The text in one of the slides is too long.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7242" }] },
        7243: { code: 7243, channel: "mms", name: "MmsSlideVcardTooBig", summary: "The vCard in one of the slides is too big.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7243" }] },
        7244: { code: 7244, channel: "mms", name: "MmsSlideIcalTooBig", summary: "The iCal file in one of the slides is too big.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7244" }] },
        7245: { code: 7245, channel: "mms", name: "MmsSlidePdfTooBig", summary: "The PDF in one of the slides is too big.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7245" }] },
        7246: { code: 7246, channel: "mms", name: "MmsSlidePassbookTooBig", summary: "The Passbook file in one of the slides is too big.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7246" }] },
        7247: { code: 7247, channel: "mms", name: "MmsSlideImageCorrupted", summary: "The image file in one of the slides is damaged.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7247" }] },
        7248: { code: 7248, channel: "mms", name: "MmsSlideImageCopyFailed", summary: "The image for one of the slides could not be copied.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7248" }] },
        7249: { code: 7249, channel: "mms", name: "MmsSlideAudioCopyFailed", summary: "The audio for one of the slides could not be copied.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7249" }] },
        7250: { code: 7250, channel: "mms", name: "MmsSlideVideoCopyFailed", summary: "The video for one of the slides could not be copied.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7250" }] },
        7251: { code: 7251, channel: "mms", name: "MmsSlideVcardCopyFailed", summary: "The vCard for one of the slides could not be copied.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7251" }] },
        7252: { code: 7252, channel: "mms", name: "MmsSlideIcalCopyFailed", summary: "The iCal file for one of the slides could not be copied.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7252" }] },
        7253: { code: 7253, channel: "mms", name: "MmsSlidePdfCopyFailed", summary: "The PDF for one of the slides could not be copied.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7253" }] },
        7254: { code: 7254, channel: "mms", name: "MmsSlidePassbookCopyFailed", summary: "The Passbook file for one of the slides could not be copied.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7254" }] },
        7255: { code: 7255, channel: "mms", name: "MmsInternalError", summary: "The MMS service hit an internal error.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7255" }] },
        7256: { code: 7256, channel: "mms", name: "MmsInvalidLinkExpirationDate", summary: "The mmslink_expiration_date value is not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7256" }] },
        7257: { code: 7257, channel: "mms", name: "MmsCarrierLookupFailed", summary: "The lookup of the recipient's carrier failed; the request should be tried again.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7257" }] },
        7258: { code: 7258, channel: "mms", name: "MmsCarrierNotProvisioned", summary: "The carrier has not been provisioned.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "contact-provider", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7258" }] },
        7259: { code: 7259, channel: "mms", name: "MmsFallbackSmsTextRequired", summary: "The fallbacksmstext value must be given.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7259" }] },
        7260: { code: 7260, channel: "mms", name: "MmsInvalidServiceId", summary: "The serviceid is missing or not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7260" }] },
        7261: { code: 7261, channel: "mms", name: "MmsOperatorNotSupported", summary: "The recipient's operator is not supported.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "contact-provider", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7261" }] },
        7262: { code: 7262, channel: "mms", name: "MmsUnrecognizedContentType", summary: "The content type is not recognised.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7262" }] },
        7263: { code: 7263, channel: "mms", name: "MmsOperatorIdRequired", summary: "The operator id value must be given.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7263" }] },
        7264: { code: 7264, channel: "mms", name: "MmsNumberNotSubscribedToCampaign", summary: "The number has not subscribed to this campaign.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7264" }] },
        7265: { code: 7265, channel: "mms", name: "MmsCampaignRefRequired", summary: "The campaignref value must be given.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7265" }] },
        7266: { code: 7266, channel: "mms", name: "MmsInvalidCampaignRef", summary: "The campaignref value is not valid.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7266" }] },
        7267: { code: 7267, channel: "mms", name: "MmsVendorFailure", summary: "The message failed at the vendor, with no further reason given.", outcome: "failed", permanence: "unknown", retry: "safe", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7267" }] },
        7268: { code: 7268, channel: "mms", name: "MmsRejectedByVendor", summary: "The vendor rejected the message or does not support it.", outcome: "failed", permanence: "unknown", retry: "after-fix", action: "investigate", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7268" }] },
        7269: { code: 7269, channel: "mms", name: "MmsApiAccessBlocked", summary: "API access is blocked for the account; the state of the account, or of its master account, needs checking.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "contact-provider", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7269" }] },
        7270: { code: 7270, channel: "mms", name: "MmsExpiredByOperator", summary: "The operator let the message's delivery time run out.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7270" }] },
        7271: { code: 7271, channel: "mms", name: "MmsExpiredByApplication", summary: "The application let the message's delivery time run out.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "inferred", sources: [{ doc: "seeds/002_39ae796ba84f3513.txt", section: "MMS / 7271" }] },
    },
};
/** Webex Connect: header and every entry, for tools that walk the catalog. */
export const webexConnectFamily = { ...{ id: "webex-connect", displayName: "Webex Connect", description: "Status and error codes Webex Connect reports per messaging channel, from request validation to final delivery receipts.", enumName: "WebexConnectStatus", codeType: "number", sentAsString: false, nameHints: ["webex", "imi"], channels: [{ id: "common", displayName: "Common (all channels)", description: "Codes any channel may return." }, { id: "sms", displayName: "SMS" }, { id: "voice", displayName: "Voice" }, { id: "push", displayName: "Push notifications", description: "Mobile push through APNS, FCM and HMS." }, { id: "in-app", displayName: "In-App Messaging and Live Chat" }, { id: "email", displayName: "Email" }, { id: "messenger", displayName: "Facebook Messenger" }, { id: "google-business-messages", displayName: "Google Business Messages" }, { id: "instagram", displayName: "Instagram" }, { id: "twitter-dm", displayName: "Twitter DM", description: "The provider lists this channel as currently not supported." }, { id: "apple-messages", displayName: "Apple Messages for Business" }, { id: "wechat", displayName: "WeChat" }, { id: "whatsapp", displayName: "WhatsApp" }, { id: "rcs", displayName: "RCS" }, { id: "mms", displayName: "MMS" }], groups: [] }, entries: Object.values(webexConnectTable).flatMap((byCode) => Object.values(byCode)) };
/** Whether `value` is a Webex Connect code (of `channel`, when given). */
export function isWebexConnectStatusCode(value, channel) {
    if (!(typeof value === 'number'))
        return false;
    const channels = channel === undefined ? Object.values(webexConnectTable) : [webexConnectTable[channel]];
    return channels.some((byCode) => Object.hasOwn(byCode, value));
}
