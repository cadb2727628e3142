import type { CodeEntry, FamilyData, PermanentFailureHandlers } from "../codes/types.ts";
/**
 * SMTP enhanced status codes by name. Enhanced mail system status codes (RFC 3463) such as '5.1.1', as SMTP replies and delivery status notifications carry them.
 *
 * @deliveryCodes smtp-enhanced
 */
export declare enum SmtpEnhancedStatus {
    /**
     * 2.0.0: Nothing more specific than the class is known about the outcome. Reported as a success.
     *
     * Title: "Other undefined Status"
     *
     * Outcome: accepted.
     */
    SuccessOtherUndefinedStatus = "2.0.0",
    /**
     * 2.1.5: The recipient address is valid; positive reports use this detail. Reported as a success.
     *
     * Title: "Destination address valid"
     *
     * Outcome: accepted.
     */
    SuccessDestinationAddressValid = "2.1.5",
    /**
     * 2.3.0: The destination system usually takes mail, but something about it stopped this message. Reported as a success.
     *
     * Title: "Other or undefined mail system status"
     *
     * Outcome: accepted.
     */
    SuccessOtherMailSystemStatus = "2.3.0",
    /**
     * 2.3.6: The message was taken, with a different priority than it asked for (RFC 6710). Reported as a success.
     *
     * Title: "Requested priority was changed"
     *
     * Outcome: accepted.
     */
    SuccessRequestedPriorityChanged = "2.3.6",
    /**
     * 2.5.0: A problem in the SMTP exchange without more detail. Reported as a success.
     *
     * Title: "Other or undefined protocol status"
     *
     * Outcome: accepted.
     */
    SuccessOtherProtocolStatus = "2.5.0",
    /**
     * 2.6.4: The message was delivered after a conversion that lost some of the content. Reported as a success.
     *
     * Title: "Conversion with loss performed"
     *
     * Outcome: accepted.
     */
    SuccessConversionWithLossPerformed = "2.6.4",
    /**
     * 2.6.8: Showing the mailbox name needs a UTF-8 reply, which the client did not allow (RFC 6531). Reported as a success.
     *
     * Title: "UTF-8 string reply is required, but not permitted by the SMTP client"
     *
     * Outcome: accepted.
     */
    SuccessUtf8ReplyRequiredButNotPermitted = "2.6.8",
    /**
     * 2.7.0: A security or policy problem without more detail, sometimes vague on purpose. Reported as a success.
     *
     * Title: "Other or undefined security status"
     *
     * Outcome: accepted.
     */
    SuccessOtherSecurityStatus = "2.7.0",
    /**
     * 4.0.0: Nothing more specific than the class is known about the outcome. Reported as a temporary failure.
     *
     * Title: "Other undefined Status"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientOtherUndefinedStatus = "4.0.0",
    /**
     * 4.1.0: An address, of the sender or a recipient, is the cause, without more detail. Reported as a temporary failure.
     *
     * Title: "Other address status"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientOtherAddressStatus = "4.1.0",
    /**
     * 4.1.1: No mailbox by this name exists at the destination (the part before the @ is unknown). Reported as a temporary failure.
     *
     * Title: "Bad destination mailbox address"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientBadDestinationMailbox = "4.1.1",
    /**
     * 4.1.4: The recipient address fits more than one mailbox at the destination. Reported as a temporary failure.
     *
     * Title: "Destination mailbox address ambiguous"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientDestinationMailboxAmbiguous = "4.1.4",
    /**
     * 4.1.7: The sender address is not valid address syntax. Reported as a temporary failure.
     *
     * Title: "Bad sender's mailbox address syntax"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientBadSenderMailboxSyntax = "4.1.7",
    /**
     * 4.1.8: The sender's domain does not exist or could not take replies. Reported as a temporary failure.
     *
     * Title: "Bad sender's system address"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientBadSenderSystem = "4.1.8",
    /**
     * 4.1.9: The message went on to a system that cannot report delivery status, so no further report will come. Reported as a temporary failure.
     *
     * Title: "Message relayed to non-compliant mailer"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientRelayedToNonCompliantMailer = "4.1.9",
    /**
     * 4.2.0: The mailbox exists, but something about it stopped the message. Reported as a temporary failure.
     *
     * Title: "Other or undefined mailbox status"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientOtherMailboxStatus = "4.2.0",
    /**
     * 4.2.1: The mailbox exists but is disabled and takes no messages; it may or may not come back. Reported as a temporary failure.
     *
     * Title: "Mailbox disabled, not accepting messages"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientMailboxDisabled = "4.2.1",
    /**
     * 4.2.2: The mailbox is over its quota; its owner could make room. Reported as a temporary failure.
     *
     * Title: "Mailbox full"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientMailboxFull = "4.2.2",
    /**
     * 4.2.4: The recipient is a mailing list that could not be expanded to its members. Reported as a temporary failure.
     *
     * Title: "Mailing list expansion problem"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientMailingListExpansionProblem = "4.2.4",
    /**
     * 4.3.0: The destination system usually takes mail, but something about it stopped this message. Reported as a temporary failure.
     *
     * Title: "Other or undefined mail system status"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientOtherMailSystemStatus = "4.3.0",
    /**
     * 4.3.1: The destination system has run out of storage. Reported as a temporary failure.
     *
     * Title: "Mail system full"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientMailSystemFull = "4.3.1",
    /**
     * 4.3.2: The destination host takes no messages: shut down, overloaded, in maintenance, or never accepting mail. Reported as a temporary failure.
     *
     * Title: "System not accepting network messages"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientSystemNotAcceptingMessages = "4.3.2",
    /**
     * 4.3.3: The destination cannot support features the message asks for. Reported as a temporary failure.
     *
     * Title: "System not capable of selected features"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientSystemLacksSelectedFeatures = "4.3.3",
    /**
     * 4.3.5: The destination system is set up wrongly and cannot take the message. Reported as a temporary failure.
     *
     * Title: "System incorrectly configured"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientSystemIncorrectlyConfigured = "4.3.5",
    /**
     * 4.4.0: A network or routing problem without more detail. Reported as a temporary failure.
     *
     * Title: "Other or undefined network or routing status"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientOtherNetworkRoutingStatus = "4.4.0",
    /**
     * 4.4.1: The destination host did not answer when a connection was tried. Reported as a temporary failure.
     *
     * Title: "No answer from host"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientNoAnswerFromHost = "4.4.1",
    /**
     * 4.4.2: A connection was made but the exchange could not finish, for example after a timeout. Reported as a temporary failure.
     *
     * Title: "Bad connection"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientBadConnection = "4.4.2",
    /**
     * 4.4.3: A directory service such as DNS was unavailable, so the message could not be routed. Reported as a temporary failure.
     *
     * Title: "Directory server failure"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientDirectoryServerFailure = "4.4.3",
    /**
     * 4.4.4: No next hop could be worked out from the routing information at hand. Reported as a temporary failure.
     *
     * Title: "Unable to route"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientUnableToRoute = "4.4.4",
    /**
     * 4.4.5: The mail system was congested. Reported as a temporary failure.
     *
     * Title: "Mail system congestion"
     *
     * Failure: transient, retry safe, action reduce-rate (documented).
     */
    TransientMailSystemCongestion = "4.4.5",
    /**
     * 4.4.6: The message was going round in a routing or forwarding loop. Reported as a temporary failure.
     *
     * Title: "Routing loop detected"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientRoutingLoopDetected = "4.4.6",
    /**
     * 4.4.7: The message waited in a queue too long, or its time to live ran out. Reported as a temporary failure.
     *
     * Title: "Delivery time expired"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientDeliveryTimeExpired = "4.4.7",
    /**
     * 4.5.0: A problem in the SMTP exchange without more detail. Reported as a temporary failure.
     *
     * Title: "Other or undefined protocol status"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientOtherProtocolStatus = "4.5.0",
    /**
     * 4.5.1: A command came out of order or is not supported. Reported as a temporary failure.
     *
     * Title: "Invalid command"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientInvalidCommand = "4.5.1",
    /**
     * 4.5.3: The transaction named more recipients than allowed; the rest normally go in a further transaction. Reported as a temporary failure.
     *
     * Title: "Too many recipients"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientTooManyRecipients = "4.5.3",
    /**
     * 4.5.4: A known command came with arguments out of range or not supported. Reported as a temporary failure.
     *
     * Title: "Invalid command arguments"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientInvalidCommandArguments = "4.5.4",
    /**
     * 4.5.5: The two sides could not agree on a protocol version. Reported as a temporary failure.
     *
     * Title: "Wrong protocol version"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientWrongProtocolVersion = "4.5.5",
    /**
     * 4.5.6: The client's authentication answer was longer than the server accepts (RFC 4954). Reported as a temporary failure.
     *
     * Title: "Authentication Exchange line is too long"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientAuthenticationExchangeLineTooLong = "4.5.6",
    /**
     * 4.6.0: The content of the message caused the failure, without more detail. Reported as a temporary failure.
     *
     * Title: "Other or undefined media error"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientOtherMediaError = "4.6.0",
    /**
     * 4.6.10: Registered twice for the same condition as X.6.8 and deprecated; old servers may still send it. Reported as a temporary failure.
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientUtf8ReplyRequiredDeprecated = "4.6.10",
    /**
     * 4.6.2: Delivery needs the content converted, but conversion is not allowed for this message. Reported as a temporary failure.
     *
     * Title: "Conversion required and prohibited"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientConversionRequiredAndProhibited = "4.6.2",
    /**
     * 4.6.5: A content conversion that delivery needed did not work. Reported as a temporary failure.
     *
     * Title: "Conversion Failed"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientConversionFailed = "4.6.5",
    /**
     * 4.6.6: Content the message refers to by URL could not be fetched when it was submitted (BURL, RFC 4468). Reported as a temporary failure.
     *
     * Title: "Message content not available"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientMessageContentNotAvailable = "4.6.6",
    /**
     * 4.7.0: A security or policy problem without more detail, sometimes vague on purpose. Reported as a temporary failure.
     *
     * Title: "Other or undefined security status"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientOtherSecurityStatus = "4.7.0",
    /**
     * 4.7.1: Policy does not allow this sender to deliver to this destination, whether for the host or the recipient. Reported as a temporary failure.
     *
     * Title: "Delivery not authorized, message refused"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientDeliveryNotAuthorized = "4.7.1",
    /**
     * 4.7.12: The account must first authenticate once in another way, usually PLAIN, before this mechanism works (RFC 4954). Reported as a temporary failure.
     *
     * Title: "A password transition is needed"
     *
     * Failure: transient, retry after-fix, action fix-configuration (documented).
     */
    TransientPasswordTransitionNeeded = "4.7.12",
    /**
     * 4.7.15: The priority of the message is below the lowest the server takes at present (RFC 6710). Reported as a temporary failure.
     *
     * Title: "Priority Level is too low"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientPriorityLevelTooLow = "4.7.15",
    /**
     * 4.7.16: The message is too big for the priority it asks for (RFC 6710). Reported as a temporary failure.
     *
     * Title: "Message is too big for the specified priority"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientMessageTooBigForPriority = "4.7.16",
    /**
     * 4.7.24: Evaluating SPF ended in an error. Reported as a temporary failure.
     *
     * Title: "SPF validation error"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientSpfValidationError = "4.7.24",
    /**
     * 4.7.28: The message looks like part of a flood of similar abusive messages. Reported as a temporary failure.
     *
     * Title: "Mail flood detected"
     *
     * Failure: transient, retry safe, action reduce-rate (documented).
     */
    TransientMailFloodDetected = "4.7.28",
    /**
     * 4.7.5: A system on the way could not check or decrypt the message for lack of valid keys. Reported as a temporary failure.
     *
     * Title: "Cryptographic failure"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientCryptographicFailure = "4.7.5",
    /**
     * 4.7.6: A system on the way could not check or decrypt the message because it lacks the algorithm. Reported as a temporary failure.
     *
     * Title: "Cryptographic algorithm not supported"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientCryptographicAlgorithmNotSupported = "4.7.6",
    /**
     * 4.7.7: Checking the message showed that it was damaged or changed on the way. Reported as a temporary failure.
     *
     * Title: "Message integrity failure"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TransientMessageIntegrityFailure = "4.7.7",
    /**
     * 5.0.0: Nothing more specific than the class is known about the outcome. Reported as a permanent failure.
     *
     * Title: "Other undefined Status"
     *
     * Failure: permanent, retry after-fix, action investigate (documented).
     */
    PermanentOtherUndefinedStatus = "5.0.0",
    /**
     * 5.1.0: An address, of the sender or a recipient, is the cause, without more detail. Reported as a permanent failure.
     *
     * Title: "Other address status"
     *
     * Failure: permanent, retry after-fix, action verify-recipient (documented).
     */
    PermanentOtherAddressStatus = "5.1.0",
    /**
     * 5.1.1: No mailbox by this name exists at the destination (the part before the @ is unknown). Reported as a permanent failure.
     *
     * Title: "Bad destination mailbox address"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    PermanentBadDestinationMailbox = "5.1.1",
    /**
     * 5.1.10: The recipient domain publishes a null MX: it takes no mail at all. Reported as a permanent failure.
     *
     * Title: "Recipient address has null MX"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    PermanentRecipientNullMx = "5.1.10",
    /**
     * 5.1.2: The recipient's domain or host does not exist or cannot take mail. Reported as a permanent failure.
     *
     * Title: "Bad destination system address"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    PermanentBadDestinationSystem = "5.1.2",
    /**
     * 5.1.3: The recipient address is not valid address syntax. Reported as a permanent failure.
     *
     * Title: "Bad destination mailbox address syntax"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    PermanentBadDestinationMailboxSyntax = "5.1.3",
    /**
     * 5.1.4: The recipient address fits more than one mailbox at the destination. Reported as a permanent failure.
     *
     * Title: "Destination mailbox address ambiguous"
     *
     * Failure: permanent, retry after-fix, action verify-recipient (documented).
     */
    PermanentDestinationMailboxAmbiguous = "5.1.4",
    /**
     * 5.1.6: The mailbox existed once but takes no more mail and leaves no forwarding address. Reported as a permanent failure.
     *
     * Title: "Destination mailbox has moved, No forwarding address"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    PermanentDestinationMailboxMoved = "5.1.6",
    /**
     * 5.1.7: The sender address is not valid address syntax. Reported as a permanent failure.
     *
     * Title: "Bad sender's mailbox address syntax"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    PermanentBadSenderMailboxSyntax = "5.1.7",
    /**
     * 5.1.8: The sender's domain does not exist or could not take replies. Reported as a permanent failure.
     *
     * Title: "Bad sender's system address"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    PermanentBadSenderSystem = "5.1.8",
    /**
     * 5.1.9: The message went on to a system that cannot report delivery status, so no further report will come. Reported as a permanent failure.
     *
     * Title: "Message relayed to non-compliant mailer"
     *
     * Failure: permanent, retry after-fix, action none (documented).
     */
    PermanentRelayedToNonCompliantMailer = "5.1.9",
    /**
     * 5.2.0: The mailbox exists, but something about it stopped the message. Reported as a permanent failure.
     *
     * Title: "Other or undefined mailbox status"
     *
     * Failure: permanent, retry after-fix, action verify-recipient (documented).
     */
    PermanentOtherMailboxStatus = "5.2.0",
    /**
     * 5.2.1: The mailbox exists but is disabled and takes no messages; it may or may not come back. Reported as a permanent failure.
     *
     * Title: "Mailbox disabled, not accepting messages"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    PermanentMailboxDisabled = "5.2.1",
    /**
     * 5.2.2: The mailbox is over its quota; its owner could make room. Reported as a permanent failure.
     *
     * Title: "Mailbox full"
     *
     * Failure: permanent, retry after-fix, action verify-recipient (documented).
     */
    PermanentMailboxFull = "5.2.2",
    /**
     * 5.2.3: The message is larger than the limit set for this mailbox. Reported as a permanent failure.
     *
     * Title: "Message length exceeds administrative limit"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    PermanentMessageTooLongForMailbox = "5.2.3",
    /**
     * 5.2.4: The recipient is a mailing list that could not be expanded to its members. Reported as a permanent failure.
     *
     * Title: "Mailing list expansion problem"
     *
     * Failure: permanent, retry after-fix, action investigate (documented).
     */
    PermanentMailingListExpansionProblem = "5.2.4",
    /**
     * 5.3.0: The destination system usually takes mail, but something about it stopped this message. Reported as a permanent failure.
     *
     * Title: "Other or undefined mail system status"
     *
     * Failure: permanent, retry after-fix, action investigate (documented).
     */
    PermanentOtherMailSystemStatus = "5.3.0",
    /**
     * 5.3.2: The destination host takes no messages: shut down, overloaded, in maintenance, or never accepting mail. Reported as a permanent failure.
     *
     * Title: "System not accepting network messages"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    PermanentSystemNotAcceptingMessages = "5.3.2",
    /**
     * 5.3.3: The destination cannot support features the message asks for. Reported as a permanent failure.
     *
     * Title: "System not capable of selected features"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    PermanentSystemLacksSelectedFeatures = "5.3.3",
    /**
     * 5.3.4: The message is larger than the destination system's limit per message. Reported as a permanent failure.
     *
     * Title: "Message too big for system"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    PermanentMessageTooBigForSystem = "5.3.4",
    /**
     * 5.3.5: The destination system is set up wrongly and cannot take the message. Reported as a permanent failure.
     *
     * Title: "System incorrectly configured"
     *
     * Failure: permanent, retry after-fix, action contact-provider (documented).
     */
    PermanentSystemIncorrectlyConfigured = "5.3.5",
    /**
     * 5.4.0: A network or routing problem without more detail. Reported as a permanent failure.
     *
     * Title: "Other or undefined network or routing status"
     *
     * Failure: permanent, retry after-fix, action investigate (documented).
     */
    PermanentOtherNetworkRoutingStatus = "5.4.0",
    /**
     * 5.4.3: A directory service such as DNS was unavailable, so the message could not be routed. Reported as a permanent failure.
     *
     * Title: "Directory server failure"
     *
     * Failure: permanent, retry after-fix, action investigate (documented).
     */
    PermanentDirectoryServerFailure = "5.4.3",
    /**
     * 5.4.4: No next hop could be worked out from the routing information at hand. Reported as a permanent failure.
     *
     * Title: "Unable to route"
     *
     * Failure: permanent, retry after-fix, action verify-recipient (documented).
     */
    PermanentUnableToRoute = "5.4.4",
    /**
     * 5.4.7: The message waited in a queue too long, or its time to live ran out. Reported as a permanent failure.
     *
     * Title: "Delivery time expired"
     *
     * Failure: permanent, retry after-fix, action investigate (documented).
     */
    PermanentDeliveryTimeExpired = "5.4.7",
    /**
     * 5.5.0: A problem in the SMTP exchange without more detail. Reported as a permanent failure.
     *
     * Title: "Other or undefined protocol status"
     *
     * Failure: permanent, retry after-fix, action investigate (documented).
     */
    PermanentOtherProtocolStatus = "5.5.0",
    /**
     * 5.5.1: A command came out of order or is not supported. Reported as a permanent failure.
     *
     * Title: "Invalid command"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    PermanentInvalidCommand = "5.5.1",
    /**
     * 5.5.2: A command could not be parsed: bad syntax or an unknown command. Reported as a permanent failure.
     *
     * Title: "Syntax error"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    PermanentSyntaxError = "5.5.2",
    /**
     * 5.5.4: A known command came with arguments out of range or not supported. Reported as a permanent failure.
     *
     * Title: "Invalid command arguments"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    PermanentInvalidCommandArguments = "5.5.4",
    /**
     * 5.5.5: The two sides could not agree on a protocol version. Reported as a permanent failure.
     *
     * Title: "Wrong protocol version"
     *
     * Failure: permanent, retry after-fix, action contact-provider (documented).
     */
    PermanentWrongProtocolVersion = "5.5.5",
    /**
     * 5.5.6: The client's authentication answer was longer than the server accepts (RFC 4954). Reported as a permanent failure.
     *
     * Title: "Authentication Exchange line is too long"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    PermanentAuthenticationExchangeLineTooLong = "5.5.6",
    /**
     * 5.6.0: The content of the message caused the failure, without more detail. Reported as a permanent failure.
     *
     * Title: "Other or undefined media error"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    PermanentOtherMediaError = "5.6.0",
    /**
     * 5.6.1: The next hop does not support the media type of the message. Reported as a permanent failure.
     *
     * Title: "Media not supported"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    PermanentMediaNotSupported = "5.6.1",
    /**
     * 5.6.10: Registered twice for the same condition as X.6.8 and deprecated; old servers may still send it. Reported as a permanent failure.
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    PermanentUtf8ReplyRequiredDeprecated = "5.6.10",
    /**
     * 5.6.2: Delivery needs the content converted, but conversion is not allowed for this message. Reported as a permanent failure.
     *
     * Title: "Conversion required and prohibited"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    PermanentConversionRequiredAndProhibited = "5.6.2",
    /**
     * 5.6.3: Delivery needs the content converted (8-bit to 7-bit, for example), which the relay cannot do. Reported as a permanent failure.
     *
     * Title: "Conversion required but not supported"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    PermanentConversionRequiredButNotSupported = "5.6.3",
    /**
     * 5.6.5: A content conversion that delivery needed did not work. Reported as a permanent failure.
     *
     * Title: "Conversion Failed"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    PermanentConversionFailed = "5.6.5",
    /**
     * 5.6.6: Content the message refers to by URL could not be fetched when it was submitted (BURL, RFC 4468). Reported as a permanent failure.
     *
     * Title: "Message content not available"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    PermanentMessageContentNotAvailable = "5.6.6",
    /**
     * 5.6.7: Addresses with non-ASCII characters are not allowed for this sender or recipient (RFC 6531). Reported as a permanent failure.
     *
     * Title: "Non-ASCII addresses not permitted for that sender/recipient"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    PermanentNonAsciiAddressesNotPermitted = "5.6.7",
    /**
     * 5.6.8: Showing the mailbox name needs a UTF-8 reply, which the client did not allow (RFC 6531). Reported as a permanent failure.
     *
     * Title: "UTF-8 string reply is required, but not permitted by the SMTP client"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    PermanentUtf8ReplyRequiredButNotPermitted = "5.6.8",
    /**
     * 5.6.9: A message with UTF-8 header fields cannot be passed on to one or more recipients, so it is refused (RFC 6531). Reported as a permanent failure.
     *
     * Title: "UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    PermanentUtf8HeaderCannotBeTransferred = "5.6.9",
    /**
     * 5.7.0: A security or policy problem without more detail, sometimes vague on purpose. Reported as a permanent failure.
     *
     * Title: "Other or undefined security status"
     *
     * Failure: permanent, retry after-fix, action investigate (documented).
     */
    PermanentOtherSecurityStatus = "5.7.0",
    /**
     * 5.7.1: Policy does not allow this sender to deliver to this destination, whether for the host or the recipient. Reported as a permanent failure.
     *
     * Title: "Delivery not authorized, message refused"
     *
     * Failure: permanent, retry after-fix, action investigate (documented).
     */
    PermanentDeliveryNotAuthorized = "5.7.1",
    /**
     * 5.7.10: A stronger privacy layer such as TLS is needed before this authentication mechanism (RFC 5248). Reported as a permanent failure.
     *
     * Title: "Encryption Needed"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    PermanentEncryptionNeeded = "5.7.10",
    /**
     * 5.7.11: The authentication mechanism chosen may only be used over an encrypted connection (RFC 4954). Reported as a permanent failure.
     *
     * Title: "Encryption required for requested authentication mechanism"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    PermanentEncryptionRequiredForAuthentication = "5.7.11",
    /**
     * 5.7.13: Authentication worked but the account is disabled until an administrator enables it again (RFC 5248). Reported as a permanent failure.
     *
     * Title: "User Account Disabled"
     *
     * Failure: permanent, retry after-fix, action contact-provider (documented).
     */
    PermanentUserAccountDisabled = "5.7.13",
    /**
     * 5.7.14: The submission server needs a trust relationship with a third party before it can fetch the content (RFC 5248). Reported as a permanent failure.
     *
     * Title: "Trust relationship required"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    PermanentTrustRelationshipRequired = "5.7.14",
    /**
     * 5.7.15: The priority of the message is below the lowest the server takes at present (RFC 6710). Reported as a permanent failure.
     *
     * Title: "Priority Level is too low"
     *
     * Failure: permanent, retry after-fix, action investigate (documented).
     */
    PermanentPriorityLevelTooLow = "5.7.15",
    /**
     * 5.7.16: The message is too big for the priority it asks for (RFC 6710). Reported as a permanent failure.
     *
     * Title: "Message is too big for the specified priority"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    PermanentMessageTooBigForPriority = "5.7.16",
    /**
     * 5.7.17: The mailbox has changed owner since the date the sender gave (RRVS, RFC 7293). Reported as a permanent failure.
     *
     * Title: "Mailbox owner has changed"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    PermanentMailboxOwnerChanged = "5.7.17",
    /**
     * 5.7.18: The recipient domain has changed owner since the date the sender gave (RRVS, RFC 7293). Reported as a permanent failure.
     *
     * Title: "Domain owner has changed"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    PermanentDomainOwnerChanged = "5.7.18",
    /**
     * 5.7.19: The receiver could not carry out the ownership check the sender asked for (RRVS, RFC 7293). Reported as a permanent failure.
     *
     * Title: "RRVS test cannot be completed"
     *
     * Failure: permanent, retry after-fix, action investigate (documented).
     */
    PermanentRrvsTestCannotBeCompleted = "5.7.19",
    /**
     * 5.7.2: The sender may not send to this mailing list. Reported as a permanent failure.
     *
     * Title: "Mailing list expansion prohibited"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    PermanentMailingListExpansionProhibited = "5.7.2",
    /**
     * 5.7.20: The message had no DKIM signature that passed. Reported as a permanent failure.
     *
     * Title: "No passing DKIM signature found"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    PermanentNoPassingDkimSignature = "5.7.20",
    /**
     * 5.7.21: DKIM signatures passed, but none the receiver accepts. Reported as a permanent failure.
     *
     * Title: "No acceptable DKIM signature found"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    PermanentNoAcceptableDkimSignature = "5.7.21",
    /**
     * 5.7.22: No passing DKIM signature belongs to the domain in the From address. Reported as a permanent failure.
     *
     * Title: "No valid author-matched DKIM signature found"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    PermanentNoAuthorMatchedDkimSignature = "5.7.22",
    /**
     * 5.7.23: The SPF check failed and local policy refuses such mail. Reported as a permanent failure.
     *
     * Title: "SPF validation failed"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    PermanentSpfValidationFailed = "5.7.23",
    /**
     * 5.7.24: Evaluating SPF ended in an error. Reported as a permanent failure.
     *
     * Title: "SPF validation error"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    PermanentSpfValidationError = "5.7.24",
    /**
     * 5.7.25: The sending IP address failed the receiver's reverse DNS check. Reported as a permanent failure.
     *
     * Title: "Reverse DNS validation failed"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    PermanentReverseDnsValidationFailed = "5.7.25",
    /**
     * 5.7.26: The message failed more than one authentication check. Reported as a permanent failure.
     *
     * Title: "Multiple authentication checks failed"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    PermanentMultipleAuthenticationChecksFailed = "5.7.26",
    /**
     * 5.7.27: The sender's domain publishes a null MX, so the receiver refuses mail from it. Reported as a permanent failure.
     *
     * Title: "Sender address has null MX"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    PermanentSenderNullMx = "5.7.27",
    /**
     * 5.7.28: The message looks like part of a flood of similar abusive messages. Reported as a permanent failure.
     *
     * Title: "Mail flood detected"
     *
     * Failure: permanent, retry after-fix, action reduce-rate (documented).
     */
    PermanentMailFloodDetected = "5.7.28",
    /**
     * 5.7.29: The message failed ARC (Authenticated Received Chain) validation (RFC 8617). Reported as a permanent failure.
     *
     * Title: "ARC validation failure"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    PermanentArcValidationFailure = "5.7.29",
    /**
     * 5.7.3: Delivery needed a conversion between secure messaging protocols that could not be done. Reported as a permanent failure.
     *
     * Title: "Security conversion required but not possible"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    PermanentSecurityConversionNotPossible = "5.7.3",
    /**
     * 5.7.30: The message requires REQUIRETLS, which the next hop does not support (RFC 8689). Reported as a permanent failure.
     *
     * Title: "REQUIRETLS support required"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    PermanentRequireTlsSupportRequired = "5.7.30",
    /**
     * 5.7.4: The message uses security features the delivery protocol cannot carry. Reported as a permanent failure.
     *
     * Title: "Security features not supported"
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    PermanentSecurityFeaturesNotSupported = "5.7.4",
    /**
     * 5.7.5: A system on the way could not check or decrypt the message for lack of valid keys. Reported as a permanent failure.
     *
     * Title: "Cryptographic failure"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    PermanentCryptographicFailure = "5.7.5",
    /**
     * 5.7.6: A system on the way could not check or decrypt the message because it lacks the algorithm. Reported as a permanent failure.
     *
     * Title: "Cryptographic algorithm not supported"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    PermanentCryptographicAlgorithmNotSupported = "5.7.6",
    /**
     * 5.7.7: Checking the message showed that it was damaged or changed on the way. Reported as a permanent failure.
     *
     * Title: "Message integrity failure"
     *
     * Failure: permanent, retry after-fix, action investigate (documented).
     */
    PermanentMessageIntegrityFailure = "5.7.7",
    /**
     * 5.7.8: Authentication failed: the credentials are wrong or not enough (RFC 4954). Reported as a permanent failure.
     *
     * Title: "Authentication credentials invalid"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    PermanentAuthenticationCredentialsInvalid = "5.7.8",
    /**
     * 5.7.9: The authentication mechanism chosen is weaker than the server's policy allows (RFC 4954). Reported as a permanent failure.
     *
     * Title: "Authentication mechanism is too weak"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    PermanentAuthenticationMechanismTooWeak = "5.7.9"
}
/**
 * Every SMTP enhanced status code.
 *
 * @deliveryCodes smtp-enhanced
 */
export type SmtpEnhancedStatusCode = "2.0.0" | "2.1.5" | "2.3.0" | "2.3.6" | "2.5.0" | "2.6.4" | "2.6.8" | "2.7.0" | "4.0.0" | "4.1.0" | "4.1.1" | "4.1.4" | "4.1.7" | "4.1.8" | "4.1.9" | "4.2.0" | "4.2.1" | "4.2.2" | "4.2.4" | "4.3.0" | "4.3.1" | "4.3.2" | "4.3.3" | "4.3.5" | "4.4.0" | "4.4.1" | "4.4.2" | "4.4.3" | "4.4.4" | "4.4.5" | "4.4.6" | "4.4.7" | "4.5.0" | "4.5.1" | "4.5.3" | "4.5.4" | "4.5.5" | "4.5.6" | "4.6.0" | "4.6.10" | "4.6.2" | "4.6.5" | "4.6.6" | "4.7.0" | "4.7.1" | "4.7.12" | "4.7.15" | "4.7.16" | "4.7.24" | "4.7.28" | "4.7.5" | "4.7.6" | "4.7.7" | "5.0.0" | "5.1.0" | "5.1.1" | "5.1.10" | "5.1.2" | "5.1.3" | "5.1.4" | "5.1.6" | "5.1.7" | "5.1.8" | "5.1.9" | "5.2.0" | "5.2.1" | "5.2.2" | "5.2.3" | "5.2.4" | "5.3.0" | "5.3.2" | "5.3.3" | "5.3.4" | "5.3.5" | "5.4.0" | "5.4.3" | "5.4.4" | "5.4.7" | "5.5.0" | "5.5.1" | "5.5.2" | "5.5.4" | "5.5.5" | "5.5.6" | "5.6.0" | "5.6.1" | "5.6.10" | "5.6.2" | "5.6.3" | "5.6.5" | "5.6.6" | "5.6.7" | "5.6.8" | "5.6.9" | "5.7.0" | "5.7.1" | "5.7.10" | "5.7.11" | "5.7.13" | "5.7.14" | "5.7.15" | "5.7.16" | "5.7.17" | "5.7.18" | "5.7.19" | "5.7.2" | "5.7.20" | "5.7.21" | "5.7.22" | "5.7.23" | "5.7.24" | "5.7.25" | "5.7.26" | "5.7.27" | "5.7.28" | "5.7.29" | "5.7.3" | "5.7.30" | "5.7.4" | "5.7.5" | "5.7.6" | "5.7.7" | "5.7.8" | "5.7.9";
/**
 * SMTP enhanced status codes of permanent failures.
 *
 * @deliveryCodes smtp-enhanced permanent
 */
export type PermanentSmtpEnhancedStatusCode = "5.0.0" | "5.1.0" | "5.1.1" | "5.1.10" | "5.1.2" | "5.1.3" | "5.1.4" | "5.1.6" | "5.1.7" | "5.1.8" | "5.1.9" | "5.2.0" | "5.2.1" | "5.2.2" | "5.2.3" | "5.2.4" | "5.3.0" | "5.3.2" | "5.3.3" | "5.3.4" | "5.3.5" | "5.4.0" | "5.4.3" | "5.4.4" | "5.4.7" | "5.5.0" | "5.5.1" | "5.5.2" | "5.5.4" | "5.5.5" | "5.5.6" | "5.6.0" | "5.6.1" | "5.6.10" | "5.6.2" | "5.6.3" | "5.6.5" | "5.6.6" | "5.6.7" | "5.6.8" | "5.6.9" | "5.7.0" | "5.7.1" | "5.7.10" | "5.7.11" | "5.7.13" | "5.7.14" | "5.7.15" | "5.7.16" | "5.7.17" | "5.7.18" | "5.7.19" | "5.7.2" | "5.7.20" | "5.7.21" | "5.7.22" | "5.7.23" | "5.7.24" | "5.7.25" | "5.7.26" | "5.7.27" | "5.7.28" | "5.7.29" | "5.7.3" | "5.7.30" | "5.7.4" | "5.7.5" | "5.7.6" | "5.7.7" | "5.7.8" | "5.7.9";
/**
 * SMTP enhanced status failures that may be sent again unchanged (retry safe or done by the provider).
 *
 * @deliveryCodes smtp-enhanced retryable
 */
export type RetryableSmtpEnhancedStatusCode = "4.0.0" | "4.1.0" | "4.1.1" | "4.1.4" | "4.1.7" | "4.1.8" | "4.1.9" | "4.2.0" | "4.2.1" | "4.2.2" | "4.2.4" | "4.3.0" | "4.3.1" | "4.3.2" | "4.3.3" | "4.3.5" | "4.4.0" | "4.4.1" | "4.4.2" | "4.4.3" | "4.4.4" | "4.4.5" | "4.4.6" | "4.4.7" | "4.5.0" | "4.5.1" | "4.5.3" | "4.5.4" | "4.5.5" | "4.5.6" | "4.6.0" | "4.6.10" | "4.6.2" | "4.6.5" | "4.6.6" | "4.7.0" | "4.7.1" | "4.7.15" | "4.7.16" | "4.7.24" | "4.7.28" | "4.7.5" | "4.7.6" | "4.7.7";
/**
 * SMTP enhanced status failures that must not be sent again unchanged (retry never or after a fix).
 *
 * @deliveryCodes smtp-enhanced non-retryable
 */
export type NonRetryableSmtpEnhancedStatusCode = "4.7.12" | "5.0.0" | "5.1.0" | "5.1.1" | "5.1.10" | "5.1.2" | "5.1.3" | "5.1.4" | "5.1.6" | "5.1.7" | "5.1.8" | "5.1.9" | "5.2.0" | "5.2.1" | "5.2.2" | "5.2.3" | "5.2.4" | "5.3.0" | "5.3.2" | "5.3.3" | "5.3.4" | "5.3.5" | "5.4.0" | "5.4.3" | "5.4.4" | "5.4.7" | "5.5.0" | "5.5.1" | "5.5.2" | "5.5.4" | "5.5.5" | "5.5.6" | "5.6.0" | "5.6.1" | "5.6.10" | "5.6.2" | "5.6.3" | "5.6.5" | "5.6.6" | "5.6.7" | "5.6.8" | "5.6.9" | "5.7.0" | "5.7.1" | "5.7.10" | "5.7.11" | "5.7.13" | "5.7.14" | "5.7.15" | "5.7.16" | "5.7.17" | "5.7.18" | "5.7.19" | "5.7.2" | "5.7.20" | "5.7.21" | "5.7.22" | "5.7.23" | "5.7.24" | "5.7.25" | "5.7.26" | "5.7.27" | "5.7.28" | "5.7.29" | "5.7.3" | "5.7.30" | "5.7.4" | "5.7.5" | "5.7.6" | "5.7.7" | "5.7.8" | "5.7.9";
/** A handler per permanent SMTP enhanced status failure; use with `satisfies` so a missing one fails to compile. */
export type SmtpEnhancedStatusPermanentFailureHandlers<R = unknown> = PermanentFailureHandlers<PermanentSmtpEnhancedStatusCode, SmtpEnhancedStatusCode, R>;
/** Catalog metadata of every SMTP enhanced status code. */
export declare const smtpEnhancedTable: {
    readonly [K in SmtpEnhancedStatusCode]: CodeEntry<K>;
};
/** SMTP enhanced status: header and every entry, for tools that walk the catalog. */
export declare const smtpEnhancedFamily: FamilyData;
/** Whether `value` is a SMTP enhanced status code. */
export declare function isSmtpEnhancedStatusCode(value: unknown): value is SmtpEnhancedStatusCode;
/** Whether `value` is the code of a permanent SMTP enhanced status failure. */
export declare function isPermanentSmtpEnhancedStatusCode(value: unknown): value is PermanentSmtpEnhancedStatusCode;
/** Whether `value` is a SMTP enhanced status failure that may be sent again unchanged. */
export declare function isRetryableSmtpEnhancedStatusCode(value: unknown): value is RetryableSmtpEnhancedStatusCode;
