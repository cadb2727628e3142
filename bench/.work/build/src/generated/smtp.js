/**
 * SMTP codes by name. Reply codes of an SMTP server (RFC 5321), as seen in bounces and delivery reports.
 *
 * @deliveryCodes smtp
 */
export var SmtpReply;
(function (SmtpReply) {
    /**
     * 211: The server answers with status information about itself or with help text.
     *
     * Title: "System status, or system help reply"
     *
     * Outcome: accepted.
     */
    SmtpReply[SmtpReply["SystemStatus"] = 211] = "SystemStatus";
    /**
     * 214: The server sends help text meant for a person reading the session.
     *
     * Title: "Help message"
     *
     * Outcome: accepted.
     */
    SmtpReply[SmtpReply["HelpMessage"] = 214] = "HelpMessage";
    /**
     * 220: The greeting: the server is ready for a session.
     *
     * Title: "<domain> Service ready"
     *
     * Outcome: accepted.
     */
    SmtpReply[SmtpReply["ServiceReady"] = 220] = "ServiceReady";
    /**
     * 221: The server ends the session normally, in answer to QUIT.
     *
     * Title: "<domain> Service closing transmission channel"
     *
     * Outcome: accepted.
     */
    SmtpReply[SmtpReply["ServiceClosing"] = 221] = "ServiceClosing";
    /**
     * 235: The client authenticated successfully (RFC 4954).
     *
     * Title: "Authentication Succeeded"
     *
     * Outcome: accepted.
     */
    SmtpReply[SmtpReply["AuthenticationSucceeded"] = 235] = "AuthenticationSucceeded";
    /**
     * 250: The command was carried out; after the message data it means the server took the message over.
     *
     * Title: "Requested mail action okay, completed"
     *
     * Outcome: accepted.
     */
    SmtpReply[SmtpReply["RequestedActionCompleted"] = 250] = "RequestedActionCompleted";
    /**
     * 251: The server accepts the message for a recipient it does not host and will pass it on.
     *
     * Title: "User not local; will forward to <forward-path>"
     *
     * Outcome: accepted.
     */
    SmtpReply[SmtpReply["UserNotLocalWillForward"] = 251] = "UserNotLocalWillForward";
    /**
     * 252: The server cannot confirm the address but takes the message and will try to deliver it.
     *
     * Title: "Cannot VRFY user, but will accept message and attempt delivery"
     *
     * Outcome: accepted.
     */
    SmtpReply[SmtpReply["CannotVerifyWillAttempt"] = 252] = "CannotVerifyWillAttempt";
    /**
     * 334: Authentication continues: the server sent a challenge and waits for the answer (RFC 4954).
     *
     * Outcome: pending.
     */
    SmtpReply[SmtpReply["AuthenticationChallenge"] = 334] = "AuthenticationChallenge";
    /**
     * 354: The server waits for the message content after DATA.
     *
     * Title: "Start mail input; end with <CRLF>.<CRLF>"
     *
     * Outcome: pending.
     */
    SmtpReply[SmtpReply["StartMailInput"] = 354] = "StartMailInput";
    /**
     * 421: The receiving server deferred the message for now, usually because too many messages or connections arrived in a short time.
     *
     * Failure: transient, retry provider-retries, action reduce-rate (documented).
     */
    SmtpReply[SmtpReply["ServiceNotAvailable"] = 421] = "ServiceNotAvailable";
    /**
     * 432: The account must authenticate once with another mechanism, typically PLAIN over TLS, before this one is accepted (RFC 4954).
     *
     * Title: "A password transition is needed"
     *
     * Failure: transient, retry after-fix, action fix-configuration (documented).
     */
    SmtpReply[SmtpReply["PasswordTransitionNeeded"] = 432] = "PasswordTransitionNeeded";
    /**
     * 450: The mailbox cannot take mail right now, for example because it is busy or blocked for a while by policy.
     *
     * Title: "Requested mail action not taken: mailbox unavailable"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpReply[SmtpReply["MailboxUnavailableTemporarily"] = 450] = "MailboxUnavailableTemporarily";
    /**
     * 451: The message failed for a temporary reason, typically an error on the receiving server.
     *
     * Failure: transient, retry provider-retries, action wait (documented).
     */
    SmtpReply[SmtpReply["LocalErrorInProcessing"] = 451] = "LocalErrorInProcessing";
    /**
     * 452: The server is short of storage for now; it is also the proper reply when a transaction names too many recipients, the rest going in a later one.
     *
     * Title: "Requested action not taken: insufficient system storage"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpReply[SmtpReply["InsufficientSystemStorage"] = 452] = "InsufficientSystemStorage";
    /**
     * 454: Authentication, or TLS, is unavailable for a temporary reason on the server side (RFC 4954, RFC 3207).
     *
     * Title: "Temporary authentication failure"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpReply[SmtpReply["TemporaryAuthenticationFailure"] = 454] = "TemporaryAuthenticationFailure";
    /**
     * 455: The server cannot handle the MAIL FROM or RCPT TO parameters given at the moment.
     *
     * Title: "Server unable to accommodate parameters"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    SmtpReply[SmtpReply["ParametersNotAccommodated"] = 455] = "ParametersNotAccommodated";
    /**
     * 500: The server did not recognise the command, or the command line was too long.
     *
     * Title: "Syntax error, command unrecognized"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    SmtpReply[SmtpReply["CommandUnrecognized"] = 500] = "CommandUnrecognized";
    /**
     * 501: The arguments of the command are malformed, for example an address with bad syntax.
     *
     * Title: "Syntax error in parameters or arguments"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    SmtpReply[SmtpReply["SyntaxErrorInParameters"] = 501] = "SyntaxErrorInParameters";
    /**
     * 502: The server knows the command but does not implement it.
     *
     * Title: "Command not implemented"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    SmtpReply[SmtpReply["CommandNotImplemented"] = 502] = "CommandNotImplemented";
    /**
     * 503: The commands came in the wrong order.
     *
     * Title: "Bad sequence of commands"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    SmtpReply[SmtpReply["BadSequenceOfCommands"] = 503] = "BadSequenceOfCommands";
    /**
     * 504: The command is implemented, but not with the parameter given.
     *
     * Title: "Command parameter not implemented"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    SmtpReply[SmtpReply["ParameterNotImplemented"] = 504] = "ParameterNotImplemented";
    /**
     * 521: The host accepts no mail at all, so nothing can be delivered through it (RFC 7504).
     *
     * Title: "Host does not accept mail"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    SmtpReply[SmtpReply["HostDoesNotAcceptMail"] = 521] = "HostDoesNotAcceptMail";
    /**
     * 530: The server requires authentication, or STARTTLS first, before this command (RFC 4954, RFC 3207).
     *
     * Title: "Authentication required"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    SmtpReply[SmtpReply["AuthenticationRequired"] = 530] = "AuthenticationRequired";
    /**
     * 534: The authentication mechanism chosen is weaker than the server's policy allows for this account (RFC 4954).
     *
     * Title: "Authentication mechanism is too weak"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    SmtpReply[SmtpReply["AuthenticationMechanismTooWeak"] = 534] = "AuthenticationMechanismTooWeak";
    /**
     * 535: The server rejected the credentials given (RFC 4954).
     *
     * Title: "Authentication credentials invalid"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    SmtpReply[SmtpReply["AuthenticationCredentialsInvalid"] = 535] = "AuthenticationCredentialsInvalid";
    /**
     * 538: The authentication mechanism chosen may only be used on an encrypted connection (RFC 4954).
     *
     * Title: "Encryption required for requested authentication mechanism"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    SmtpReply[SmtpReply["EncryptionRequiredForAuthentication"] = 538] = "EncryptionRequiredForAuthentication";
    /**
     * 550: The mailbox does not exist or cannot be reached, or policy refused the command.
     *
     * Title: "Requested action not taken: mailbox unavailable"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    SmtpReply[SmtpReply["MailboxUnavailable"] = 550] = "MailboxUnavailable";
    /**
     * 551: The mailbox does not exist on the receiving server.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    SmtpReply[SmtpReply["UserNotLocal"] = 551] = "UserNotLocal";
    /**
     * 552: The message is over the size limit or the recipient's mailbox is over its storage quota; the provider treats it as a sign of an abandoned address.
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    SmtpReply[SmtpReply["ExceededStorage"] = 552] = "ExceededStorage";
    /**
     * 553: The mailbox name is malformed or the mailbox does not exist or is inactive.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    SmtpReply[SmtpReply["MailboxNameNotAllowed"] = 553] = "MailboxNameNotAllowed";
    /**
     * 554: The receiving server refused the mail; a catch-all rejection whose text may say more.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    SmtpReply[SmtpReply["TransactionFailed"] = 554] = "TransactionFailed";
    /**
     * 555: The server does not know or support a parameter given with MAIL FROM or RCPT TO.
     *
     * Title: "MAIL FROM/RCPT TO parameters not recognized or not implemented"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    SmtpReply[SmtpReply["ParametersNotRecognized"] = 555] = "ParametersNotRecognized";
    /**
     * 556: The recipient's domain declares that it accepts no mail, for example with a null MX (RFC 7504).
     *
     * Title: "Domain does not accept mail"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    SmtpReply[SmtpReply["DomainDoesNotAcceptMail"] = 556] = "DomainDoesNotAcceptMail";
})(SmtpReply || (SmtpReply = {}));
/** Catalog metadata of every SMTP code. */
export const smtpTable = {
    211: { code: 211, group: "basic-reply", name: "SystemStatus", title: "System status, or system help reply", summary: "The server answers with status information about itself or with help text.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 211" }] },
    214: { code: 214, group: "basic-reply", name: "HelpMessage", title: "Help message", summary: "The server sends help text meant for a person reading the session.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 214" }] },
    220: { code: 220, group: "basic-reply", name: "ServiceReady", title: "<domain> Service ready", summary: "The greeting: the server is ready for a session.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 220" }] },
    221: { code: 221, group: "basic-reply", name: "ServiceClosing", title: "<domain> Service closing transmission channel", summary: "The server ends the session normally, in answer to QUIT.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 221" }] },
    235: { code: 235, group: "basic-reply", name: "AuthenticationSucceeded", title: "Authentication Succeeded", summary: "The client authenticated successfully (RFC 4954).", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 235" }] },
    250: { code: 250, group: "basic-reply", name: "RequestedActionCompleted", title: "Requested mail action okay, completed", summary: "The command was carried out; after the message data it means the server took the message over.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 250" }] },
    251: { code: 251, group: "basic-reply", name: "UserNotLocalWillForward", title: "User not local; will forward to <forward-path>", summary: "The server accepts the message for a recipient it does not host and will pass it on.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 251" }] },
    252: { code: 252, group: "basic-reply", name: "CannotVerifyWillAttempt", title: "Cannot VRFY user, but will accept message and attempt delivery", summary: "The server cannot confirm the address but takes the message and will try to deliver it.", outcome: "accepted", action: "none", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 252" }] },
    334: { code: 334, group: "basic-reply", name: "AuthenticationChallenge", summary: "Authentication continues: the server sent a challenge and waits for the answer (RFC 4954).", outcome: "pending", action: "none", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 334" }] },
    354: { code: 354, group: "basic-reply", name: "StartMailInput", title: "Start mail input; end with <CRLF>.<CRLF>", summary: "The server waits for the message content after DATA.", outcome: "pending", action: "none", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 354" }] },
    421: { code: 421, group: "basic-reply", name: "ServiceNotAvailable", summary: "The receiving server deferred the message for now, usually because too many messages or connections arrived in a short time.", outcome: "failed", permanence: "transient", retry: "provider-retries", retryWindow: "the provider retries deferred messages for up to 72 hours", action: "reduce-rate", basis: "documented", sources: [{ doc: "seeds/000_e53f4e027e4e7dae.txt", section: "Common Email Error Messages / ERROR - 421" }, { doc: "reference/smtp-reply-codes.json", section: "entries / code 421" }] },
    432: { code: 432, group: "basic-reply", name: "PasswordTransitionNeeded", title: "A password transition is needed", summary: "The account must authenticate once with another mechanism, typically PLAIN over TLS, before this one is accepted (RFC 4954).", outcome: "failed", permanence: "transient", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 432" }], note: "The 4xx class says to try again later, but the meaning RFC 4954 gives it is that one authentication with another mechanism must happen first; waiting alone changes nothing." },
    450: { code: 450, group: "basic-reply", name: "MailboxUnavailableTemporarily", title: "Requested mail action not taken: mailbox unavailable", summary: "The mailbox cannot take mail right now, for example because it is busy or blocked for a while by policy.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 450" }] },
    451: { code: 451, group: "basic-reply", name: "LocalErrorInProcessing", summary: "The message failed for a temporary reason, typically an error on the receiving server.", outcome: "failed", permanence: "transient", retry: "provider-retries", retryWindow: "the provider retries for up to 72 hours", action: "wait", basis: "documented", sources: [{ doc: "seeds/000_e53f4e027e4e7dae.txt", section: "Common Email Error Messages / ERROR - 451" }, { doc: "reference/smtp-reply-codes.json", section: "entries / code 451" }] },
    452: { code: 452, group: "basic-reply", name: "InsufficientSystemStorage", title: "Requested action not taken: insufficient system storage", summary: "The server is short of storage for now; it is also the proper reply when a transaction names too many recipients, the rest going in a later one.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 452" }], note: "RFC 5321 4.5.3.1.10: a server short of recipient slots answers 452, and the client sends the remaining recipients in a later transaction." },
    454: { code: 454, group: "basic-reply", name: "TemporaryAuthenticationFailure", title: "Temporary authentication failure", summary: "Authentication, or TLS, is unavailable for a temporary reason on the server side (RFC 4954, RFC 3207).", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 454" }] },
    455: { code: 455, group: "basic-reply", name: "ParametersNotAccommodated", title: "Server unable to accommodate parameters", summary: "The server cannot handle the MAIL FROM or RCPT TO parameters given at the moment.", outcome: "failed", permanence: "transient", retry: "safe", action: "retry-later", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 455" }] },
    500: { code: 500, group: "basic-reply", name: "CommandUnrecognized", title: "Syntax error, command unrecognized", summary: "The server did not recognise the command, or the command line was too long.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 500" }] },
    501: { code: 501, group: "basic-reply", name: "SyntaxErrorInParameters", title: "Syntax error in parameters or arguments", summary: "The arguments of the command are malformed, for example an address with bad syntax.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 501" }] },
    502: { code: 502, group: "basic-reply", name: "CommandNotImplemented", title: "Command not implemented", summary: "The server knows the command but does not implement it.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 502" }] },
    503: { code: 503, group: "basic-reply", name: "BadSequenceOfCommands", title: "Bad sequence of commands", summary: "The commands came in the wrong order.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 503" }] },
    504: { code: 504, group: "basic-reply", name: "ParameterNotImplemented", title: "Command parameter not implemented", summary: "The command is implemented, but not with the parameter given.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 504" }] },
    521: { code: 521, group: "basic-reply", name: "HostDoesNotAcceptMail", title: "Host does not accept mail", summary: "The host accepts no mail at all, so nothing can be delivered through it (RFC 7504).", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 521" }] },
    530: { code: 530, group: "basic-reply", name: "AuthenticationRequired", title: "Authentication required", summary: "The server requires authentication, or STARTTLS first, before this command (RFC 4954, RFC 3207).", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 530" }] },
    534: { code: 534, group: "basic-reply", name: "AuthenticationMechanismTooWeak", title: "Authentication mechanism is too weak", summary: "The authentication mechanism chosen is weaker than the server's policy allows for this account (RFC 4954).", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 534" }] },
    535: { code: 535, group: "basic-reply", name: "AuthenticationCredentialsInvalid", title: "Authentication credentials invalid", summary: "The server rejected the credentials given (RFC 4954).", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 535" }] },
    538: { code: 538, group: "basic-reply", name: "EncryptionRequiredForAuthentication", title: "Encryption required for requested authentication mechanism", summary: "The authentication mechanism chosen may only be used on an encrypted connection (RFC 4954).", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-configuration", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 538" }] },
    550: { code: 550, group: "basic-reply", name: "MailboxUnavailable", title: "Requested action not taken: mailbox unavailable", summary: "The mailbox does not exist or cannot be reached, or policy refused the command.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 550" }], note: "Policy refusals (spam filters, blocklists) also come as 550; the text after the code, or an enhanced code such as 5.1.1 or 5.7.1, tells a missing mailbox from a policy block." },
    551: { code: 551, group: "basic-reply", name: "UserNotLocal", summary: "The mailbox does not exist on the receiving server.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "documented", sources: [{ doc: "seeds/000_e53f4e027e4e7dae.txt", section: "Common Email Error Messages / ERROR - 551" }, { doc: "reference/smtp-reply-codes.json", section: "entries / code 551" }], conflicts: [{ source: { doc: "reference/smtp-reply-codes.json", section: "entries / code 551" }, says: "RFC 5321 gives 551 as \"user not local\": the server does not handle this recipient and its reply may name another address to try.", resolution: "The sending provider reads it as a mailbox that does not exist; either way this address will not take the message, so it is not resent to it, and a forward-path in the reply is worth checking by hand." }] },
    552: { code: 552, group: "basic-reply", name: "ExceededStorage", summary: "The message is over the size limit or the recipient's mailbox is over its storage quota; the provider treats it as a sign of an abandoned address.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-content", basis: "documented", sources: [{ doc: "seeds/000_e53f4e027e4e7dae.txt", section: "Common Email Error Messages / ERROR - 552" }, { doc: "reference/smtp-reply-codes.json", section: "entries / code 552" }], conflicts: [{ source: { doc: "RFC 5321", section: "4.5.3.1.10" }, says: "A 552 given in reply to RCPT for too many recipients should be handled like the temporary 452.", resolution: "The provider documents that it never resends a 552; the remedy it gives is a smaller message sent again, so only a changed message may go out." }, { source: { doc: "reference/smtp-enhanced-status-codes.json", section: "entries / code X.2.2" }, says: "RFC 3463 ties 552 to the enhanced code X.2.2 \"Mailbox full\" and calls a full mailbox a persistent transient condition that the recipient can clear.", resolution: "A basic 552 alone does not say whether the mailbox is full or the message too big; the provider never resends it, so the entry stays permanent, and the enhanced code (4.2.2, 5.2.2, 5.3.4) tells the cases apart where the server sends one." }, { source: { doc: "reference/ses-bounce-types.json", section: "bounce_types / Transient MailboxFull" }, says: "Amazon SES reports a full mailbox as a transient bounce that may succeed later.", resolution: "Kept permanent: the catalog follows the provider that reports this 552, which treats an over-quota mailbox as a sign of an abandoned address." }, { source: { doc: "reference/postmark-bounce-types.json", section: "entries / SoftBounce" }, says: "Postmark counts a full mailbox among its soft bounces, which it does not deactivate.", resolution: "Kept permanent for the same reason; the disagreement is recorded so that a sender who trusts the recipient can decide to try again much later." }], note: "The provider does not resend 552 itself; sending the same message again is never right." },
    553: { code: 553, group: "basic-reply", name: "MailboxNameNotAllowed", summary: "The mailbox name is malformed or the mailbox does not exist or is inactive.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "documented", sources: [{ doc: "seeds/000_e53f4e027e4e7dae.txt", section: "Common Email Error Messages / ERROR - 553" }, { doc: "reference/smtp-reply-codes.json", section: "entries / code 553" }] },
    554: { code: 554, group: "basic-reply", name: "TransactionFailed", summary: "The receiving server refused the mail; a catch-all rejection whose text may say more.", outcome: "failed", permanence: "permanent", retry: "never", action: "suppress-recipient", basis: "documented", sources: [{ doc: "seeds/000_e53f4e027e4e7dae.txt", section: "Common Email Error Messages / ERROR - 554" }, { doc: "reference/smtp-reply-codes.json", section: "entries / code 554" }] },
    555: { code: 555, group: "basic-reply", name: "ParametersNotRecognized", title: "MAIL FROM/RCPT TO parameters not recognized or not implemented", summary: "The server does not know or support a parameter given with MAIL FROM or RCPT TO.", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "fix-request", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 555" }] },
    556: { code: 556, group: "basic-reply", name: "DomainDoesNotAcceptMail", title: "Domain does not accept mail", summary: "The recipient's domain declares that it accepts no mail, for example with a null MX (RFC 7504).", outcome: "failed", permanence: "permanent", retry: "after-fix", action: "suppress-recipient", basis: "documented", sources: [{ doc: "reference/smtp-reply-codes.json", section: "entries / code 556" }] },
};
/** SMTP: header and every entry, for tools that walk the catalog. */
export const smtpFamily = { ...{ id: "smtp", displayName: "SMTP", description: "Reply codes of an SMTP server (RFC 5321), as seen in bounces and delivery reports.", enumName: "SmtpReply", codeType: "number", sentAsString: false, nameHints: ["smtp", "mail", "email", "bounce", "reply"], channels: [], groups: [{ id: "basic-reply", displayName: "Basic reply codes", description: "Three-digit RFC 5321 reply codes." }] }, entries: Object.values(smtpTable) };
/** Whether `value` is a SMTP code. */
export function isSmtpReplyCode(value) {
    return typeof value === 'number' && Object.hasOwn(smtpTable, value);
}
/** Whether `value` is the code of a permanent SMTP failure. */
export function isPermanentSmtpReplyCode(value) {
    if (!(typeof value === 'number') || !Object.hasOwn(smtpTable, value))
        return false;
    const entry = smtpTable[value];
    return entry.outcome === 'failed' && entry.permanence === 'permanent';
}
/** Whether `value` is a SMTP failure that may be sent again unchanged. */
export function isRetryableSmtpReplyCode(value) {
    if (!(typeof value === 'number') || !Object.hasOwn(smtpTable, value))
        return false;
    const entry = smtpTable[value];
    return entry.outcome === 'failed' && (entry.retry === 'safe' || entry.retry === 'provider-retries');
}
