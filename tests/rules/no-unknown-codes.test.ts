import rule from '../../rules/no-unknown-codes.ts';
import { javascriptTester, ruleNameOf, TYPED_FILE, typedTester, untypedTester } from './rule-tester.ts';

const name = ruleNameOf(import.meta.url);

/** `code` with the one occurrence of `from` replaced: a suggestion's exact output. */
function replaced(code: string, from: string, to: string): string {
  if (code.indexOf(from) !== code.lastIndexOf(from)) throw new Error(`"${from}" occurs more than once`);
  return code.replace(from, to);
}

/** The report on one literal, with one suggestion per `[replacement, name]`, in order. */
function unknown(code: string, line: number, written: string, family: string, at: string, to: [string, string][]) {
  return {
    messageId: 'unknownCode' as const,
    line,
    data: { code: written, family },
    suggestions: to.map(([text, entryName]) => ({
      messageId: 'replaceWithCode' as const,
      data: { code: text, name: entryName },
      output: replaced(code, at, at.replace(written, text)),
    })),
  };
}

const TWILIO_30070: [string, string][] = [
  ['30007', 'CarrierViolation'],
  ['30030', 'InvalidAddressRetention'],
  ['30020', 'InternalFailureWithMessageScheduling'],
];

const TWILIO_CASES = `
declare const err: { code: number };
switch (err.code) {
  case 30003:
    retryLater();
    break;
  case 30070:
    suppress();
    break;
}`;

const TWILIO_WEBHOOK = `
declare const req: { body: { ErrorCode: string } };
switch (req.body.ErrorCode) {
  case "30003": retryLater(); break;
  case "30070": suppress(); break;
}`;

const ENHANCED = `
declare const dsn: { status: string };
if (dsn.status === '5.7.1' || dsn.status === '5.1.11') suppress();`;

const SMTP_CODE = `
declare const smtpCode: number;
if (smtpCode === 465) retryLater();`;

const CHAIN = `
declare const code: number;
if (code === 30003) retryLater();
else if (code >= 30070 && code < 30080) wait();
else if ([30004, 30070].includes(code)) suppress();`;

const WRAPPED = `
declare const err: { errorCode?: number } | undefined;
switch (err?.errorCode) {
  case 30003: break;
  case 30070 as number: break;
  case 30080 satisfies number: break;
  case \`30071\`: break;
}`;

const CASE_SLIP = `
declare const apnsReason: string;
switch (apnsReason) {
  case 'Unregistered': break;
  case 'badDeviceToken': break;
}`;

const REASON = `
declare const reason: string;
if (reason === '5.1.11') suppress();`;

const BOUNCE = `
declare const bounce: { code: number };
switch (bounce.code) {
  case 550: suppress(); break;
  case 559: suppress(); break;
}`;

const NOT_NEAR = `
declare const smtpCode: number;
if (smtpCode === 599) retryLater();`;

untypedTester.run(`${name} (untyped)`, rule, {
  valid: [
    {
      name: 'codes the catalog knows, as numbers and, for a family that sends text, as text',
      code: `switch (err.code) { case 30003: break; case '30007': break; case 30005: break; }`,
    },
    {
      name: 'HTTP statuses, even beside codes Twilio also lists (400, 403, 404)',
      code: `switch (res.status) { case 400: case 401: case 403: case 404: break; }`,
    },
    {
      name: 'HTTP statuses near SMTP replies',
      code: `switch (status) { case 500: case 502: case 503: case 505: break; }`,
    },
    {
      name: 'small numbers are counts and indexes, not Vonage errors',
      code: `switch (x) { case 5: case 6: case 17: break; }`,
    },
    {
      name: 'FTP replies share SMTP numbers: three digits need the family named',
      code: `switch (response.code) { case 550: case 553: case 530: case 532: break; }`,
    },
    {
      name: 'gRPC status names beside the FCM codes they share',
      code: `switch (status) { case 'INVALID_ARGUMENT': case 'INTERNAL': case 'DEADLINE_EXCEEDED': break; }`,
    },
    {
      name: 'SQL states are five digits of text: text needs a code name to be Twilio',
      code: `switch (err.code) { case '40001': case '23505': break; }`,
    },
    {
      name: 'a dotted version is not an enhanced status code',
      code: `if (version === '4.1.2') upgrade();`,
    },
    {
      name: 'a family name alone does not make a value a code',
      code: `if (smtpPort === 465) secure();`,
    },
    {
      name: 'one known code and a typo, but fewer codes than minLiterals',
      code: `switch (err.code) { case 30003: break; case 30070: break; }`,
      options: [{ minLiterals: 3 }],
    },
    {
      name: 'allowed in-house codes, a number allowing its text too',
      code: `switch (req.body.ErrorCode) { case '30003': break; case '30070': break; case '39001': break; }`,
      options: [{ allow: [30070, '39001'] }],
    },
    {
      name: 'a code another family knows: the branches may serve several providers',
      code: `switch (code) { case 30003: case 550: case 30070: break; }`,
    },
    {
      name: "a Webex Connect code of another channel than the others' is still a Webex Connect code",
      code: `switch (webexStatus) { case 7203: case 7520: break; }`,
    },
    {
      name: 'ranges, prefixes and patterns take codes but name none',
      code: `
if (errorCode === 30003) retryLater();
else if (errorCode >= 30070 && errorCode < 30080) wait();
else if (String(errorCode).startsWith('3007')) wait();
else if (/^3007\\d$/.test(String(errorCode))) wait();`,
    },
    {
      name: 'computed cases and constants have no literal to correct',
      code: `
const IN_HOUSE = 30070;
declare const codes: number[];
switch (err.code) { case 30003: break; case 30000 + 70: break; case IN_HOUSE: break; case codes[0]: break; case -30070: break; }`,
    },
    { name: 'an empty switch', code: `switch (errorCode) {}` },
    { name: 'a template literal with an expression', code: 'switch (errorCode) { case 30003: break; case `300${n}`: break; }' },
  ],
  invalid: [
    {
      name: 'one known code and a near-miss: 30070 → 30007 first (the swapped digits), then the numerically closest',
      code: TWILIO_CASES,
      errors: [unknown(TWILIO_CASES, 7, '30070', 'Twilio', 'case 30070:', TWILIO_30070)],
    },
    {
      name: "Twilio's text codes keep their text form and the file's quotes",
      code: TWILIO_WEBHOOK,
      errors: [
        unknown(TWILIO_WEBHOOK, 5, '"30070"', 'Twilio', 'case "30070"', [
          ['"30007"', 'CarrierViolation'],
          ['"30010"', 'MessagePriceExceedsMaxPrice'],
          ['"30020"', 'InternalFailureWithMessageScheduling'],
        ]),
      ],
    },
    {
      name: "an enhanced status code: '5.1.11' → '5.1.1'",
      code: ENHANCED,
      errors: [
        unknown(ENHANCED, 3, "'5.1.11'", 'SMTP enhanced status', "'5.1.11'", [
          ["'5.1.1'", 'PermanentBadDestinationMailbox'],
          ["'5.1.10'", 'PermanentRecipientNullMx'],
          ["'5.7.11'", 'PermanentEncryptionRequiredForAuthentication'],
        ]),
      ],
    },
    {
      name: 'a code name and a form only one family writes (`d.d.d`) make one literal enough',
      code: REASON,
      errors: [
        unknown(REASON, 3, "'5.1.11'", 'SMTP enhanced status', "'5.1.11'", [
          ["'5.1.1'", 'PermanentBadDestinationMailbox'],
          ["'5.1.10'", 'PermanentRecipientNullMx'],
          ["'5.7.11'", 'PermanentEncryptionRequiredForAuthentication'],
        ]),
      ],
    },
    {
      name: 'three digits where the subject names the family (`bounce`) and another code is SMTP’s',
      code: BOUNCE,
      errors: [
        unknown(BOUNCE, 5, '559', 'SMTP', 'case 559', [
          ['556', 'DomainDoesNotAcceptMail'],
          ['555', 'ParametersNotRecognized'],
          ['554', 'TransactionFailed'],
        ]),
      ],
    },
    {
      name: 'a subject that names family and code makes one literal enough, three digits included',
      code: SMTP_CODE,
      errors: [unknown(SMTP_CODE, 3, '465', 'SMTP', '465', [['455', 'ParametersNotAccommodated']])],
    },
    {
      name: 'named family and code: reported even with no code near enough to suggest',
      code: NOT_NEAR,
      errors: [unknown(NOT_NEAR, 3, '599', 'SMTP', '599', [])],
    },
    {
      name: 'an if-chain: the listed literal is reported, the range is not',
      code: CHAIN,
      errors: [unknown(CHAIN, 5, '30070', 'Twilio', '[30004, 30070]', TWILIO_30070)],
    },
    {
      name: 'optional chaining, `as`, `satisfies` and a template literal: each literal keeps its form',
      code: WRAPPED,
      errors: [
        unknown(WRAPPED, 5, '30070', 'Twilio', 'case 30070 as', TWILIO_30070),
        unknown(WRAPPED, 6, '30080', 'Twilio', 'case 30080', [
          ['30008', 'UnknownError'],
          ['30030', 'InvalidAddressRetention'],
          ['30020', 'InternalFailureWithMessageScheduling'],
        ]),
        unknown(WRAPPED, 7, '`30071`', 'Twilio', 'case `30071`', [
          ['`30017`', 'CarrierNetworkCongestion'],
          ['`30001`', 'QueueOverflow'],
          ['`30011`', 'MmsNotSupported'],
        ]),
      ],
    },
    {
      name: 'text codes compare exactly: a slip in case is a slip',
      code: CASE_SLIP,
      errors: [unknown(CASE_SLIP, 5, "'badDeviceToken'", 'Apple Push Notification service', "'badDeviceToken'", [["'BadDeviceToken'", 'BadDeviceToken']])],
    },
    {
      name: 'maxSuggestions: 1 offers only the closest',
      code: TWILIO_CASES,
      options: [{ maxSuggestions: 1 }],
      errors: [unknown(TWILIO_CASES, 7, '30070', 'Twilio', 'case 30070:', TWILIO_30070.slice(0, 1))],
    },
    {
      name: 'maxSuggestions: 0 reports without suggestions',
      code: TWILIO_CASES,
      options: [{ maxSuggestions: 0 }],
      errors: [unknown(TWILIO_CASES, 7, '30070', 'Twilio', 'case 30070:', [])],
    },
  ],
});

const TYPED_TWILIO = `
import type { TwilioErrorCode } from 'eslint-plugin-delivery-codes/codes';
declare function retryLater(): void;
export function onStatus(code: TwilioErrorCode) {
  switch (code) {
    case 30003: retryLater(); break;
    case 30070: break;
  }
}`;

const TYPED_NUMBER = `
import { TwilioError } from 'eslint-plugin-delivery-codes/codes';
export function onStatus(code: number) {
  if (code === TwilioError.UnreachableHandset || code === 30070) return 'retry';
  return 'done';
}`;

const TYPED_WEBEX = `
import type { WebexConnectStatusCode } from 'eslint-plugin-delivery-codes/codes';
export function onSms(status: WebexConnectStatusCode<'sms'>) {
  switch (status) {
    case 7203: return 'suppress';
    case 7290: return 'retry';
  }
  return 'done';
}`;

typedTester.run(`${name} (typed)`, rule, {
  valid: [
    {
      name: "a value the subject's type lists is the application's own code",
      filename: TYPED_FILE,
      code: `
import type { TwilioErrorCode } from 'eslint-plugin-delivery-codes/codes';
export function onStatus(code: TwilioErrorCode | 39999) {
  switch (code) { case 30003: break; case 39999: break; }
}`,
    },
    {
      name: 'a code another family knows is left to the compiler',
      filename: TYPED_FILE,
      code: `
import type { TwilioErrorCode } from 'eslint-plugin-delivery-codes/codes';
export function onStatus(code: TwilioErrorCode) {
  switch (code) { case 30003: break; case 550: break; }
}`,
    },
    {
      name: 'a type that lists no provider codes wins over a name that says SMTP',
      filename: TYPED_FILE,
      code: `
import type { HttpStatus } from './types.ts';
export function onReply(smtpCode: HttpStatus) {
  if (smtpCode === 200 || smtpCode === 465) return 'ok';
  return 'retry';
}`,
    },
    {
      name: 'a code of another Webex Connect channel than the type names',
      filename: TYPED_FILE,
      code: `
import type { WebexConnectStatusCode } from 'eslint-plugin-delivery-codes/codes';
export function onSms(status: WebexConnectStatusCode<'sms'>) {
  switch (status) { case 7203: break; case 7520: break; }
}`,
    },
  ],
  invalid: [
    {
      name: 'the generated union makes the branches Twilio’s',
      filename: TYPED_FILE,
      code: TYPED_TWILIO,
      errors: [unknown(TYPED_TWILIO, 7, '30070', 'Twilio', 'case 30070', TWILIO_30070)],
    },
    {
      name: 'a number-typed subject falls back to the literals, a generated enum member among them',
      filename: TYPED_FILE,
      code: TYPED_NUMBER,
      errors: [unknown(TYPED_NUMBER, 4, '30070', 'Twilio', '=== 30070', TWILIO_30070)],
    },
    {
      name: 'a channel-typed Webex Connect subject',
      filename: TYPED_FILE,
      code: TYPED_WEBEX,
      errors: [
        unknown(TYPED_WEBEX, 6, '7290', 'Webex Connect', 'case 7290', [
          ['7209', 'SmsMultipartFailed'],
          ['7280', 'SmsMessageDeletedByOperator'],
          ['7270', 'MmsExpiredByOperator'],
        ]),
      ],
    },
  ],
});

const JS_WEBHOOK = `
app.post('/status', (req, res) => {
  const errorCode = req.body.ErrorCode;
  if (errorCode === '30003' || errorCode === '30005') retryLater(req.body.MessageSid);
  else if (errorCode === '30070') suppress(req.body.To);
  res.sendStatus(204);
});`;

javascriptTester.run(`${name} (JavaScript)`, rule, {
  valid: [
    { name: 'plain numbers in plain JavaScript', code: `switch (x) { case 1: case 2: break; }` },
    { name: 'HTTP statuses in plain JavaScript', code: `if (res.status === 404 || res.status === 410 || res.status === 418) gone();` },
  ],
  invalid: [
    {
      name: 'a Twilio status callback in plain JavaScript',
      code: JS_WEBHOOK,
      errors: [
        unknown(JS_WEBHOOK, 5, "'30070'", 'Twilio', "'30070'", [
          ["'30007'", 'CarrierViolation'],
          ["'30010'", 'MessagePriceExceedsMaxPrice'],
          ["'30020'", 'InternalFailureWithMessageScheduling'],
        ]),
      ],
    },
  ],
});
