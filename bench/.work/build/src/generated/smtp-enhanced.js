/**
 * SMTP enhanced status codes by name. Enhanced mail system status codes (RFC 3463) such as '5.1.1', as SMTP replies and delivery status notifications carry them.
 *
 * @deliveryCodes smtp-enhanced
 */
export var SmtpEnhancedStatus;
(function (SmtpEnhancedStatus) {
    /**
     * 2.0.0: Nothing more specific than the class is known about the outcome. Reported as a success.
     *
     * Title: "Other undefined Status"
     *
     * Outcome: accepted.
     */
    SmtpEnhancedStatus["SuccessOtherUndefinedStatus"] = "2.0.0";
    /**
     * 2.1.5: The recipient address is valid; positive reports use this detail. Reported as a success.
     *
     * Title: "Destination address valid"
     *
     * Outcome: accepted.
     */
    SmtpEnhancedStatus["SuccessDestinationAddressValid"] = "2.1.5";
    /**
     * 2.3.0: The destination system usually takes mail, but something about it stopped this message. Reported as a success.
     *
     * Title: "Other or undefined mail system status"
     *
     * Outcome: accepted.
     */
    SmtpEnhancedStatus["SuccessOtherMailSystemStatus"] = "2.3.0";
    /**
     * 2.3.6: The message was taken, with a different priority than it asked for (RFC 6710). Reported as a success.
     *
     * Title: "Requested priority was changed"
     *
     * Outcome: accepted.
     */
    SmtpEnhancedStatus["SuccessRequestedPriorityChanged"] = "2.3.6";
    /**
     * 2.5.0: A problem in the SMTP exchange without more detail. Reported as a success.
     *
     * Title: "Other or undefined protocol status"
     *
     * Outcome: accepted.
     */
    SmtpEnhancedStatus["SuccessOtherProtocolStatus"] = "2.5.0";
    /**
     * 2.6.4: The message was delivered after a conversion that lost some of the content. Reported as a success.
     *
     * Title: "Conversion with loss performed"
     *
     * Outcome: accepted.
     */
    SmtpEnhancedStatus["SuccessConversionWithLossPerformed"] = "2.6.4";
    /**
     * 2.6.8: Showing the mailbox name needs a UTF-8 reply, which the client did not allow (RFC 6531). Reported as a success.
     *
     * Title: "UTF-8 string reply is required, but not permitted by the SMTP client"
     *
     * Outcome: accepted.
     */
    SmtpEnhancedStatus["SuccessUtf8ReplyRequiredButNotPermitted"] = "2.6.8";
    /**
     * 2.7.0: A security or policy problem without more detail, sometimes vague on purpose. Reported as a success.
     *
     * Title: "Other or undefined security status"
     *
     * Outcome: accepted.
     */
    SmtpEnhancedStatus["SuccessOtherSecurityStatus"] = "2.7.0";
    /**
     * 4.0.0: Nothing more specific than the class is known about the outcome. Reported as a temporary failure.
     *
     * Title: "Other undefined Status"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientOtherUndefinedStatus"] = "4.0.0";
    /**
     * 4.1.0: An address, of the sender or a recipient, is the cause, without more detail. Reported as a temporary failure.
     *
     * Title: "Other address status"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientOtherAddressStatus"] = "4.1.0";
    /**
     * 4.1.1: No mailbox by this name exists at the destination (the part before the @ is unknown). Reported as a temporary failure.
     *
     * Title: "Bad destination mailbox address"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientBadDestinationMailbox"] = "4.1.1";
    /**
     * 4.1.4: The recipient address fits more than one mailbox at the destination. Reported as a temporary failure.
     *
     * Title: "Destination mailbox address ambiguous"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientDestinationMailboxAmbiguous"] = "4.1.4";
    /**
     * 4.1.7: The sender address is not valid address syntax. Reported as a temporary failure.
     *
     * Title: "Bad sender's mailbox address syntax"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientBadSenderMailboxSyntax"] = "4.1.7";
    /**
     * 4.1.8: The sender's domain does not exist or could not take replies. Reported as a temporary failure.
     *
     * Title: "Bad sender's system address"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientBadSenderSystem"] = "4.1.8";
    /**
     * 4.1.9: The message went on to a system that cannot report delivery status, so no further report will come. Reported as a temporary failure.
     *
     * Title: "Message relayed to non-compliant mailer"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientRelayedToNonCompliantMailer"] = "4.1.9";
    /**
     * 4.2.0: The mailbox exists, but something about it stopped the message. Reported as a temporary failure.
     *
     * Title: "Other or undefined mailbox status"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientOtherMailboxStatus"] = "4.2.0";
    /**
     * 4.2.1: The mailbox exists but is disabled and takes no messages; it may or may not come back. Reported as a temporary failure.
     *
     * Title: "Mailbox disabled, not accepting messages"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientMailboxDisabled"] = "4.2.1";
    /**
     * 4.2.2: The mailbox is over its quota; its owner could make room. Reported as a temporary failure.
     *
     * Title: "Mailbox full"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientMailboxFull"] = "4.2.2";
    /**
     * 4.2.4: The recipient is a mailing list that could not be expanded to its members. Reported as a temporary failure.
     *
     * Title: "Mailing list expansion problem"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientMailingListExpansionProblem"] = "4.2.4";
    /**
     * 4.3.0: The destination system usually takes mail, but something about it stopped this message. Reported as a temporary failure.
     *
     * Title: "Other or undefined mail system status"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientOtherMailSystemStatus"] = "4.3.0";
    /**
     * 4.3.1: The destination system has run out of storage. Reported as a temporary failure.
     *
     * Title: "Mail system full"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientMailSystemFull"] = "4.3.1";
    /**
     * 4.3.2: The destination host takes no messages: shut down, overloaded, in maintenance, or never accepting mail. Reported as a temporary failure.
     *
     * Title: "System not accepting network messages"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientSystemNotAcceptingMessages"] = "4.3.2";
    /**
     * 4.3.3: The destination cannot support features the message asks for. Reported as a temporary failure.
     *
     * Title: "System not capable of selected features"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientSystemLacksSelectedFeatures"] = "4.3.3";
    /**
     * 4.3.5: The destination system is set up wrongly and cannot take the message. Reported as a temporary failure.
     *
     * Title: "System incorrectly configured"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientSystemIncorrectlyConfigured"] = "4.3.5";
    /**
     * 4.4.0: A network or routing problem without more detail. Reported as a temporary failure.
     *
     * Title: "Other or undefined network or routing status"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientOtherNetworkRoutingStatus"] = "4.4.0";
    /**
     * 4.4.1: The destination host did not answer when a connection was tried. Reported as a temporary failure.
     *
     * Title: "No answer from host"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientNoAnswerFromHost"] = "4.4.1";
    /**
     * 4.4.2: A connection was made but the exchange could not finish, for example after a timeout. Reported as a temporary failure.
     *
     * Title: "Bad connection"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientBadConnection"] = "4.4.2";
    /**
     * 4.4.3: A directory service such as DNS was unavailable, so the message could not be routed. Reported as a temporary failure.
     *
     * Title: "Directory server failure"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientDirectoryServerFailure"] = "4.4.3";
    /**
     * 4.4.4: No next hop could be worked out from the routing information at hand. Reported as a temporary failure.
     *
     * Title: "Unable to route"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientUnableToRoute"] = "4.4.4";
    /**
     * 4.4.5: The mail system was congested. Reported as a temporary failure.
     *
     * Title: "Mail system congestion"
     *
     * Failure: transient, retry safe, action reduce-rate (documented).
     */
    SmtpEnhancedStatus["TransientMailSystemCongestion"] = "4.4.5";
    /**
     * 4.4.6: The message was going round in a routing or forwarding loop. Reported as a temporary failure.
     *
     * Title: "Routing loop detected"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientRoutingLoopDetected"] = "4.4.6";
    /**
     * 4.4.7: The message waited in a queue too long, or its time to live ran out. Reported as a temporary failure.
     *
     * Title: "Delivery time expired"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientDeliveryTimeExpired"] = "4.4.7";
    /**
     * 4.5.0: A problem in the SMTP exchange without more detail. Reported as a temporary failure.
     *
     * Title: "Other or undefined protocol status"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientOtherProtocolStatus"] = "4.5.0";
    /**
     * 4.5.1: A command came out of order or is not supported. Reported as a temporary failure.
     *
     * Title: "Invalid command"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientInvalidCommand"] = "4.5.1";
    /**
     * 4.5.3: The transaction named more recipients than allowed; the rest normally go in a further transaction. Reported as a temporary failure.
     *
     * Title: "Too many recipients"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientTooManyRecipients"] = "4.5.3";
    /**
     * 4.5.4: A known command came with arguments out of range or not supported. Reported as a temporary failure.
     *
     * Title: "Invalid command arguments"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientInvalidCommandArguments"] = "4.5.4";
    /**
     * 4.5.5: The two sides could not agree on a protocol version. Reported as a temporary failure.
     *
     * Title: "Wrong protocol version"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientWrongProtocolVersion"] = "4.5.5";
    /**
     * 4.5.6: The client's authentication answer was longer than the server accepts (RFC 4954). Reported as a temporary failure.
     *
     * Title: "Authentication Exchange line is too long"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientAuthenticationExchangeLineTooLong"] = "4.5.6";
    /**
     * 4.6.0: The content of the message caused the failure, without more detail. Reported as a temporary failure.
     *
     * Title: "Other or undefined media error"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientOtherMediaError"] = "4.6.0";
    /**
     * 4.6.10: Registered twice for the same condition as X.6.8 and deprecated; old servers may still send it. Reported as a temporary failure.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientUtf8ReplyRequiredDeprecated"] = "4.6.10";
    /**
     * 4.6.2: Delivery needs the content converted, but conversion is not allowed for this message. Reported as a temporary failure.
     *
     * Title: "Conversion required and prohibited"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientConversionRequiredAndProhibited"] = "4.6.2";
    /**
     * 4.6.5: A content conversion that delivery needed did not work. Reported as a temporary failure.
     *
     * Title: "Conversion Failed"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientConversionFailed"] = "4.6.5";
    /**
     * 4.6.6: Content the message refers to by URL could not be fetched when it was submitted (BURL, RFC 4468). Reported as a temporary failure.
     *
     * Title: "Message content not available"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientMessageContentNotAvailable"] = "4.6.6";
    /**
     * 4.7.0: A security or policy problem without more detail, sometimes vague on purpose. Reported as a temporary failure.
     *
     * Title: "Other or undefined security status"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientOtherSecurityStatus"] = "4.7.0";
    /**
     * 4.7.1: Policy does not allow this sender to deliver to this destination, whether for the host or the recipient. Reported as a temporary failure.
     *
     * Title: "Delivery not authorized, message refused"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientDeliveryNotAuthorized"] = "4.7.1";
    /**
     * 4.7.12: The account must first authenticate once in another way, usually PLAIN, before this mechanism works (RFC 4954). Reported as a temporary failure.
     *
     * Title: "A password transition is needed"
     *
     * Failure: transient, retry after-fix, action fix-configuration (documented).
     */
    SmtpEnhancedStatus["TransientPasswordTransitionNeeded"] = "4.7.12";
    /**
     * 4.7.15: The priority of the message is below the lowest the server takes at present (RFC 6710). Reported as a temporary failure.
     *
     * Title: "Priority Level is too low"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientPriorityLevelTooLow"] = "4.7.15";
    /**
     * 4.7.16: The message is too big for the priority it asks for (RFC 6710). Reported as a temporary failure.
     *
     * Title: "Message is too big for the specified priority"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientMessageTooBigForPriority"] = "4.7.16";
    /**
     * 4.7.24: Evaluating SPF ended in an error. Reported as a temporary failure.
     *
     * Title: "SPF validation error"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientSpfValidationError"] = "4.7.24";
    /**
     * 4.7.28: The message looks like part of a flood of similar abusive messages. Reported as a temporary failure.
     *
     * Title: "Mail flood detected"
     *
     * Failure: transient, retry safe, action reduce-rate (documented).
     */
    SmtpEnhancedStatus["TransientMailFloodDetected"] = "4.7.28";
    /**
     * 4.7.5: A system on the way could not check or decrypt the message for lack of valid keys. Reported as a temporary failure.
     *
     * Title: "Cryptographic failure"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientCryptographicFailure"] = "4.7.5";
    /**
     * 4.7.6: A system on the way could not check or decrypt the message because it lacks the algorithm. Reported as a temporary failure.
     *
     * Title: "Cryptographic algorithm not supported"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientCryptographicAlgorithmNotSupported"] = "4.7.6";
    /**
     * 4.7.7: Checking the message showed that it was damaged or changed on the way. Reported as a temporary failure.
     *
     * Title: "Message integrity failure"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpEnhancedStatus["TransientMessageIntegrityFailure"] = "4.7.7";
    /**
     * 5.0.0: Nothing more specific than the class is known about the outcome. Reported as a permanent failure.
     *
     * Title: "Other undefined Status"
     *
     * Failure: permanent, retry after-fix, action investigate (documented).
     */
    SmtpEnhancedStatus["PermanentOtherUndefinedStatus"] = "5.0.0";
    /**
     * 5.1.0: An address, of the sender or a recipient, is the cause, without more detail. Reported as a permanent failure.
     *
     * Title: "Other address status"
     *
     * Failure: permanent, retry after-fix, action verify-recipient (documented).
     */
    SmtpEnhancedStatus["PermanentOtherAddressStatus"] = "5.1.0";
    /**
     * 5.1.1: No mailbox by this name exists at the destination (the part before the @ is unknown). Reported as a permanent failure.
     *
     * Title: "Bad destination mailbox address"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    SmtpEnhancedStatus["PermanentBadDestinationMailbox"] = "5.1.1";
    /**
     * 5.1.10: The recipient domain publishes a null MX: it takes no mail at all. Reported as a permanent failure.
     *
     * Title: "Recipient address has null MX"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    SmtpEnhancedStatus["PermanentRecipientNullMx"] = "5.1.10";
    /**
     * 5.1.2: The recipient's domain or host does not exist or cannot take mail. Reported as a permanent failure.
     *
     * Title: "Bad destination system address"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    SmtpEnhancedStatus["PermanentBadDestinationSystem"] = "5.1.2";
    /**
     * 5.1.3: The recipient address is not valid address syntax. Reported as a permanent failure.
     *
     * Title: "Bad destination mailbox address syntax"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    SmtpEnhancedStatus["PermanentBadDestinationMailboxSyntax"] = "5.1.3";
    /**
     * 5.1.4: The recipient address fits more than one mailbox at the destination. Reported as a permanent failure.
     *
     * Title: "Destination mailbox address ambiguous"
     *
     * Failure: permanent, retry after-fix, action verify-recipient (documented).
     */
    SmtpEnhancedStatus["PermanentDestinationMailboxAmbiguous"] = "5.1.4";
    /**
     * 5.1.6: The mailbox existed once but takes no more mail and leaves no forwarding address. Reported as a permanent failure.
     *
     * Title: "Destination mailbox has moved, No forwarding address"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    SmtpEnhancedStatus["PermanentDestinationMailboxMoved"] = "5.1.6";
    /**
     * 5.1.7: The sender address is not valid address syntax. Reported as a permanent failure.
     *
     * Title: "Bad sender's mailbox address syntax"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    SmtpEnhancedStatus["PermanentBadSenderMailboxSyntax"] = "5.1.7";
    /**
     * 5.1.8: The sender's domain does not exist or could not take replies. Reported as a permanent failure.
     *
     * Title: "Bad sender's system address"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    SmtpEnhancedStatus["PermanentBadSenderSystem"] = "5.1.8";
    /**
     * 5.1.9: The message went on to a system that cannot report delivery status, so no further report will come. Reported as a permanent failure.
     *
     * Title: "Message relayed to non-compliant mailer"
     *
     * Failure: permanent, retry after-fix, action none (documented).
     */
    SmtpEnhancedStatus["PermanentRelayedToNonCompliantMailer"] = "5.1.9";
    /**
     * 5.2.0: The mailbox exists, but something about it stopped the message. Reported as a permanent failure.
     *
     * Title: "Other or undefined mailbox status"
     *
     * Failure: permanent, retry after-fix, action verify-recipient (documented).
     */
    SmtpEnhancedStatus["PermanentOtherMailboxStatus"] = "5.2.0";
    /**
     * 5.2.1: The mailbox exists but is disabled and takes no messages; it may or may not come back. Reported as a permanent failure.
     *
     * Title: "Mailbox disabled, not accepting messages"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    SmtpEnhancedStatus["PermanentMailboxDisabled"] = "5.2.1";
    /**
     * 5.2.2: The mailbox is over its quota; its owner could make room. Reported as a permanent failure.
     *
     * Title: "Mailbox full"
     *
     * Failure: permanent, retry after-fix, action verify-recipient (documented).
     */
    SmtpEnhancedStatus["PermanentMailboxFull"] = "5.2.2";
    /**
     * 5.2.3: The message is larger than the limit set for this mailbox. Reported as a permanent failure.
     *
     * Title: "Message length exceeds administrative limit"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    SmtpEnhancedStatus["PermanentMessageTooLongForMailbox"] = "5.2.3";
    /**
     * 5.2.4: The recipient is a mailing list that could not be expanded to its members. Reported as a permanent failure.
     *
     * Title: "Mailing list expansion problem"
     *
     * Failure: permanent, retry after-fix, action investigate (documented).
     */
    SmtpEnhancedStatus["PermanentMailingListExpansionProblem"] = "5.2.4";
    /**
     * 5.3.0: The destination system usually takes mail, but something about it stopped this message. Reported as a permanent failure.
     *
     * Title: "Other or undefined mail system status"
     *
     * Failure: permanent, retry after-fix, action investigate (documented).
     */
    SmtpEnhancedStatus["PermanentOtherMailSystemStatus"] = "5.3.0";
    /**
     * 5.3.2: The destination host takes no messages: shut down, overloaded, in maintenance, or never accepting mail. Reported as a permanent failure.
     *
     * Title: "System not accepting network messages"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    SmtpEnhancedStatus["PermanentSystemNotAcceptingMessages"] = "5.3.2";
    /**
     * 5.3.3: The destination cannot support features the message asks for. Reported as a permanent failure.
     *
     * Title: "System not capable of selected features"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    SmtpEnhancedStatus["PermanentSystemLacksSelectedFeatures"] = "5.3.3";
    /**
     * 5.3.4: The message is larger than the destination system's limit per message. Reported as a permanent failure.
     *
     * Title: "Message too big for system"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    SmtpEnhancedStatus["PermanentMessageTooBigForSystem"] = "5.3.4";
    /**
     * 5.3.5: The destination system is set up wrongly and cannot take the message. Reported as a permanent failure.
     *
     * Title: "System incorrectly configured"
     *
     * Failure: permanent, retry after-fix, action contact-provider (documented).
     */
    SmtpEnhancedStatus["PermanentSystemIncorrectlyConfigured"] = "5.3.5";
    /**
     * 5.4.0: A network or routing problem without more detail. Reported as a permanent failure.
     *
     * Title: "Other or undefined network or routing status"
     *
     * Failure: permanent, retry after-fix, action investigate (documented).
     */
    SmtpEnhancedStatus["PermanentOtherNetworkRoutingStatus"] = "5.4.0";
    /**
     * 5.4.3: A directory service such as DNS was unavailable, so the message could not be routed. Reported as a permanent failure.
     *
     * Title: "Directory server failure"
     *
     * Failure: permanent, retry after-fix, action investigate (documented).
     */
    SmtpEnhancedStatus["PermanentDirectoryServerFailure"] = "5.4.3";
    /**
     * 5.4.4: No next hop could be worked out from the routing information at hand. Reported as a permanent failure.
     *
     * Title: "Unable to route"
     *
     * Failure: permanent, retry after-fix, action verify-recipient (documented).
     */
    SmtpEnhancedStatus["PermanentUnableToRoute"] = "5.4.4";
    /**
     * 5.4.7: The message waited in a queue too long, or its time to live ran out. Reported as a permanent failure.
     *
     * Title: "Delivery time expired"
     *
     * Failure: permanent, retry after-fix, action investigate (documented).
     */
    SmtpEnhancedStatus["PermanentDeliveryTimeExpired"] = "5.4.7";
    /**
     * 5.5.0: A problem in the SMTP exchange without more detail. Reported as a permanent failure.
     *
     * Title: "Other or undefined protocol status"
     *
     * Failure: permanent, retry after-fix, action investigate (documented).
     */
    SmtpEnhancedStatus["PermanentOtherProtocolStatus"] = "5.5.0";
    /**
     * 5.5.1: A command came out of order or is not supported. Reported as a permanent failure.
     *
     * Title: "Invalid command"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    SmtpEnhancedStatus["PermanentInvalidCommand"] = "5.5.1";
    /**
     * 5.5.2: A command could not be parsed: bad syntax or an unknown command. Reported as a permanent failure.
     *
     * Title: "Syntax error"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    SmtpEnhancedStatus["PermanentSyntaxError"] = "5.5.2";
    /**
     * 5.5.4: A known command came with arguments out of range or not supported. Reported as a permanent failure.
     *
     * Title: "Invalid command arguments"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    SmtpEnhancedStatus["PermanentInvalidCommandArguments"] = "5.5.4";
    /**
     * 5.5.5: The two sides could not agree on a protocol version. Reported as a permanent failure.
     *
     * Title: "Wrong protocol version"
     *
     * Failure: permanent, retry after-fix, action contact-provider (documented).
     */
    SmtpEnhancedStatus["PermanentWrongProtocolVersion"] = "5.5.5";
    /**
     * 5.5.6: The client's authentication answer was longer than the server accepts (RFC 4954). Reported as a permanent failure.
     *
     * Title: "Authentication Exchange line is too long"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    SmtpEnhancedStatus["PermanentAuthenticationExchangeLineTooLong"] = "5.5.6";
    /**
     * 5.6.0: The content of the message caused the failure, without more detail. Reported as a permanent failure.
     *
     * Title: "Other or undefined media error"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    SmtpEnhancedStatus["PermanentOtherMediaError"] = "5.6.0";
    /**
     * 5.6.1: The next hop does not support the media type of the message. Reported as a permanent failure.
     *
     * Title: "Media not supported"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    SmtpEnhancedStatus["PermanentMediaNotSupported"] = "5.6.1";
    /**
     * 5.6.10: Registered twice for the same condition as X.6.8 and deprecated; old servers may still send it. Reported as a permanent failure.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    SmtpEnhancedStatus["PermanentUtf8ReplyRequiredDeprecated"] = "5.6.10";
    /**
     * 5.6.2: Delivery needs the content converted, but conversion is not allowed for this message. Reported as a permanent failure.
     *
     * Title: "Conversion required and prohibited"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    SmtpEnhancedStatus["PermanentConversionRequiredAndProhibited"] = "5.6.2";
    /**
     * 5.6.3: Delivery needs the content converted (8-bit to 7-bit, for example), which the relay cannot do. Reported as a permanent failure.
     *
     * Title: "Conversion required but not supported"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    SmtpEnhancedStatus["PermanentConversionRequiredButNotSupported"] = "5.6.3";
    /**
     * 5.6.5: A content conversion that delivery needed did not work. Reported as a permanent failure.
     *
     * Title: "Conversion Failed"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    SmtpEnhancedStatus["PermanentConversionFailed"] = "5.6.5";
    /**
     * 5.6.6: Content the message refers to by URL could not be fetched when it was submitted (BURL, RFC 4468). Reported as a permanent failure.
     *
     * Title: "Message content not available"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    SmtpEnhancedStatus["PermanentMessageContentNotAvailable"] = "5.6.6";
    /**
     * 5.6.7: Addresses with non-ASCII characters are not allowed for this sender or recipient (RFC 6531). Reported as a permanent failure.
     *
     * Title: "Non-ASCII addresses not permitted for that sender/recipient"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    SmtpEnhancedStatus["PermanentNonAsciiAddressesNotPermitted"] = "5.6.7";
    /**
     * 5.6.8: Showing the mailbox name needs a UTF-8 reply, which the client did not allow (RFC 6531). Reported as a permanent failure.
     *
     * Title: "UTF-8 string reply is required, but not permitted by the SMTP client"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    SmtpEnhancedStatus["PermanentUtf8ReplyRequiredButNotPermitted"] = "5.6.8";
    /**
     * 5.6.9: A message with UTF-8 header fields cannot be passed on to one or more recipients, so it is refused (RFC 6531). Reported as a permanent failure.
     *
     * Title: "UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    SmtpEnhancedStatus["PermanentUtf8HeaderCannotBeTransferred"] = "5.6.9";
    /**
     * 5.7.0: A security or policy problem without more detail, sometimes vague on purpose. Reported as a permanent failure.
     *
     * Title: "Other or undefined security status"
     *
     * Failure: permanent, retry after-fix, action investigate (documented).
     */
    SmtpEnhancedStatus["PermanentOtherSecurityStatus"] = "5.7.0";
    /**
     * 5.7.1: Policy does not allow this sender to deliver to this destination, whether for the host or the recipient. Reported as a permanent failure.
     *
     * Title: "Delivery not authorized, message refused"
     *
     * Failure: permanent, retry after-fix, action investigate (documented).
     */
    SmtpEnhancedStatus["PermanentDeliveryNotAuthorized"] = "5.7.1";
    /**
     * 5.7.10: A stronger privacy layer such as TLS is needed before this authentication mechanism (RFC 5248). Reported as a permanent failure.
     *
     * Title: "Encryption Needed"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    SmtpEnhancedStatus["PermanentEncryptionNeeded"] = "5.7.10";
    /**
     * 5.7.11: The authentication mechanism chosen may only be used over an encrypted connection (RFC 4954). Reported as a permanent failure.
     *
     * Title: "Encryption required for requested authentication mechanism"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    SmtpEnhancedStatus["PermanentEncryptionRequiredForAuthentication"] = "5.7.11";
    /**
     * 5.7.13: Authentication worked but the account is disabled until an administrator enables it again (RFC 5248). Reported as a permanent failure.
     *
     * Title: "User Account Disabled"
     *
     * Failure: permanent, retry after-fix, action contact-provider (documented).
     */
    SmtpEnhancedStatus["PermanentUserAccountDisabled"] = "5.7.13";
    /**
     * 5.7.14: The submission server needs a trust relationship with a third party before it can fetch the content (RFC 5248). Reported as a permanent failure.
     *
     * Title: "Trust relationship required"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    SmtpEnhancedStatus["PermanentTrustRelationshipRequired"] = "5.7.14";
    /**
     * 5.7.15: The priority of the message is below the lowest the server takes at present (RFC 6710). Reported as a permanent failure.
     *
     * Title: "Priority Level is too low"
     *
     * Failure: permanent, retry after-fix, action investigate (documented).
     */
    SmtpEnhancedStatus["PermanentPriorityLevelTooLow"] = "5.7.15";
    /**
     * 5.7.16: The message is too big for the priority it asks for (RFC 6710). Reported as a permanent failure.
     *
     * Title: "Message is too big for the specified priority"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    SmtpEnhancedStatus["PermanentMessageTooBigForPriority"] = "5.7.16";
    /**
     * 5.7.17: The mailbox has changed owner since the date the sender gave (RRVS, RFC 7293). Reported as a permanent failure.
     *
     * Title: "Mailbox owner has changed"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    SmtpEnhancedStatus["PermanentMailboxOwnerChanged"] = "5.7.17";
    /**
     * 5.7.18: The recipient domain has changed owner since the date the sender gave (RRVS, RFC 7293). Reported as a permanent failure.
     *
     * Title: "Domain owner has changed"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    SmtpEnhancedStatus["PermanentDomainOwnerChanged"] = "5.7.18";
    /**
     * 5.7.19: The receiver could not carry out the ownership check the sender asked for (RRVS, RFC 7293). Reported as a permanent failure.
     *
     * Title: "RRVS test cannot be completed"
     *
     * Failure: permanent, retry after-fix, action investigate (documented).
     */
    SmtpEnhancedStatus["PermanentRrvsTestCannotBeCompleted"] = "5.7.19";
    /**
     * 5.7.2: The sender may not send to this mailing list. Reported as a permanent failure.
     *
     * Title: "Mailing list expansion prohibited"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    SmtpEnhancedStatus["PermanentMailingListExpansionProhibited"] = "5.7.2";
    /**
     * 5.7.20: The message had no DKIM signature that passed. Reported as a permanent failure.
     *
     * Title: "No passing DKIM signature found"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    SmtpEnhancedStatus["PermanentNoPassingDkimSignature"] = "5.7.20";
    /**
     * 5.7.21: DKIM signatures passed, but none the receiver accepts. Reported as a permanent failure.
     *
     * Title: "No acceptable DKIM signature found"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    SmtpEnhancedStatus["PermanentNoAcceptableDkimSignature"] = "5.7.21";
    /**
     * 5.7.22: No passing DKIM signature belongs to the domain in the From address. Reported as a permanent failure.
     *
     * Title: "No valid author-matched DKIM signature found"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    SmtpEnhancedStatus["PermanentNoAuthorMatchedDkimSignature"] = "5.7.22";
    /**
     * 5.7.23: The SPF check failed and local policy refuses such mail. Reported as a permanent failure.
     *
     * Title: "SPF validation failed"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    SmtpEnhancedStatus["PermanentSpfValidationFailed"] = "5.7.23";
    /**
     * 5.7.24: Evaluating SPF ended in an error. Reported as a permanent failure.
     *
     * Title: "SPF validation error"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    SmtpEnhancedStatus["PermanentSpfValidationError"] = "5.7.24";
    /**
     * 5.7.25: The sending IP address failed the receiver's reverse DNS check. Reported as a permanent failure.
     *
     * Title: "Reverse DNS validation failed"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    SmtpEnhancedStatus["PermanentReverseDnsValidationFailed"] = "5.7.25";
    /**
     * 5.7.26: The message failed more than one authentication check. Reported as a permanent failure.
     *
     * Title: "Multiple authentication checks failed"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    SmtpEnhancedStatus["PermanentMultipleAuthenticationChecksFailed"] = "5.7.26";
    /**
     * 5.7.27: The sender's domain publishes a null MX, so the receiver refuses mail from it. Reported as a permanent failure.
     *
     * Title: "Sender address has null MX"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    SmtpEnhancedStatus["PermanentSenderNullMx"] = "5.7.27";
    /**
     * 5.7.28: The message looks like part of a flood of similar abusive messages. Reported as a permanent failure.
     *
     * Title: "Mail flood detected"
     *
     * Failure: permanent, retry after-fix, action reduce-rate (documented).
     */
    SmtpEnhancedStatus["PermanentMailFloodDetected"] = "5.7.28";
    /**
     * 5.7.29: The message failed ARC (Authenticated Received Chain) validation (RFC 8617). Reported as a permanent failure.
     *
     * Title: "ARC validation failure"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    SmtpEnhancedStatus["PermanentArcValidationFailure"] = "5.7.29";
    /**
     * 5.7.3: Delivery needed a conversion between secure messaging protocols that could not be done. Reported as a permanent failure.
     *
     * Title: "Security conversion required but not possible"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    SmtpEnhancedStatus["PermanentSecurityConversionNotPossible"] = "5.7.3";
    /**
     * 5.7.30: The message requires REQUIRETLS, which the next hop does not support (RFC 8689). Reported as a permanent failure.
     *
     * Title: "REQUIRETLS support required"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    SmtpEnhancedStatus["PermanentRequireTlsSupportRequired"] = "5.7.30";
    /**
     * 5.7.4: The message uses security features the delivery protocol cannot carry. Reported as a permanent failure.
     *
     * Title: "Security features not supported"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    SmtpEnhancedStatus["PermanentSecurityFeaturesNotSupported"] = "5.7.4";
    /**
     * 5.7.5: A system on the way could not check or decrypt the message for lack of valid keys. Reported as a permanent failure.
     *
     * Title: "Cryptographic failure"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    SmtpEnhancedStatus["PermanentCryptographicFailure"] = "5.7.5";
    /**
     * 5.7.6: A system on the way could not check or decrypt the message because it lacks the algorithm. Reported as a permanent failure.
     *
     * Title: "Cryptographic algorithm not supported"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    SmtpEnhancedStatus["PermanentCryptographicAlgorithmNotSupported"] = "5.7.6";
    /**
     * 5.7.7: Checking the message showed that it was damaged or changed on the way. Reported as a permanent failure.
     *
     * Title: "Message integrity failure"
     *
     * Failure: permanent, retry after-fix, action investigate (documented).
     */
    SmtpEnhancedStatus["PermanentMessageIntegrityFailure"] = "5.7.7";
    /**
     * 5.7.8: Authentication failed: the credentials are wrong or not enough (RFC 4954). Reported as a permanent failure.
     *
     * Title: "Authentication credentials invalid"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    SmtpEnhancedStatus["PermanentAuthenticationCredentialsInvalid"] = "5.7.8";
    /**
     * 5.7.9: The authentication mechanism chosen is weaker than the server's policy allows (RFC 4954). Reported as a permanent failure.
     *
     * Title: "Authentication mechanism is too weak"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    SmtpEnhancedStatus["PermanentAuthenticationMechanismTooWeak"] = "5.7.9";
})(SmtpEnhancedStatus || (SmtpEnhancedStatus = {}));
/** Catalog metadata of every SMTP enhanced status code. */
export const smtpEnhancedTable = {
    "2.0.0": { code: "2.0.0", group: "success", name: "SuccessOtherUndefinedStatus", title: "Other undefined Status", summary: "Nothing more specific than the class is known about the outcome. Reported as a success.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.0.0" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 2.XXX.XXX" }] },
    "2.1.5": { code: "2.1.5", group: "success", name: "SuccessDestinationAddressValid", title: "Destination address valid", summary: "The recipient address is valid; positive reports use this detail. Reported as a success.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.1.5" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 2.XXX.XXX" }] },
    "2.3.0": { code: "2.3.0", group: "success", name: "SuccessOtherMailSystemStatus", title: "Other or undefined mail system status", summary: "The destination system usually takes mail, but something about it stopped this message. Reported as a success.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.3.0" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 2.XXX.XXX" }] },
    "2.3.6": { code: "2.3.6", group: "success", name: "SuccessRequestedPriorityChanged", title: "Requested priority was changed", summary: "The message was taken, with a different priority than it asked for (RFC 6710). Reported as a success.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.3.6" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 2.XXX.XXX" }] },
    "2.5.0": { code: "2.5.0", group: "success", name: "SuccessOtherProtocolStatus", title: "Other or undefined protocol status", summary: "A problem in the SMTP exchange without more detail. Reported as a success.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.5.0" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 2.XXX.XXX" }] },
    "2.6.4": { code: "2.6.4", group: "success", name: "SuccessConversionWithLossPerformed", title: "Conversion with loss performed", summary: "The message was delivered after a conversion that lost some of the content. Reported as a success.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.6.4" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 2.XXX.XXX" }] },
    "2.6.8": { code: "2.6.8", group: "success", name: "SuccessUtf8ReplyRequiredButNotPermitted", title: "UTF-8 string reply is required, but not permitted by the SMTP client", summary: "Showing the mailbox name needs a UTF-8 reply, which the client did not allow (RFC 6531). Reported as a success.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.6.8" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 2.XXX.XXX" }] },
    "2.7.0": { code: "2.7.0", group: "success", name: "SuccessOtherSecurityStatus", title: "Other or undefined security status", summary: "A security or policy problem without more detail, sometimes vague on purpose. Reported as a success.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.0" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 2.XXX.XXX" }] },
    "4.0.0": { code: "4.0.0", group: "transient", name: "TransientOtherUndefinedStatus", title: "Other undefined Status", summary: "Nothing more specific than the class is known about the outcome. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.0.0" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.1.0": { code: "4.1.0", group: "transient", name: "TransientOtherAddressStatus", title: "Other address status", summary: "An address, of the sender or a recipient, is the cause, without more detail. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.1.0" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.1.1": { code: "4.1.1", group: "transient", name: "TransientBadDestinationMailbox", title: "Bad destination mailbox address", summary: "No mailbox by this name exists at the destination (the part before the @ is unknown). Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.1.1" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }], conflicts: [{ source: { doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.1.1" }, says: "The defining RFC calls X.1.1 useful only as a permanent failure.", resolution: "The registry also associates it with the basic codes 451, 550, and servers send it with class 4; the class digit the server sent decides, so this code is transient." }] },
    "4.1.4": { code: "4.1.4", group: "transient", name: "TransientDestinationMailboxAmbiguous", title: "Destination mailbox address ambiguous", summary: "The recipient address fits more than one mailbox at the destination. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.1.4" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.1.7": { code: "4.1.7", group: "transient", name: "TransientBadSenderMailboxSyntax", title: "Bad sender's mailbox address syntax", summary: "The sender address is not valid address syntax. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.1.7" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.1.8": { code: "4.1.8", group: "transient", name: "TransientBadSenderSystem", title: "Bad sender's system address", summary: "The sender's domain does not exist or could not take replies. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.1.8" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.1.9": { code: "4.1.9", group: "transient", name: "TransientRelayedToNonCompliantMailer", title: "Message relayed to non-compliant mailer", summary: "The message went on to a system that cannot report delivery status, so no further report will come. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.1.9" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.2.0": { code: "4.2.0", group: "transient", name: "TransientOtherMailboxStatus", title: "Other or undefined mailbox status", summary: "The mailbox exists, but something about it stopped the message. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.2.0" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.2.1": { code: "4.2.1", group: "transient", name: "TransientMailboxDisabled", title: "Mailbox disabled, not accepting messages", summary: "The mailbox exists but is disabled and takes no messages; it may or may not come back. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.2.1" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.2.2": { code: "4.2.2", group: "transient", name: "TransientMailboxFull", title: "Mailbox full", summary: "The mailbox is over its quota; its owner could make room. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.2.2" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.2.4": { code: "4.2.4", group: "transient", name: "TransientMailingListExpansionProblem", title: "Mailing list expansion problem", summary: "The recipient is a mailing list that could not be expanded to its members. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.2.4" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.3.0": { code: "4.3.0", group: "transient", name: "TransientOtherMailSystemStatus", title: "Other or undefined mail system status", summary: "The destination system usually takes mail, but something about it stopped this message. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.3.0" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.3.1": { code: "4.3.1", group: "transient", name: "TransientMailSystemFull", title: "Mail system full", summary: "The destination system has run out of storage. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.3.1" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.3.2": { code: "4.3.2", group: "transient", name: "TransientSystemNotAcceptingMessages", title: "System not accepting network messages", summary: "The destination host takes no messages: shut down, overloaded, in maintenance, or never accepting mail. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.3.2" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.3.3": { code: "4.3.3", group: "transient", name: "TransientSystemLacksSelectedFeatures", title: "System not capable of selected features", summary: "The destination cannot support features the message asks for. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.3.3" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.3.5": { code: "4.3.5", group: "transient", name: "TransientSystemIncorrectlyConfigured", title: "System incorrectly configured", summary: "The destination system is set up wrongly and cannot take the message. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.3.5" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.4.0": { code: "4.4.0", group: "transient", name: "TransientOtherNetworkRoutingStatus", title: "Other or undefined network or routing status", summary: "A network or routing problem without more detail. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.4.0" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.4.1": { code: "4.4.1", group: "transient", name: "TransientNoAnswerFromHost", title: "No answer from host", summary: "The destination host did not answer when a connection was tried. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.4.1" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.4.2": { code: "4.4.2", group: "transient", name: "TransientBadConnection", title: "Bad connection", summary: "A connection was made but the exchange could not finish, for example after a timeout. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.4.2" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.4.3": { code: "4.4.3", group: "transient", name: "TransientDirectoryServerFailure", title: "Directory server failure", summary: "A directory service such as DNS was unavailable, so the message could not be routed. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.4.3" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.4.4": { code: "4.4.4", group: "transient", name: "TransientUnableToRoute", title: "Unable to route", summary: "No next hop could be worked out from the routing information at hand. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.4.4" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.4.5": { code: "4.4.5", group: "transient", name: "TransientMailSystemCongestion", title: "Mail system congestion", summary: "The mail system was congested. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "reduce-rate", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.4.5" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.4.6": { code: "4.4.6", group: "transient", name: "TransientRoutingLoopDetected", title: "Routing loop detected", summary: "The message was going round in a routing or forwarding loop. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.4.6" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.4.7": { code: "4.4.7", group: "transient", name: "TransientDeliveryTimeExpired", title: "Delivery time expired", summary: "The message waited in a queue too long, or its time to live ran out. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.4.7" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.5.0": { code: "4.5.0", group: "transient", name: "TransientOtherProtocolStatus", title: "Other or undefined protocol status", summary: "A problem in the SMTP exchange without more detail. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.5.0" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.5.1": { code: "4.5.1", group: "transient", name: "TransientInvalidCommand", title: "Invalid command", summary: "A command came out of order or is not supported. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.5.1" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }], conflicts: [{ source: { doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.5.1" }, says: "The defining RFC calls X.5.1 useful only as a permanent failure.", resolution: "The registry also associates it with the basic codes 430, 500, 501, 503, 530, 550, 554, 555, and servers send it with class 4; the class digit the server sent decides, so this code is transient." }] },
    "4.5.3": { code: "4.5.3", group: "transient", name: "TransientTooManyRecipients", title: "Too many recipients", summary: "The transaction named more recipients than allowed; the rest normally go in a further transaction. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.5.3" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.5.4": { code: "4.5.4", group: "transient", name: "TransientInvalidCommandArguments", title: "Invalid command arguments", summary: "A known command came with arguments out of range or not supported. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.5.4" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }], conflicts: [{ source: { doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.5.4" }, says: "The defining RFC calls X.5.4 useful only as a permanent failure.", resolution: "The registry also associates it with the basic codes 451, 501, 502, 503, 504, 550, 555, and servers send it with class 4; the class digit the server sent decides, so this code is transient." }] },
    "4.5.5": { code: "4.5.5", group: "transient", name: "TransientWrongProtocolVersion", title: "Wrong protocol version", summary: "The two sides could not agree on a protocol version. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.5.5" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.5.6": { code: "4.5.6", group: "transient", name: "TransientAuthenticationExchangeLineTooLong", title: "Authentication Exchange line is too long", summary: "The client's authentication answer was longer than the server accepts (RFC 4954). Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.5.6" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.6.0": { code: "4.6.0", group: "transient", name: "TransientOtherMediaError", title: "Other or undefined media error", summary: "The content of the message caused the failure, without more detail. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.6.0" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.6.10": { code: "4.6.10", group: "transient", name: "TransientUtf8ReplyRequiredDeprecated", summary: "Registered twice for the same condition as X.6.8 and deprecated; old servers may still send it. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.6.10" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }], note: "Deprecated in the registry as a duplicate of X.6.8." },
    "4.6.2": { code: "4.6.2", group: "transient", name: "TransientConversionRequiredAndProhibited", title: "Conversion required and prohibited", summary: "Delivery needs the content converted, but conversion is not allowed for this message. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.6.2" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.6.5": { code: "4.6.5", group: "transient", name: "TransientConversionFailed", title: "Conversion Failed", summary: "A content conversion that delivery needed did not work. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.6.5" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.6.6": { code: "4.6.6", group: "transient", name: "TransientMessageContentNotAvailable", title: "Message content not available", summary: "Content the message refers to by URL could not be fetched when it was submitted (BURL, RFC 4468). Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.6.6" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.7.0": { code: "4.7.0", group: "transient", name: "TransientOtherSecurityStatus", title: "Other or undefined security status", summary: "A security or policy problem without more detail, sometimes vague on purpose. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.0" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.7.1": { code: "4.7.1", group: "transient", name: "TransientDeliveryNotAuthorized", title: "Delivery not authorized, message refused", summary: "Policy does not allow this sender to deliver to this destination, whether for the host or the recipient. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.1" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }], conflicts: [{ source: { doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.1" }, says: "The defining RFC calls X.7.1 useful only as a permanent failure.", resolution: "The registry also associates it with the basic codes 451, 454, 502, 503, 533, 550, 551, and servers send it with class 4; the class digit the server sent decides, so this code is transient." }] },
    "4.7.12": { code: "4.7.12", group: "transient", name: "TransientPasswordTransitionNeeded", title: "A password transition is needed", summary: "The account must first authenticate once in another way, usually PLAIN, before this mechanism works (RFC 4954). Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.12" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }], note: "The class says try later, but the condition only clears once the account authenticates in the other way." },
    "4.7.15": { code: "4.7.15", group: "transient", name: "TransientPriorityLevelTooLow", title: "Priority Level is too low", summary: "The priority of the message is below the lowest the server takes at present (RFC 6710). Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.15" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.7.16": { code: "4.7.16", group: "transient", name: "TransientMessageTooBigForPriority", title: "Message is too big for the specified priority", summary: "The message is too big for the priority it asks for (RFC 6710). Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.16" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.7.24": { code: "4.7.24", group: "transient", name: "TransientSpfValidationError", title: "SPF validation error", summary: "Evaluating SPF ended in an error. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.24" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.7.28": { code: "4.7.28", group: "transient", name: "TransientMailFloodDetected", title: "Mail flood detected", summary: "The message looks like part of a flood of similar abusive messages. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "reduce-rate", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.28" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.7.5": { code: "4.7.5", group: "transient", name: "TransientCryptographicFailure", title: "Cryptographic failure", summary: "A system on the way could not check or decrypt the message for lack of valid keys. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.5" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.7.6": { code: "4.7.6", group: "transient", name: "TransientCryptographicAlgorithmNotSupported", title: "Cryptographic algorithm not supported", summary: "A system on the way could not check or decrypt the message because it lacks the algorithm. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.6" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "4.7.7": { code: "4.7.7", group: "transient", name: "TransientMessageIntegrityFailure", title: "Message integrity failure", summary: "Checking the message showed that it was damaged or changed on the way. Reported as a temporary failure.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.7" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 4.XXX.XXX" }] },
    "5.0.0": { code: "5.0.0", group: "permanent", name: "PermanentOtherUndefinedStatus", title: "Other undefined Status", summary: "Nothing more specific than the class is known about the outcome. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "investigate", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.0.0" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.1.0": { code: "5.1.0", group: "permanent", name: "PermanentOtherAddressStatus", title: "Other address status", summary: "An address, of the sender or a recipient, is the cause, without more detail. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "verify-recipient", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.1.0" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.1.1": { code: "5.1.1", group: "permanent", name: "PermanentBadDestinationMailbox", title: "Bad destination mailbox address", summary: "No mailbox by this name exists at the destination (the part before the @ is unknown). Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.1.1" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.1.10": { code: "5.1.10", group: "permanent", name: "PermanentRecipientNullMx", title: "Recipient address has null MX", summary: "The recipient domain publishes a null MX: it takes no mail at all. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.1.10" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.1.2": { code: "5.1.2", group: "permanent", name: "PermanentBadDestinationSystem", title: "Bad destination system address", summary: "The recipient's domain or host does not exist or cannot take mail. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.1.2" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.1.3": { code: "5.1.3", group: "permanent", name: "PermanentBadDestinationMailboxSyntax", title: "Bad destination mailbox address syntax", summary: "The recipient address is not valid address syntax. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.1.3" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.1.4": { code: "5.1.4", group: "permanent", name: "PermanentDestinationMailboxAmbiguous", title: "Destination mailbox address ambiguous", summary: "The recipient address fits more than one mailbox at the destination. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "verify-recipient", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.1.4" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.1.6": { code: "5.1.6", group: "permanent", name: "PermanentDestinationMailboxMoved", title: "Destination mailbox has moved, No forwarding address", summary: "The mailbox existed once but takes no more mail and leaves no forwarding address. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.1.6" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.1.7": { code: "5.1.7", group: "permanent", name: "PermanentBadSenderMailboxSyntax", title: "Bad sender's mailbox address syntax", summary: "The sender address is not valid address syntax. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.1.7" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.1.8": { code: "5.1.8", group: "permanent", name: "PermanentBadSenderSystem", title: "Bad sender's system address", summary: "The sender's domain does not exist or could not take replies. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.1.8" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.1.9": { code: "5.1.9", group: "permanent", name: "PermanentRelayedToNonCompliantMailer", title: "Message relayed to non-compliant mailer", summary: "The message went on to a system that cannot report delivery status, so no further report will come. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "none", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.1.9" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.2.0": { code: "5.2.0", group: "permanent", name: "PermanentOtherMailboxStatus", title: "Other or undefined mailbox status", summary: "The mailbox exists, but something about it stopped the message. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "verify-recipient", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.2.0" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.2.1": { code: "5.2.1", group: "permanent", name: "PermanentMailboxDisabled", title: "Mailbox disabled, not accepting messages", summary: "The mailbox exists but is disabled and takes no messages; it may or may not come back. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.2.1" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.2.2": { code: "5.2.2", group: "permanent", name: "PermanentMailboxFull", title: "Mailbox full", summary: "The mailbox is over its quota; its owner could make room. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "verify-recipient", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.2.2" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }], conflicts: [{ source: { doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.2.2" }, says: "The defining RFC calls X.2.2 useful only as a persistent transient failure.", resolution: "The registry also associates it with the basic code 552, and servers send it with class 5; the class digit the server sent decides, so this code is permanent for this message." }, { source: { doc: "reference/ses-bounce-types.json", section: "bounce_types / Transient MailboxFull" }, says: "Amazon SES reports a full mailbox as a transient bounce, and Postmark counts it among its soft bounces.", resolution: "The server gave up on this message, so it is not resent unchanged; whether the address is worth a later try is the sender's call, hence verify-recipient rather than suppress-recipient." }] },
    "5.2.3": { code: "5.2.3", group: "permanent", name: "PermanentMessageTooLongForMailbox", title: "Message length exceeds administrative limit", summary: "The message is larger than the limit set for this mailbox. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.2.3" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }], conflicts: [{ source: { doc: "reference/ses-bounce-types.json", section: "bounce_types / Transient MessageTooLarge" }, says: "Amazon SES files a message that is too large under its transient bounces, because the address itself is still good.", resolution: "Both agree that only a smaller message can succeed; permanence here is about this message, which the class digit 5 marks as refused for good." }] },
    "5.2.4": { code: "5.2.4", group: "permanent", name: "PermanentMailingListExpansionProblem", title: "Mailing list expansion problem", summary: "The recipient is a mailing list that could not be expanded to its members. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "investigate", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.2.4" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.3.0": { code: "5.3.0", group: "permanent", name: "PermanentOtherMailSystemStatus", title: "Other or undefined mail system status", summary: "The destination system usually takes mail, but something about it stopped this message. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "investigate", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.3.0" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.3.2": { code: "5.3.2", group: "permanent", name: "PermanentSystemNotAcceptingMessages", title: "System not accepting network messages", summary: "The destination host takes no messages: shut down, overloaded, in maintenance, or never accepting mail. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.3.2" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.3.3": { code: "5.3.3", group: "permanent", name: "PermanentSystemLacksSelectedFeatures", title: "System not capable of selected features", summary: "The destination cannot support features the message asks for. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.3.3" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.3.4": { code: "5.3.4", group: "permanent", name: "PermanentMessageTooBigForSystem", title: "Message too big for system", summary: "The message is larger than the destination system's limit per message. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.3.4" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }], conflicts: [{ source: { doc: "reference/ses-bounce-types.json", section: "bounce_types / Transient MessageTooLarge" }, says: "Amazon SES files a message that is too large under its transient bounces, because the address itself is still good.", resolution: "Both agree that only a smaller message can succeed; permanence here is about this message, which the class digit 5 marks as refused for good." }] },
    "5.3.5": { code: "5.3.5", group: "permanent", name: "PermanentSystemIncorrectlyConfigured", title: "System incorrectly configured", summary: "The destination system is set up wrongly and cannot take the message. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "contact-provider", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.3.5" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.4.0": { code: "5.4.0", group: "permanent", name: "PermanentOtherNetworkRoutingStatus", title: "Other or undefined network or routing status", summary: "A network or routing problem without more detail. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "investigate", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.4.0" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.4.3": { code: "5.4.3", group: "permanent", name: "PermanentDirectoryServerFailure", title: "Directory server failure", summary: "A directory service such as DNS was unavailable, so the message could not be routed. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "investigate", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.4.3" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }], conflicts: [{ source: { doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.4.3" }, says: "The defining RFC calls X.4.3 useful only as a persistent transient failure.", resolution: "The registry also associates it with the basic codes 451, 550, and servers send it with class 5; the class digit the server sent decides, so this code is permanent for this message." }] },
    "5.4.4": { code: "5.4.4", group: "permanent", name: "PermanentUnableToRoute", title: "Unable to route", summary: "No next hop could be worked out from the routing information at hand. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "verify-recipient", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.4.4" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.4.7": { code: "5.4.7", group: "permanent", name: "PermanentDeliveryTimeExpired", title: "Delivery time expired", summary: "The message waited in a queue too long, or its time to live ran out. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "investigate", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.4.7" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.5.0": { code: "5.5.0", group: "permanent", name: "PermanentOtherProtocolStatus", title: "Other or undefined protocol status", summary: "A problem in the SMTP exchange without more detail. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "investigate", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.5.0" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.5.1": { code: "5.5.1", group: "permanent", name: "PermanentInvalidCommand", title: "Invalid command", summary: "A command came out of order or is not supported. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.5.1" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.5.2": { code: "5.5.2", group: "permanent", name: "PermanentSyntaxError", title: "Syntax error", summary: "A command could not be parsed: bad syntax or an unknown command. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.5.2" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.5.4": { code: "5.5.4", group: "permanent", name: "PermanentInvalidCommandArguments", title: "Invalid command arguments", summary: "A known command came with arguments out of range or not supported. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.5.4" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.5.5": { code: "5.5.5", group: "permanent", name: "PermanentWrongProtocolVersion", title: "Wrong protocol version", summary: "The two sides could not agree on a protocol version. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "contact-provider", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.5.5" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.5.6": { code: "5.5.6", group: "permanent", name: "PermanentAuthenticationExchangeLineTooLong", title: "Authentication Exchange line is too long", summary: "The client's authentication answer was longer than the server accepts (RFC 4954). Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.5.6" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.6.0": { code: "5.6.0", group: "permanent", name: "PermanentOtherMediaError", title: "Other or undefined media error", summary: "The content of the message caused the failure, without more detail. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.6.0" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.6.1": { code: "5.6.1", group: "permanent", name: "PermanentMediaNotSupported", title: "Media not supported", summary: "The next hop does not support the media type of the message. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.6.1" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.6.10": { code: "5.6.10", group: "permanent", name: "PermanentUtf8ReplyRequiredDeprecated", summary: "Registered twice for the same condition as X.6.8 and deprecated; old servers may still send it. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.6.10" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }], note: "Deprecated in the registry as a duplicate of X.6.8." },
    "5.6.2": { code: "5.6.2", group: "permanent", name: "PermanentConversionRequiredAndProhibited", title: "Conversion required and prohibited", summary: "Delivery needs the content converted, but conversion is not allowed for this message. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.6.2" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.6.3": { code: "5.6.3", group: "permanent", name: "PermanentConversionRequiredButNotSupported", title: "Conversion required but not supported", summary: "Delivery needs the content converted (8-bit to 7-bit, for example), which the relay cannot do. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.6.3" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.6.5": { code: "5.6.5", group: "permanent", name: "PermanentConversionFailed", title: "Conversion Failed", summary: "A content conversion that delivery needed did not work. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.6.5" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.6.6": { code: "5.6.6", group: "permanent", name: "PermanentMessageContentNotAvailable", title: "Message content not available", summary: "Content the message refers to by URL could not be fetched when it was submitted (BURL, RFC 4468). Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.6.6" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.6.7": { code: "5.6.7", group: "permanent", name: "PermanentNonAsciiAddressesNotPermitted", title: "Non-ASCII addresses not permitted for that sender/recipient", summary: "Addresses with non-ASCII characters are not allowed for this sender or recipient (RFC 6531). Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.6.7" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.6.8": { code: "5.6.8", group: "permanent", name: "PermanentUtf8ReplyRequiredButNotPermitted", title: "UTF-8 string reply is required, but not permitted by the SMTP client", summary: "Showing the mailbox name needs a UTF-8 reply, which the client did not allow (RFC 6531). Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.6.8" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.6.9": { code: "5.6.9", group: "permanent", name: "PermanentUtf8HeaderCannotBeTransferred", title: "UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected", summary: "A message with UTF-8 header fields cannot be passed on to one or more recipients, so it is refused (RFC 6531). Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.6.9" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.0": { code: "5.7.0", group: "permanent", name: "PermanentOtherSecurityStatus", title: "Other or undefined security status", summary: "A security or policy problem without more detail, sometimes vague on purpose. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "investigate", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.0" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.1": { code: "5.7.1", group: "permanent", name: "PermanentDeliveryNotAuthorized", title: "Delivery not authorized, message refused", summary: "Policy does not allow this sender to deliver to this destination, whether for the host or the recipient. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "investigate", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.1" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.10": { code: "5.7.10", group: "permanent", name: "PermanentEncryptionNeeded", title: "Encryption Needed", summary: "A stronger privacy layer such as TLS is needed before this authentication mechanism (RFC 5248). Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.10" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.11": { code: "5.7.11", group: "permanent", name: "PermanentEncryptionRequiredForAuthentication", title: "Encryption required for requested authentication mechanism", summary: "The authentication mechanism chosen may only be used over an encrypted connection (RFC 4954). Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.11" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.13": { code: "5.7.13", group: "permanent", name: "PermanentUserAccountDisabled", title: "User Account Disabled", summary: "Authentication worked but the account is disabled until an administrator enables it again (RFC 5248). Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "contact-provider", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.13" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.14": { code: "5.7.14", group: "permanent", name: "PermanentTrustRelationshipRequired", title: "Trust relationship required", summary: "The submission server needs a trust relationship with a third party before it can fetch the content (RFC 5248). Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.14" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.15": { code: "5.7.15", group: "permanent", name: "PermanentPriorityLevelTooLow", title: "Priority Level is too low", summary: "The priority of the message is below the lowest the server takes at present (RFC 6710). Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "investigate", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.15" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.16": { code: "5.7.16", group: "permanent", name: "PermanentMessageTooBigForPriority", title: "Message is too big for the specified priority", summary: "The message is too big for the priority it asks for (RFC 6710). Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.16" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.17": { code: "5.7.17", group: "permanent", name: "PermanentMailboxOwnerChanged", title: "Mailbox owner has changed", summary: "The mailbox has changed owner since the date the sender gave (RRVS, RFC 7293). Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.17" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.18": { code: "5.7.18", group: "permanent", name: "PermanentDomainOwnerChanged", title: "Domain owner has changed", summary: "The recipient domain has changed owner since the date the sender gave (RRVS, RFC 7293). Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.18" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.19": { code: "5.7.19", group: "permanent", name: "PermanentRrvsTestCannotBeCompleted", title: "RRVS test cannot be completed", summary: "The receiver could not carry out the ownership check the sender asked for (RRVS, RFC 7293). Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "investigate", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.19" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.2": { code: "5.7.2", group: "permanent", name: "PermanentMailingListExpansionProhibited", title: "Mailing list expansion prohibited", summary: "The sender may not send to this mailing list. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.2" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.20": { code: "5.7.20", group: "permanent", name: "PermanentNoPassingDkimSignature", title: "No passing DKIM signature found", summary: "The message had no DKIM signature that passed. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.20" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.21": { code: "5.7.21", group: "permanent", name: "PermanentNoAcceptableDkimSignature", title: "No acceptable DKIM signature found", summary: "DKIM signatures passed, but none the receiver accepts. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.21" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.22": { code: "5.7.22", group: "permanent", name: "PermanentNoAuthorMatchedDkimSignature", title: "No valid author-matched DKIM signature found", summary: "No passing DKIM signature belongs to the domain in the From address. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.22" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.23": { code: "5.7.23", group: "permanent", name: "PermanentSpfValidationFailed", title: "SPF validation failed", summary: "The SPF check failed and local policy refuses such mail. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.23" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.24": { code: "5.7.24", group: "permanent", name: "PermanentSpfValidationError", title: "SPF validation error", summary: "Evaluating SPF ended in an error. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.24" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.25": { code: "5.7.25", group: "permanent", name: "PermanentReverseDnsValidationFailed", title: "Reverse DNS validation failed", summary: "The sending IP address failed the receiver's reverse DNS check. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.25" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.26": { code: "5.7.26", group: "permanent", name: "PermanentMultipleAuthenticationChecksFailed", title: "Multiple authentication checks failed", summary: "The message failed more than one authentication check. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.26" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.27": { code: "5.7.27", group: "permanent", name: "PermanentSenderNullMx", title: "Sender address has null MX", summary: "The sender's domain publishes a null MX, so the receiver refuses mail from it. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.27" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.28": { code: "5.7.28", group: "permanent", name: "PermanentMailFloodDetected", title: "Mail flood detected", summary: "The message looks like part of a flood of similar abusive messages. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "reduce-rate", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.28" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.29": { code: "5.7.29", group: "permanent", name: "PermanentArcValidationFailure", title: "ARC validation failure", summary: "The message failed ARC (Authenticated Received Chain) validation (RFC 8617). Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.29" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.3": { code: "5.7.3", group: "permanent", name: "PermanentSecurityConversionNotPossible", title: "Security conversion required but not possible", summary: "Delivery needed a conversion between secure messaging protocols that could not be done. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.3" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.30": { code: "5.7.30", group: "permanent", name: "PermanentRequireTlsSupportRequired", title: "REQUIRETLS support required", summary: "The message requires REQUIRETLS, which the next hop does not support (RFC 8689). Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.30" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.4": { code: "5.7.4", group: "permanent", name: "PermanentSecurityFeaturesNotSupported", title: "Security features not supported", summary: "The message uses security features the delivery protocol cannot carry. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.4" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.5": { code: "5.7.5", group: "permanent", name: "PermanentCryptographicFailure", title: "Cryptographic failure", summary: "A system on the way could not check or decrypt the message for lack of valid keys. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.5" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.6": { code: "5.7.6", group: "permanent", name: "PermanentCryptographicAlgorithmNotSupported", title: "Cryptographic algorithm not supported", summary: "A system on the way could not check or decrypt the message because it lacks the algorithm. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.6" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.7": { code: "5.7.7", group: "permanent", name: "PermanentMessageIntegrityFailure", title: "Message integrity failure", summary: "Checking the message showed that it was damaged or changed on the way. Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "investigate", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.7" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.8": { code: "5.7.8", group: "permanent", name: "PermanentAuthenticationCredentialsInvalid", title: "Authentication credentials invalid", summary: "Authentication failed: the credentials are wrong or not enough (RFC 4954). Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.8" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
    "5.7.9": { code: "5.7.9", group: "permanent", name: "PermanentAuthenticationMechanismTooWeak", title: "Authentication mechanism is too weak", summary: "The authentication mechanism chosen is weaker than the server's policy allows (RFC 4954). Reported as a permanent failure.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.7.9" }, { doc: "reference/smtp-enhanced-status-codes.json", section: "classes / 5.XXX.XXX" }] },
};
/** SMTP enhanced status: header and every entry, for tools that walk the catalog. */
export const smtpEnhancedFamily = { ...{ id: "smtp-enhanced", displayName: "SMTP enhanced status", description: "Enhanced mail system status codes (RFC 3463) such as '5.1.1', as SMTP replies and delivery status notifications carry them.", enumName: "SmtpEnhancedStatus", codeType: "string", sentAsString: false, nameHints: ["dsn", "enhanced"], channels: [], groups: [{ id: "success", displayName: "Success (2.x.x)", description: "The report describes a successful delivery step." }, { id: "transient", displayName: "Persistent transient failure (4.x.x)", description: "A temporary condition stopped or delayed the message; sending later may work." }, { id: "permanent", displayName: "Permanent failure (5.x.x)", description: "The message as sent will not be delivered; the message or the destination must change." }] }, entries: Object.values(smtpEnhancedTable) };
/** Whether `value` is a SMTP enhanced status code. */
export function isSmtpEnhancedStatusCode(value) {
    return typeof value === 'string' && Object.hasOwn(smtpEnhancedTable, value);
}
/** Whether `value` is the code of a permanent SMTP enhanced status failure. */
export function isPermanentSmtpEnhancedStatusCode(value) {
    if (!(typeof value === 'string') || !Object.hasOwn(smtpEnhancedTable, value))
        return false;
    const entry = smtpEnhancedTable[value];
    return entry.outcome === 'failed' && entry.permanence === 'permanent';
}
/** Whether `value` is a SMTP enhanced status failure that may be sent again unchanged. */
export function isRetryableSmtpEnhancedStatusCode(value) {
    if (!(typeof value === 'string') || !Object.hasOwn(smtpEnhancedTable, value))
        return false;
    const entry = smtpEnhancedTable[value];
    return entry.outcome === 'failed' && (entry.retry === 'safe' || entry.retry === 'provider-retries');
}
