import type { CodeEntry, FamilyData, PermanentFailureHandlers } from "../codes/types.ts";
/**
 * SMTP codes by name. Reply codes of an SMTP server (RFC 5321), as seen in bounces and delivery reports.
 *
 * @deliveryCodes smtp
 */
export declare enum SmtpReply {
    /**
     * 211: The server answers with status information about itself or with help text.
     *
     * Title: "System status, or system help reply"
     *
     * Outcome: accepted.
     */
    SystemStatus = 211,
    /**
     * 214: The server sends help text meant for a person reading the session.
     *
     * Title: "Help message"
     *
     * Outcome: accepted.
     */
    HelpMessage = 214,
    /**
     * 220: The greeting: the server is ready for a session.
     *
     * Title: "<domain> Service ready"
     *
     * Outcome: accepted.
     */
    ServiceReady = 220,
    /**
     * 221: The server ends the session normally, in answer to QUIT.
     *
     * Title: "<domain> Service closing transmission channel"
     *
     * Outcome: accepted.
     */
    ServiceClosing = 221,
    /**
     * 235: The client authenticated successfully (RFC 4954).
     *
     * Title: "Authentication Succeeded"
     *
     * Outcome: accepted.
     */
    AuthenticationSucceeded = 235,
    /**
     * 250: The command was carried out; after the message data it means the server took the message over.
     *
     * Title: "Requested mail action okay, completed"
     *
     * Outcome: accepted.
     */
    RequestedActionCompleted = 250,
    /**
     * 251: The server accepts the message for a recipient it does not host and will pass it on.
     *
     * Title: "User not local; will forward to <forward-path>"
     *
     * Outcome: accepted.
     */
    UserNotLocalWillForward = 251,
    /**
     * 252: The server cannot confirm the address but takes the message and will try to deliver it.
     *
     * Title: "Cannot VRFY user, but will accept message and attempt delivery"
     *
     * Outcome: accepted.
     */
    CannotVerifyWillAttempt = 252,
    /**
     * 334: Authentication continues: the server sent a challenge and waits for the answer (RFC 4954).
     *
     * Outcome: pending.
     */
    AuthenticationChallenge = 334,
    /**
     * 354: The server waits for the message content after DATA.
     *
     * Title: "Start mail input; end with <CRLF>.<CRLF>"
     *
     * Outcome: pending.
     */
    StartMailInput = 354,
    /**
     * 421: The receiving server deferred the message for now, usually because too many messages or connections arrived in a short time.
     *
     * Failure: transient, retry provider-retries, action reduce-rate (documented).
     */
    ServiceNotAvailable = 421,
    /**
     * 432: The account must authenticate once with another mechanism, typically PLAIN over TLS, before this one is accepted (RFC 4954).
     *
     * Title: "A password transition is needed"
     *
     * Failure: transient, retry after-fix, action fix-configuration (documented).
     */
    PasswordTransitionNeeded = 432,
    /**
     * 450: The mailbox cannot take mail right now, for example because it is busy or blocked for a while by policy.
     *
     * Title: "Requested mail action not taken: mailbox unavailable"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    MailboxUnavailableTemporarily = 450,
    /**
     * 451: The message failed for a temporary reason, typically an error on the receiving server.
     *
     * Failure: transient, retry provider-retries, action wait (documented).
     */
    LocalErrorInProcessing = 451,
    /**
     * 452: The server is short of storage for now; it is also the proper reply when a transaction names too many recipients, the rest going in a later one.
     *
     * Title: "Requested action not taken: insufficient system storage"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    InsufficientSystemStorage = 452,
    /**
     * 454: Authentication, or TLS, is unavailable for a temporary reason on the server side (RFC 4954, RFC 3207).
     *
     * Title: "Temporary authentication failure"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    TemporaryAuthenticationFailure = 454,
    /**
     * 455: The server cannot handle the MAIL FROM or RCPT TO parameters given at the moment.
     *
     * Title: "Server unable to accommodate parameters"
     *
     * Failure: transient, retry safe, action retry-later (documented).
     */
    ParametersNotAccommodated = 455,
    /**
     * 500: The server did not recognise the command, or the command line was too long.
     *
     * Title: "Syntax error, command unrecognized"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    CommandUnrecognized = 500,
    /**
     * 501: The arguments of the command are malformed, for example an address with bad syntax.
     *
     * Title: "Syntax error in parameters or arguments"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    SyntaxErrorInParameters = 501,
    /**
     * 502: The server knows the command but does not implement it.
     *
     * Title: "Command not implemented"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    CommandNotImplemented = 502,
    /**
     * 503: The commands came in the wrong order.
     *
     * Title: "Bad sequence of commands"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    BadSequenceOfCommands = 503,
    /**
     * 504: The command is implemented, but not with the parameter given.
     *
     * Title: "Command parameter not implemented"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    ParameterNotImplemented = 504,
    /**
     * 521: The host accepts no mail at all, so nothing can be delivered through it (RFC 7504).
     *
     * Title: "Host does not accept mail"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    HostDoesNotAcceptMail = 521,
    /**
     * 530: The server requires authentication, or STARTTLS first, before this command (RFC 4954, RFC 3207).
     *
     * Title: "Authentication required"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    AuthenticationRequired = 530,
    /**
     * 534: The authentication mechanism chosen is weaker than the server's policy allows for this account (RFC 4954).
     *
     * Title: "Authentication mechanism is too weak"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    AuthenticationMechanismTooWeak = 534,
    /**
     * 535: The server rejected the credentials given (RFC 4954).
     *
     * Title: "Authentication credentials invalid"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    AuthenticationCredentialsInvalid = 535,
    /**
     * 538: The authentication mechanism chosen may only be used on an encrypted connection (RFC 4954).
     *
     * Title: "Encryption required for requested authentication mechanism"
     *
     * Failure: permanent, retry after-fix, action fix-configuration (documented).
     */
    EncryptionRequiredForAuthentication = 538,
    /**
     * 550: The mailbox does not exist or cannot be reached, or policy refused the command.
     *
     * Title: "Requested action not taken: mailbox unavailable"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    MailboxUnavailable = 550,
    /**
     * 551: The mailbox does not exist on the receiving server.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    UserNotLocal = 551,
    /**
     * 552: The message is over the size limit or the recipient's mailbox is over its storage quota; the provider treats it as a sign of an abandoned address.
     *
     * Failure: permanent, retry after-fix, action fix-content (documented).
     */
    ExceededStorage = 552,
    /**
     * 553: The mailbox name is malformed or the mailbox does not exist or is inactive.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    MailboxNameNotAllowed = 553,
    /**
     * 554: The receiving server refused the mail; a catch-all rejection whose text may say more.
     *
     * Failure: permanent, retry never, action suppress-recipient (documented).
     */
    TransactionFailed = 554,
    /**
     * 555: The server does not know or support a parameter given with MAIL FROM or RCPT TO.
     *
     * Title: "MAIL FROM/RCPT TO parameters not recognized or not implemented"
     *
     * Failure: permanent, retry after-fix, action fix-request (documented).
     */
    ParametersNotRecognized = 555,
    /**
     * 556: The recipient's domain declares that it accepts no mail, for example with a null MX (RFC 7504).
     *
     * Title: "Domain does not accept mail"
     *
     * Failure: permanent, retry after-fix, action suppress-recipient (documented).
     */
    DomainDoesNotAcceptMail = 556
}
/**
 * Every SMTP code.
 *
 * @deliveryCodes smtp
 */
export type SmtpReplyCode = 211 | 214 | 220 | 221 | 235 | 250 | 251 | 252 | 334 | 354 | 421 | 432 | 450 | 451 | 452 | 454 | 455 | 500 | 501 | 502 | 503 | 504 | 521 | 530 | 534 | 535 | 538 | 550 | 551 | 552 | 553 | 554 | 555 | 556;
/**
 * SMTP codes of permanent failures.
 *
 * @deliveryCodes smtp permanent
 */
export type PermanentSmtpReplyCode = 500 | 501 | 502 | 503 | 504 | 521 | 530 | 534 | 535 | 538 | 550 | 551 | 552 | 553 | 554 | 555 | 556;
/**
 * SMTP failures that may be sent again unchanged (retry safe or done by the provider).
 *
 * @deliveryCodes smtp retryable
 */
export type RetryableSmtpReplyCode = 421 | 450 | 451 | 452 | 454 | 455;
/**
 * SMTP failures that must not be sent again unchanged (retry never or after a fix).
 *
 * @deliveryCodes smtp non-retryable
 */
export type NonRetryableSmtpReplyCode = 432 | 500 | 501 | 502 | 503 | 504 | 521 | 530 | 534 | 535 | 538 | 550 | 551 | 552 | 553 | 554 | 555 | 556;
/** A handler per permanent SMTP failure; use with `satisfies` so a missing one fails to compile. */
export type SmtpReplyPermanentFailureHandlers<R = unknown> = PermanentFailureHandlers<PermanentSmtpReplyCode, SmtpReplyCode, R>;
/** Catalog metadata of every SMTP code. */
export declare const smtpTable: {
    readonly [K in SmtpReplyCode]: CodeEntry<K>;
};
/** SMTP: header and every entry, for tools that walk the catalog. */
export declare const smtpFamily: FamilyData;
/** Whether `value` is a SMTP code. */
export declare function isSmtpReplyCode(value: unknown): value is SmtpReplyCode;
/** Whether `value` is the code of a permanent SMTP failure. */
export declare function isPermanentSmtpReplyCode(value: unknown): value is PermanentSmtpReplyCode;
/** Whether `value` is a SMTP failure that may be sent again unchanged. */
export declare function isRetryableSmtpReplyCode(value: unknown): value is RetryableSmtpReplyCode;
