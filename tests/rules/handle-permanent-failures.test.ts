import rule from '../../rules/handle-permanent-failures.ts';
import { javascriptTester, ruleNameOf, TYPED_FILE, typedTester, untypedTester } from './rule-tester.ts';

const name = ruleNameOf(import.meta.url);

/** The report with its one suggestion, whose output is asserted exactly. */
function missing(family: string, codes: string, output: string) {
  return {
    messageId: 'missingPermanent' as const,
    data: { family, codes },
    suggestions: [{ messageId: 'addPermanentCases' as const, data: { codes }, output }],
  };
}

/** The permanent codes of a typed value restricted to the seed's six SMTP codes. */
const SMTP_MISSING = '551 UserNotLocal, 552 ExceededStorage, 553 MailboxNameNotAllowed, 554 TransactionFailed';
/** The permanent basic reply codes an untyped 421/451 branch set is answerable for. */
const SMTP_BASIC_MISSING = '521 HostDoesNotAcceptMail, 550 MailboxUnavailable, 551 UserNotLocal, 552 ExceededStorage, 553 MailboxNameNotAllowed and 2 more';
const TWILIO_DELIVERY_MISSING = '30006 Landline, 30007 CarrierViolation, 30011 MmsNotSupported, 30032 TollFreeNotVerified';

typedTester.run(`${name} (typed)`, rule, {
  valid: [
    {
      name: 'generated enum members name every code of the generated union',
      filename: TYPED_FILE,
      code: `
import { SmtpReply, type SmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
declare function wait(): void; declare function suppress(): void;
export function onBounce(code: Extract<SmtpReplyCode, 421 | 451 | 551 | 552 | 553 | 554>) {
  switch (code) {
    case SmtpReply.ServiceNotAvailable:
    case SmtpReply.LocalErrorInProcessing:
      wait();
      break;
    case SmtpReply.UserNotLocal:
    case SmtpReply.ExceededStorage:
    case SmtpReply.MailboxNameNotAllowed:
    case SmtpReply.TransactionFailed:
      suppress();
      break;
  }
}`,
    },
    {
      name: "the application's own enum from another file, resolved through the checker",
      filename: TYPED_FILE,
      code: `
import { AppSmtpCode } from './types.ts';
declare function wait(): void; declare function suppress(): void;
export function onBounce(code: AppSmtpCode) {
  switch (code) {
    case AppSmtpCode.Deferred:
    case AppSmtpCode.LocalError:
      wait();
      break;
    case AppSmtpCode.NoSuchUser:
    case AppSmtpCode.TooBig:
    case AppSmtpCode.BadMailbox:
    case AppSmtpCode.Refused:
      suppress();
      break;
  }
}`,
    },
    {
      name: 'a literal union that is only part of a family: only its members are in scope',
      filename: TYPED_FILE,
      code: `
declare function wait(): void; declare function suppress(): void;
export function onBounce(code: 421 | 551) {
  switch (code) {
    case 421: wait(); break;
    case 551: suppress(); break;
  }
}`,
    },
    {
      name: 'a union of HTTP statuses is not a provider code even where 500-ish literals appear',
      filename: TYPED_FILE,
      code: `
import type { HttpStatus } from './types.ts';
declare function ok(): void;
export function onResponse(status: HttpStatus) {
  switch (status) { case 200: ok(); break; case 404: break; }
}`,
    },
    {
      name: 'a number-typed subject falls back to the literals, which handle everything',
      filename: TYPED_FILE,
      code: `
declare function wait(): void; declare function suppress(): void;
export function onBounce(smtpCode: number) {
  if (smtpCode === 421 || smtpCode === 451) wait();
  else if (smtpCode >= 500 && smtpCode < 600) suppress();
}`,
    },
  ],
  invalid: [
    {
      name: 'a generated union with transient cases only',
      filename: TYPED_FILE,
      code: `
import type { SmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
declare function wait(): void;
export function onBounce(code: Extract<SmtpReplyCode, 421 | 451 | 551 | 552 | 553 | 554>) {
  switch (code) {
    case 421:
      wait();
      break;
  }
}`,
      errors: [
        {
          messageId: 'missingPermanent',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 16,
          data: { family: 'SMTP', codes: SMTP_MISSING },
          suggestions: [
            {
              messageId: 'addPermanentCases',
              data: { codes: SMTP_MISSING },
              output: `
import type { SmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
declare function wait(): void;
export function onBounce(code: Extract<SmtpReplyCode, 421 | 451 | 551 | 552 | 553 | 554>) {
  switch (code) {
    case 421:
      wait();
      break;
    case 551: // UserNotLocal
    case 552: // ExceededStorage
    case 553: // MailboxNameNotAllowed
    case 554: // TransactionFailed
      throw new Error('Permanent SMTP failure (551 UserNotLocal, 552 ExceededStorage, 553 MailboxNameNotAllowed, 554 TransactionFailed): stop sending this message');
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'the suggestion writes the generated enum when the file imports it',
      filename: TYPED_FILE,
      code: `
import { SmtpReply, type SmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
declare function wait(): void;
export function onBounce(code: Extract<SmtpReplyCode, 421 | 451 | 551 | 552 | 553 | 554>) {
  switch (code) {
    case SmtpReply.ServiceNotAvailable:
    case SmtpReply.LocalErrorInProcessing:
      wait();
      break;
    case SmtpReply.UserNotLocal:
      break;
    default:
      console.log(code);
  }
}`,
      errors: [
        {
          messageId: 'missingPermanent',
          line: 5,
          data: { family: 'SMTP', codes: '552 ExceededStorage, 553 MailboxNameNotAllowed, 554 TransactionFailed' },
          suggestions: [
            {
              messageId: 'addPermanentCases',
              data: { codes: '552 ExceededStorage, 553 MailboxNameNotAllowed, 554 TransactionFailed' },
              output: `
import { SmtpReply, type SmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
declare function wait(): void;
export function onBounce(code: Extract<SmtpReplyCode, 421 | 451 | 551 | 552 | 553 | 554>) {
  switch (code) {
    case SmtpReply.ServiceNotAvailable:
    case SmtpReply.LocalErrorInProcessing:
      wait();
      break;
    case SmtpReply.UserNotLocal:
      break;
    case SmtpReply.ExceededStorage:
    case SmtpReply.MailboxNameNotAllowed:
    case SmtpReply.TransactionFailed:
      throw new Error('Permanent SMTP failure (552 ExceededStorage, 553 MailboxNameNotAllowed, 554 TransactionFailed): stop sending this message');
    default:
      console.log(code);
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'an empty switch on a generated type: the suggestion fills the braces',
      filename: TYPED_FILE,
      code: `
import type { PermanentSmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
export function onBounce(code: Extract<PermanentSmtpReplyCode, 551 | 552 | 553 | 554>) {
  switch (code) {}
}`,
      errors: [
        {
          messageId: 'missingPermanent',
          line: 4,
          data: { family: 'SMTP', codes: SMTP_MISSING },
          suggestions: [
            {
              messageId: 'addPermanentCases',
              data: { codes: SMTP_MISSING },
              output: `
import type { PermanentSmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
export function onBounce(code: Extract<PermanentSmtpReplyCode, 551 | 552 | 553 | 554>) {
  switch (code) {
    case 551: // UserNotLocal
    case 552: // ExceededStorage
    case 553: // MailboxNameNotAllowed
    case 554: // TransactionFailed
      throw new Error('Permanent SMTP failure (551 UserNotLocal, 552 ExceededStorage, 553 MailboxNameNotAllowed, 554 TransactionFailed): stop sending this message');
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: "a value typed with the provider's text form: strings in the suggestion",
      filename: TYPED_FILE,
      code: `
import type { TwilioErrorCodeString } from 'eslint-plugin-delivery-codes/codes';
declare function later(): void;
export function onStatus(errorCode: Extract<TwilioErrorCodeString, "30003" | "30007">) {
  switch (errorCode) {
    case "30003":
      later();
      break;
  }
}`,
      errors: [
        {
          messageId: 'missingPermanent',
          data: { family: 'Twilio', codes: '30007 CarrierViolation' },
          suggestions: [
            {
              messageId: 'addPermanentCases',
              data: { codes: '30007 CarrierViolation' },
              output: `
import type { TwilioErrorCodeString } from 'eslint-plugin-delivery-codes/codes';
declare function later(): void;
export function onStatus(errorCode: Extract<TwilioErrorCodeString, "30003" | "30007">) {
  switch (errorCode) {
    case "30003":
      later();
      break;
    case "30007": // CarrierViolation
      throw new Error("Permanent Twilio failure (30007 CarrierViolation): stop sending this message");
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});

untypedTester.run(`${name} (untyped)`, rule, {
  valid: [
    {
      name: 'every permanent Twilio delivery failure has a branch',
      code: `
switch (errorCode) {
  case 30003: retryLater(msg); break;
  case 30005: case 30006: suppress(msg.to); break;
  case 30007: case 30011: case 30032: fixContent(msg); break;
}`,
    },
    { name: 'a default that throws ends the message', code: 'switch (errorCode) { case 30003: later(); break; case 30005: break; default: throw new Error(String(errorCode)); }' },
    { name: 'a default that marks the message failed', code: 'switch (errorCode) { case 30003: later(); break; case 30005: break; default: markFailed(msg); }' },
    { name: 'a default that returns a failure status', code: "function f(errorCode) { switch (errorCode) { case 30003: return 'retry'; case 30005: return 'skip'; default: return 'failed'; } }" },
    {
      name: 'a default documented as the permanent-failure handler',
      code: 'switch (errorCode) { case 30003: later(); break; case 30005: break; default: // permanent failures handled by the nightly sweep\n  break; }',
    },
    {
      name: 'a default that retries is no-retry-non-retryable’s finding',
      code: 'switch (errorCode) { case 30003: case 30005: break; default: requeue(msg); }',
    },
    { name: 'HTTP statuses are not SMTP codes', code: 'switch (res.status) { case 200: ok(); break; case 404: missing(); break; case 500: oops(); }' },
    { name: 'a port that equals an SMTP code', code: 'switch (port) { case 554: tls(); break; case 8080: plain(); }' },
    { name: 'one literal without a code name is not enough', code: 'switch (amount) { case 30007: discount(); }' },
    { name: 'one literal and nothing else in an if', code: 'if (errorCode === 30007) { report(); }' },
    {
      name: 'a condition the analysis cannot read may take any code',
      code: 'if (code === 421) wait(); else if (code === 451) wait(); else if (isHard(code)) suppress();',
    },
    {
      name: 'a range branch takes the permanent codes',
      code: 'if (smtpCode === 421 || smtpCode === 451) wait(); else if (smtpCode >= 500 && smtpCode < 600) suppress(smtpCode);',
    },
    {
      name: 'includes() and has() over local constants',
      code: `
const SOFT = [421, 451];
const HARD = new Set([521, 550, 551, 552, 553, 554, 556]);
if (SOFT.includes(reply.code)) wait();
else if (HARD.has(reply.code)) suppress();`,
    },
    {
      name: 'as const objects and local enums',
      code: `
const Smtp = { deferred: 421, local: 451, noMail: 521, unavailable: 550, noUser: 551, full: 552, bad: 553, refused: 554, noDomain: 556 } as const;
enum Local { Deferred = 421, Refused = 554 }
switch (code) {
  case Smtp.deferred: case Local.Deferred: case Smtp.local: wait(); break;
  case Smtp.noMail: case Smtp.unavailable: case Smtp.noUser: case Smtp.full: case Smtp.bad: case Local.Refused: case Smtp.noDomain: suppress(); break;
}`,
    },
    {
      name: 'switch (true) over comparisons',
      code: 'switch (true) { case code === 421: case code === 451: wait(); break; case code >= 500: suppress(); break; }',
    },
    {
      name: 'allowNonTerminalDefault: a logging default is accepted',
      code: 'switch (errorCode) { case 30003: case 30005: later(); break; default: logger.warn(errorCode); }',
      options: [{ allowNonTerminalDefault: true }],
    },
    {
      name: 'collect.AI email reasons, every permanent one handled',
      code: `
switch (event.reasonCode) {
  case 'BOUNCE_TRANSIENT_GENERAL': case 'BOUNCE_TRANSIENT_MBX_FULL': break;
  case 'BOUNCE_PERMANENT_GENERAL': case 'BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE':
  case 'BOUNCE_PERMANENT_ON_SUPPRESSION_LIST': case 'INVALID_EMAIL_ADDRESS':
    suppress(event.email); break;
}`,
    },
    {
      name: 'Webex Connect codes of another channel do not count: this is WhatsApp',
      code: `
switch (webhook.statusCode) {
  case 7500: case 7502: delivered(); break;
  case 7710: case 7714: case 7715: case 7721: case 7722: case 7726: failed(); break;
}`,
    },
    { name: 'an empty switch on an untyped value', code: 'switch (code) {}' },
    { name: 'a switch over symbols', code: 'const A = Symbol(); switch (kind) { case A: break; }' },
    { name: 'a template literal with an expression is not a code', code: 'switch (reason) { case `BOUNCE_${kind}`: break; case "EXPIRED": break; }' },
  ],
  invalid: [
    {
      name: 'the classic Twilio status callback',
      code: `
switch (errorCode) {
  case 30003:
    retryLater(msg);
    break;
  case 30005:
    suppress(msg.to);
    break;
}`,
      errors: [
        {
          messageId: 'missingPermanent',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 19,
          data: { family: 'Twilio', codes: TWILIO_DELIVERY_MISSING },
          suggestions: [
            {
              messageId: 'addPermanentCases',
              data: { codes: TWILIO_DELIVERY_MISSING },
              output: `
switch (errorCode) {
  case 30003:
    retryLater(msg);
    break;
  case 30005:
    suppress(msg.to);
    break;
  case 30006: // Landline
  case 30007: // CarrierViolation
  case 30011: // MmsNotSupported
  case 30032: // TollFreeNotVerified
    throw new Error('Permanent Twilio failure (30006 Landline, 30007 CarrierViolation, 30011 MmsNotSupported, 30032 TollFreeNotVerified): stop sending this message');
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'an SMTP if-chain: the suggestion adds an else-if before the final else',
      code: `
function onBounce(bounce) {
    if (bounce.smtpCode === 421 || bounce.smtpCode === 451) {
        wait();
    } else if (bounce.smtpCode === 551) {
        suppress(bounce.email);
    } else {
        console.log('unexpected', bounce.smtpCode);
    }
}`,
      errors: [
        {
          messageId: 'missingPermanent',
          line: 3,
          column: 5,
          data: { family: 'SMTP', codes: '521 HostDoesNotAcceptMail, 550 MailboxUnavailable, 552 ExceededStorage, 553 MailboxNameNotAllowed, 554 TransactionFailed and 1 more' },
          suggestions: [
            {
              messageId: 'addPermanentCases',
              data: { codes: '521 HostDoesNotAcceptMail, 550 MailboxUnavailable, 552 ExceededStorage, 553 MailboxNameNotAllowed, 554 TransactionFailed and 1 more' },
              output: `
function onBounce(bounce) {
    if (bounce.smtpCode === 421 || bounce.smtpCode === 451) {
        wait();
    } else if (bounce.smtpCode === 551) {
        suppress(bounce.email);
    } else if (bounce.smtpCode === 521 || bounce.smtpCode === 550 || bounce.smtpCode === 552 || bounce.smtpCode === 553 || bounce.smtpCode === 554 || bounce.smtpCode === 556) {
        throw new Error('Permanent SMTP failure (521 HostDoesNotAcceptMail, 550 MailboxUnavailable, 552 ExceededStorage, 553 MailboxNameNotAllowed, 554 TransactionFailed, 556 DomainDoesNotAcceptMail): stop sending this message');
    } else {
        console.log('unexpected', bounce.smtpCode);
    }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'text codes, optional chaining and double quotes are kept',
      code: `
switch (payload?.ErrorCode) {
    case "30003":
    case "30005":
        later();
        break;
}`,
      errors: [
        {
          messageId: 'missingPermanent',
          data: { family: 'Twilio', codes: TWILIO_DELIVERY_MISSING },
          suggestions: [
            {
              messageId: 'addPermanentCases',
              data: { codes: TWILIO_DELIVERY_MISSING },
              output: `
switch (payload?.ErrorCode) {
    case "30003":
    case "30005":
        later();
        break;
    case "30006": // Landline
    case "30007": // CarrierViolation
    case "30011": // MmsNotSupported
    case "30032": // TollFreeNotVerified
        throw new Error("Permanent Twilio failure (30006 Landline, 30007 CarrierViolation, 30011 MmsNotSupported, 30032 TollFreeNotVerified): stop sending this message");
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'one literal is enough with a code name; a logging default does not cover',
      code: 'switch (err!.errorCode as number) { case 421: wait(); break; default: logger.info("bounce"); }',
      errors: [
        missing('SMTP', SMTP_BASIC_MISSING, `switch (err!.errorCode as number) { case 421: wait(); break; 
case 521: // HostDoesNotAcceptMail
case 550: // MailboxUnavailable
case 551: // UserNotLocal
case 552: // ExceededStorage
case 553: // MailboxNameNotAllowed
case 554: // TransactionFailed
case 556: // DomainDoesNotAcceptMail
  throw new Error("Permanent SMTP failure (521 HostDoesNotAcceptMail, 550 MailboxUnavailable, 551 UserNotLocal, 552 ExceededStorage, 553 MailboxNameNotAllowed, 554 TransactionFailed, 556 DomainDoesNotAcceptMail): stop sending this message");
default: logger.info("bounce"); }`),
      ],
    },
    {
      name: 'an empty default does not cover',
      code: 'switch (smtpReply satisfies number) { case 421: case 451: wait(); break; default: }',
      errors: [
        missing('SMTP', SMTP_BASIC_MISSING, `switch (smtpReply satisfies number) { case 421: case 451: wait(); break; 
case 521: // HostDoesNotAcceptMail
case 550: // MailboxUnavailable
case 551: // UserNotLocal
case 552: // ExceededStorage
case 553: // MailboxNameNotAllowed
case 554: // TransactionFailed
case 556: // DomainDoesNotAcceptMail
  throw new Error('Permanent SMTP failure (521 HostDoesNotAcceptMail, 550 MailboxUnavailable, 551 UserNotLocal, 552 ExceededStorage, 553 MailboxNameNotAllowed, 554 TransactionFailed, 556 DomainDoesNotAcceptMail): stop sending this message');
default: }`),
      ],
    },
    {
      name: 'requireExplicitCases: a throwing default is not enough',
      code: `switch (errorCode) {
  case 421: case 451: wait(); break;
  default: throw new Error("bounce");
}`,
      options: [{ requireExplicitCases: true }],
      errors: [
        missing('SMTP', SMTP_BASIC_MISSING, `switch (errorCode) {
  case 421: case 451: wait(); break;
  case 521: // HostDoesNotAcceptMail
  case 550: // MailboxUnavailable
  case 551: // UserNotLocal
  case 552: // ExceededStorage
  case 553: // MailboxNameNotAllowed
  case 554: // TransactionFailed
  case 556: // DomainDoesNotAcceptMail
    throw new Error("Permanent SMTP failure (521 HostDoesNotAcceptMail, 550 MailboxUnavailable, 551 UserNotLocal, 552 ExceededStorage, 553 MailboxNameNotAllowed, 554 TransactionFailed, 556 DomainDoesNotAcceptMail): stop sending this message");
  default: throw new Error("bounce");
}`),
      ],
    },
    {
      name: 'maxListed caps the list',
      code: `switch (errorCode) {
	case 421:
	case 451:
		wait();
}`,
      options: [{ maxListed: 2 }],
      errors: [
        missing('SMTP', '521 HostDoesNotAcceptMail, 550 MailboxUnavailable and 5 more', `switch (errorCode) {
	case 421:
	case 451:
		wait();
	case 521: // HostDoesNotAcceptMail
	case 550: // MailboxUnavailable
	case 551: // UserNotLocal
	case 552: // ExceededStorage
	case 553: // MailboxNameNotAllowed
	case 554: // TransactionFailed
	case 556: // DomainDoesNotAcceptMail
		throw new Error('Permanent SMTP failure (521 HostDoesNotAcceptMail, 550 MailboxUnavailable, 551 UserNotLocal, 552 ExceededStorage, 553 MailboxNameNotAllowed, 554 TransactionFailed, 556 DomainDoesNotAcceptMail): stop sending this message');
}`),
      ],
    },
    {
      name: 'switch (true), template literal and includes() read the same codes',
      code: 'switch (true) { case code === `30003`: case [30005].includes(code): later(); break; case code === 30007: fix(); }',
      errors: [
        missing('Twilio', '30006 Landline, 30011 MmsNotSupported, 30032 TollFreeNotVerified', `switch (true) { case code === \`30003\`: case [30005].includes(code): later(); break; case code === 30007: fix();
case code === 30006: // Landline
case code === 30011: // MmsNotSupported
case code === 30032: // TollFreeNotVerified
  throw new Error('Permanent Twilio failure (30006 Landline, 30011 MmsNotSupported, 30032 TollFreeNotVerified): stop sending this message'); }`),
      ],
    },
    {
      name: 'Webex Connect SMS: the channel is the one both codes belong to',
      code: 'switch (status) { case 7500: delivered(); break; case 7203: suppress(); break; case 7006: later(); }',
      options: [{ maxListed: 3 }],
      errors: [
        missing('Webex Connect (sms)', '7004 SmsInvalidParameters, 7101 SmsInvalidSenderId, 7102 SmsInvalidAddress and 11 more', `switch (status) { case 7500: delivered(); break; case 7203: suppress(); break; case 7006: later();
case 7004: // SmsInvalidParameters
case 7101: // SmsInvalidSenderId
case 7102: // SmsInvalidAddress
case 7109: // SmsUserInDnd
case 7111: // SmsSpamContentDetected
case 7205: // SmsBinaryMessageError
case 7210: // SmsBillingConfigurationError
case 7281: // SmsCampaignNotRegistered
case 7282: // SmsInvalidRoute
case 7283: // SmsInvalidOperatorOrLandline
case 7284: // SmsDuplicateMessage
case 7513: // SmsUnregisteredDevice
case 7607: // SmsInvalidMessageType
case 7720: // SmsRecipientBlocked
  throw new Error('Permanent Webex Connect (sms) failure (7004 SmsInvalidParameters, 7101 SmsInvalidSenderId, 7102 SmsInvalidAddress, 7109 SmsUserInDnd, 7111 SmsSpamContentDetected, 7205 SmsBinaryMessageError, 7210 SmsBillingConfigurationError, 7281 SmsCampaignNotRegistered, 7282 SmsInvalidRoute, 7283 SmsInvalidOperatorOrLandline, 7284 SmsDuplicateMessage, 7513 SmsUnregisteredDevice, 7607 SmsInvalidMessageType, 7720 SmsRecipientBlocked): stop sending this message'); }`),
      ],
    },
    {
      name: 'collect.AI email reasons',
      code: "switch (reason) { case 'BOUNCE_TRANSIENT_GENERAL': break; case 'BOUNCE_PERMANENT_GENERAL': suppress(); break; }",
      errors: [
        missing(
          'collect.AI (email)',
          'BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE BouncePermanentMailboxUnavailable, BOUNCE_PERMANENT_ON_SUPPRESSION_LIST BouncePermanentOnSuppressionList, INVALID_EMAIL_ADDRESS InvalidEmailAddress',
          `switch (reason) { case 'BOUNCE_TRANSIENT_GENERAL': break; case 'BOUNCE_PERMANENT_GENERAL': suppress(); break;
case 'BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE': // BouncePermanentMailboxUnavailable
case 'BOUNCE_PERMANENT_ON_SUPPRESSION_LIST': // BouncePermanentOnSuppressionList
case 'INVALID_EMAIL_ADDRESS': // InvalidEmailAddress
  throw new Error('Permanent collect.AI (email) failure (BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE BouncePermanentMailboxUnavailable, BOUNCE_PERMANENT_ON_SUPPRESSION_LIST BouncePermanentOnSuppressionList, INVALID_EMAIL_ADDRESS InvalidEmailAddress): stop sending this message'); }`,
        ),
      ],
    },
    {
      name: 'Connection Card Pro error texts, in an if-chain without braces',
      code: "if (sms.error === 'Network Error' || sms.error === 'Unreachable') later(); else if (sms.error === 'Message blocked by STOP') optOut();",
      errors: [
        missing(
          'Connection Card Pro',
          'Invalid Number InvalidNumber, Prohibited by Carrier ProhibitedByCarrier, Spam Detected SpamDetected',
          `if (sms.error === 'Network Error' || sms.error === 'Unreachable') later(); else if (sms.error === 'Message blocked by STOP') optOut();
else if (sms.error === 'Invalid Number' || sms.error === 'Prohibited by Carrier' || sms.error === 'Spam Detected') {
  throw new Error('Permanent Connection Card Pro failure (Invalid Number InvalidNumber, Prohibited by Carrier ProhibitedByCarrier, Spam Detected SpamDetected): stop sending this message');
}`,
        ),
      ],
    },
    {
      name: 'Salesmsg error strings',
      code: "switch (error) { case 'Duplicate_message': edit(); break; case 'Insufficient_funds': topUp(); break; }",
      errors: [
        missing(
          'Salesmsg',
          'Stopped by user StoppedByUser, Unable to send message to this region UnableToSendToRegion, Unknown_bad_number UnknownBadNumber',
          `switch (error) { case 'Duplicate_message': edit(); break; case 'Insufficient_funds': topUp(); break;
case 'Stopped by user': // StoppedByUser
case 'Unable to send message to this region': // UnableToSendToRegion
case 'Unknown_bad_number': // UnknownBadNumber
  throw new Error('Permanent Salesmsg failure (Stopped by user StoppedByUser, Unable to send message to this region UnableToSendToRegion, Unknown_bad_number UnknownBadNumber): stop sending this message'); }`,
        ),
      ],
    },
  ],
});

javascriptTester.run(`${name} (JavaScript, no types)`, rule, {
  valid: [
    'switch (errorCode) { case 30003: later(); break; default: markFailed(); }',
    'switch (x?.y) { case undefined: break; case null: break; }',
    'label: for (;;) { switch (code) { case 421: break label; } }',
  ],
  invalid: [
    {
      code: 'switch (bounce.smtpCode) { case 421: case 451: wait(); break; case 551: suppress(); }',
      errors: [
        missing('SMTP', '521 HostDoesNotAcceptMail, 550 MailboxUnavailable, 552 ExceededStorage, 553 MailboxNameNotAllowed, 554 TransactionFailed and 1 more', `switch (bounce.smtpCode) { case 421: case 451: wait(); break; case 551: suppress();
case 521: // HostDoesNotAcceptMail
case 550: // MailboxUnavailable
case 552: // ExceededStorage
case 553: // MailboxNameNotAllowed
case 554: // TransactionFailed
case 556: // DomainDoesNotAcceptMail
  throw new Error('Permanent SMTP failure (521 HostDoesNotAcceptMail, 550 MailboxUnavailable, 552 ExceededStorage, 553 MailboxNameNotAllowed, 554 TransactionFailed, 556 DomainDoesNotAcceptMail): stop sending this message'); }`),
      ],
    },
  ],
});
