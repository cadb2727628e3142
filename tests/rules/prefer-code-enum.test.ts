import rule from '../../rules/prefer-code-enum.ts';
import { javascriptTester, ruleNameOf, TYPED_FILE, typedTester, untypedTester } from './rule-tester.ts';

const name = ruleNameOf(import.meta.url);

const CODES = 'eslint-plugin-delivery-codes/codes';

/**
 * One report on the literal `code` at `line`, naming `member` (`SmtpReply.ExceededStorage`).
 * `output` is the suggestion's exact result, or null when the rule offers none;
 * `imports` says whether the suggestion adds the import, `replacement` is what it writes.
 */
function useEnum(line: number, code: string, member: string, output: string | null, options: { imports?: boolean; replacement?: string } = {}) {
  const enumName = member.slice(0, member.indexOf('.'));
  const replacement = options.replacement ?? member;
  return {
    messageId: 'preferEnum' as const,
    line,
    data: { enumName, member: member.slice(enumName.length + 1), code },
    suggestions:
      output === null
        ? []
        : [
            {
              messageId: options.imports === false ? ('replaceWithMember' as const) : ('replaceAndImport' as const),
              data: { code, replacement, enumName },
              output,
            },
          ],
  };
}

typedTester.run(`${name} (typed)`, rule, {
  valid: [
    {
      name: 'generated enum members already',
      filename: TYPED_FILE,
      code: `
import { SmtpReply, type SmtpReplyCode } from '${CODES}';
declare function wait(): void; declare function suppress(): void;
export function onBounce(code: Extract<SmtpReplyCode, 421 | 552>) {
  switch (code) {
    case SmtpReply.ServiceNotAvailable: wait(); break;
    case SmtpReply.ExceededStorage: suppress(); break;
  }
}`,
    },
    {
      name: "the application's own enum names the codes",
      filename: TYPED_FILE,
      code: `
import { AppSmtpCode } from './types.ts';
declare function wait(): void;
export function onBounce(code: AppSmtpCode) {
  switch (code) { case AppSmtpCode.Deferred: case AppSmtpCode.TooBig: wait(); }
}`,
    },
    {
      name: "the provider's text form: the numeric enum cannot stand in for '30007'",
      filename: TYPED_FILE,
      code: `
import type { TwilioErrorCodeString } from '${CODES}';
declare function later(): void;
export function onStatus(errorCode: TwilioErrorCodeString) {
  switch (errorCode) { case '30003': later(); break; case '30007': break; }
}`,
    },
    {
      name: 'a union of HTTP statuses',
      filename: TYPED_FILE,
      code: `
import type { HttpStatus } from './types.ts';
declare function ok(): void;
export function onResponse(status: HttpStatus) {
  switch (status) { case 200: ok(); break; case 500: break; }
}`,
    },
    {
      name: 'an empty switch on a generated type',
      filename: TYPED_FILE,
      code: `
import type { SmtpReplyCode } from '${CODES}';
export function onBounce(code: SmtpReplyCode) { switch (code) {} }`,
    },
  ],
  invalid: [
    {
      name: 'a generated union compared to a literal; a type-only import is not merged into',
      filename: TYPED_FILE,
      code: `
import type { SmtpReplyCode } from '${CODES}';
declare function suppress(): void;
export function onBounce(code: SmtpReplyCode) {
  switch (code) {
    case 552:
      suppress();
  }
}`,
      errors: [
        useEnum(
          6,
          '552',
          'SmtpReply.ExceededStorage',
          `
import type { SmtpReplyCode } from '${CODES}';
import { SmtpReply } from '${CODES}';
declare function suppress(): void;
export function onBounce(code: SmtpReplyCode) {
  switch (code) {
    case SmtpReply.ExceededStorage:
      suppress();
  }
}`,
        ),
      ],
    },
    {
      name: 'a value typed as the generated enum itself, compared to a literal',
      filename: TYPED_FILE,
      code: `
import { SmtpReply } from '${CODES}';
declare function suppress(): void;
export function onBounce(code: SmtpReply) {
  if (code === 552) suppress();
}`,
      errors: [
        useEnum(
          5,
          '552',
          'SmtpReply.ExceededStorage',
          `
import { SmtpReply } from '${CODES}';
declare function suppress(): void;
export function onBounce(code: SmtpReply) {
  if (code === SmtpReply.ExceededStorage) suppress();
}`,
          { imports: false },
        ),
      ],
    },
    {
      name: 'a literal union of one family, under a name that says nothing',
      filename: TYPED_FILE,
      code: `
declare function later(): void;
export function onStatus(value: 30003 | 30007) {
  if (value === 30007) later();
}`,
      errors: [
        useEnum(
          4,
          '30007',
          'TwilioError.CarrierViolation',
          `
import { TwilioError } from '${CODES}';

declare function later(): void;
export function onStatus(value: 30003 | 30007) {
  if (value === TwilioError.CarrierViolation) later();
}`,
        ),
      ],
    },
  ],
});

untypedTester.run(`${name} (untyped)`, rule, {
  valid: [
    {
      name: 'generated enum members, read without types',
      code: `
import { TwilioError } from '${CODES}';
switch (errorCode) { case TwilioError.UnreachableHandset: later(); break; case TwilioError.CarrierViolation: fix(); }`,
    },
    { name: 'named constants are not magic', code: 'const FULL = 552; const Smtp = { noUser: 551 } as const;\nif (smtpCode === FULL || smtpCode === Smtp.noUser) drop();' },
    { name: "Twilio's text form", code: "switch (payload?.ErrorCode) { case '30003': case '30005': later(); }" },
    { name: 'HTTP statuses', code: 'switch (res.status) { case 200: ok(); break; case 404: missing(); break; case 500: oops(); }' },
    { name: 'HTTP statuses SMTP also has', code: 'switch (response.status) { case 500: case 503: retry(); }' },
    { name: 'small numbers without the family in the name', code: 'switch (errorCode) { case 0: ok(); break; case 1: later(); }' },
    { name: 'plain words without the family in the name', code: "switch (event.type) { case 'open': case 'click': track(); }" },
    { name: 'Webex Connect codes that every channel names differently', code: 'switch (status) { case 7000: case 7006: later(); }' },
    { name: 'a literal no family knows vetoes the set', code: 'switch (smtpCode) { case 552: case 599: drop(); }' },
    { name: 'an empty switch', code: 'switch (errorCode) {}' },
    { name: 'a template literal with an expression, and one code under a name that says nothing', code: 'switch (kind) { case `BOUNCE_${kind}`: break; case "EXPIRED": break; }' },
    {
      name: 'minLiterals: two codes without a code name are not enough',
      code: 'switch (value) { case 30003: case 30005: later(); }',
      options: [{ minLiterals: 3 }],
    },
  ],
  invalid: [
    {
      name: 'no import yet: the suggestion adds one above the code',
      code: `switch (errorCode) {
  case 30003:
    later();
    break;
  case 30007:
    fix();
}`,
      errors: [
        useEnum(
          2,
          '30003',
          'TwilioError.UnreachableHandset',
          `import { TwilioError } from '${CODES}';

switch (errorCode) {
  case TwilioError.UnreachableHandset:
    later();
    break;
  case 30007:
    fix();
}`,
        ),
        useEnum(
          5,
          '30007',
          'TwilioError.CarrierViolation',
          `import { TwilioError } from '${CODES}';

switch (errorCode) {
  case 30003:
    later();
    break;
  case TwilioError.CarrierViolation:
    fix();
}`,
        ),
      ],
    },
    {
      name: 'the enum joins an import of the codes module',
      code: `import { describeCode } from '${CODES}';
if (bounce.smtpCode === 421) wait();`,
      errors: [
        useEnum(
          2,
          '421',
          'SmtpReply.ServiceNotAvailable',
          `import { describeCode, SmtpReply } from '${CODES}';
if (bounce.smtpCode === SmtpReply.ServiceNotAvailable) wait();`,
        ),
      ],
    },
    {
      name: 'an inline type specifier does not make the declaration type-only',
      code: `import { type SmtpReplyCode } from '${CODES}';
if (bounce.smtpCode === 421) wait();`,
      errors: [
        useEnum(
          2,
          '421',
          'SmtpReply.ServiceNotAvailable',
          `import { type SmtpReplyCode, SmtpReply } from '${CODES}';
if (bounce.smtpCode === SmtpReply.ServiceNotAvailable) wait();`,
        ),
      ],
    },
    {
      name: 'a renamed import is used under its local name',
      code: `import { SmtpReply as Reply } from '${CODES}';
switch (bounce.smtpCode) { case Reply.ServiceNotAvailable: wait(); break; case 552: drop(); }`,
      errors: [
        useEnum(
          2,
          '552',
          'SmtpReply.ExceededStorage',
          `import { SmtpReply as Reply } from '${CODES}';
switch (bounce.smtpCode) { case Reply.ServiceNotAvailable: wait(); break; case Reply.ExceededStorage: drop(); }`,
          { imports: false, replacement: 'Reply.ExceededStorage' },
        ),
      ],
    },
    {
      name: 'a namespace import',
      code: `import * as codes from '${CODES}';
if (err.responseCode === 550) drop();`,
      errors: [
        useEnum(
          2,
          '550',
          'SmtpReply.MailboxUnavailable',
          `import * as codes from '${CODES}';
if (err.responseCode === codes.SmtpReply.MailboxUnavailable) drop();`,
          { imports: false, replacement: 'codes.SmtpReply.MailboxUnavailable' },
        ),
      ],
    },
    {
      name: "the family's own subpath: its enum is used, and the enum joins its imports",
      code: `import { SmtpReply } from '${CODES}/smtp';
import { isPermanentTwilioErrorCode } from '${CODES}/twilio';
if (smtpCode === 552) drop();
if (errorCode === 30007) fix();`,
      errors: [
        useEnum(
          3,
          '552',
          'SmtpReply.ExceededStorage',
          `import { SmtpReply } from '${CODES}/smtp';
import { isPermanentTwilioErrorCode } from '${CODES}/twilio';
if (smtpCode === SmtpReply.ExceededStorage) drop();
if (errorCode === 30007) fix();`,
          { imports: false },
        ),
        useEnum(
          4,
          '30007',
          'TwilioError.CarrierViolation',
          `import { SmtpReply } from '${CODES}/smtp';
import { isPermanentTwilioErrorCode, TwilioError } from '${CODES}/twilio';
if (smtpCode === 552) drop();
if (errorCode === TwilioError.CarrierViolation) fix();`,
        ),
      ],
    },
    {
      name: "another module's import: a new declaration after it, in the file's quotes and without semicolons",
      code: `import { send } from "./mail"
if (err.responseCode === 552) send()`,
      errors: [
        useEnum(
          2,
          '552',
          'SmtpReply.ExceededStorage',
          `import { send } from "./mail"
import { SmtpReply } from "${CODES}"
if (err.responseCode === SmtpReply.ExceededStorage) send()`,
        ),
      ],
    },
    {
      name: 'the enum name is taken here: a report without a suggestion',
      code: `const SmtpReply = { full: 'x' };
if (smtpCode === 552) drop();`,
      errors: [useEnum(2, '552', 'SmtpReply.ExceededStorage', null)],
    },
    {
      name: 'an import shadowed where the code is: no suggestion',
      code: `import { SmtpReply } from '${CODES}';
function onBounce(SmtpReply: unknown, smtpCode: number) { if (smtpCode === 552) drop(); }`,
      errors: [useEnum(2, '552', 'SmtpReply.ExceededStorage', null)],
    },
    {
      name: 'optional chaining, as and satisfies',
      code: `import { TwilioError } from '${CODES}';
if (msg?.errorCode === (30007 as number)) fix();
switch (errorCode satisfies number) { case 30003 satisfies number: later(); }`,
      errors: [
        useEnum(
          2,
          '30007',
          'TwilioError.CarrierViolation',
          `import { TwilioError } from '${CODES}';
if (msg?.errorCode === (TwilioError.CarrierViolation as number)) fix();
switch (errorCode satisfies number) { case 30003 satisfies number: later(); }`,
          { imports: false },
        ),
        useEnum(
          3,
          '30003',
          'TwilioError.UnreachableHandset',
          `import { TwilioError } from '${CODES}';
if (msg?.errorCode === (30007 as number)) fix();
switch (errorCode satisfies number) { case TwilioError.UnreachableHandset satisfies number: later(); }`,
          { imports: false },
        ),
      ],
    },
    {
      name: 'enhanced status codes, a template literal among them; a computed case is left alone',
      code: `import { SmtpEnhancedStatus } from '${CODES}';
switch (dsn) { case \`5.1.1\`: case SOFT[0]: case '5.2.2': drop(); }`,
      errors: [
        useEnum(
          2,
          '`5.1.1`',
          'SmtpEnhancedStatus.PermanentBadDestinationMailbox',
          `import { SmtpEnhancedStatus } from '${CODES}';
switch (dsn) { case SmtpEnhancedStatus.PermanentBadDestinationMailbox: case SOFT[0]: case '5.2.2': drop(); }`,
          { imports: false },
        ),
        useEnum(
          2,
          "'5.2.2'",
          'SmtpEnhancedStatus.PermanentMailboxFull',
          `import { SmtpEnhancedStatus } from '${CODES}';
switch (dsn) { case \`5.1.1\`: case SOFT[0]: case SmtpEnhancedStatus.PermanentMailboxFull: drop(); }`,
          { imports: false },
        ),
      ],
    },
    {
      name: 'a set of codes two chains test is reported once; includes() on an array literal',
      code: `import { SmtpReply } from '${CODES}';
const HARD = new Set([550, SmtpReply.UserNotLocal]);
if (HARD.has(bounce.smtpCode)) drop(); else if ([SmtpReply.ServiceNotAvailable, 451].includes(bounce.smtpCode)) wait();
if (HARD.has(bounce.smtpCode)) drop();`,
      errors: [
        useEnum(
          2,
          '550',
          'SmtpReply.MailboxUnavailable',
          `import { SmtpReply } from '${CODES}';
const HARD = new Set([SmtpReply.MailboxUnavailable, SmtpReply.UserNotLocal]);
if (HARD.has(bounce.smtpCode)) drop(); else if ([SmtpReply.ServiceNotAvailable, 451].includes(bounce.smtpCode)) wait();
if (HARD.has(bounce.smtpCode)) drop();`,
          { imports: false },
        ),
        useEnum(
          3,
          '451',
          'SmtpReply.LocalErrorInProcessing',
          `import { SmtpReply } from '${CODES}';
const HARD = new Set([550, SmtpReply.UserNotLocal]);
if (HARD.has(bounce.smtpCode)) drop(); else if ([SmtpReply.ServiceNotAvailable, SmtpReply.LocalErrorInProcessing].includes(bounce.smtpCode)) wait();
if (HARD.has(bounce.smtpCode)) drop();`,
          { imports: false },
        ),
      ],
    },
    {
      name: "Webex Connect: the detected channel's name, else the common one",
      code: `import { WebexConnectStatus } from '${CODES}';
switch (status) { case 7500: delivered(); break; case 7203: suppress(); break; case 7006: later(); break; case 7001: auth(); }`,
      errors: [
        ['7500', 'SmsDelivered'],
        ['7203', 'SmsUnknownSubscriber'],
        ['7006', 'SmsInternalServerError'],
        ['7001', 'CommonAuthenticationFailed'],
      ].map(([code, member]) =>
        useEnum(
          2,
          code as string,
          `WebexConnectStatus.${member}`,
          `import { WebexConnectStatus } from '${CODES}';
switch (status) { case 7500: delivered(); break; case 7203: suppress(); break; case 7006: later(); break; case 7001: auth(); }`.replace(
            `case ${code}:`,
            `case WebexConnectStatus.${member}:`,
          ),
          { imports: false },
        ),
      ),
    },
    {
      name: 'Vonage receipts: small numbers under a name with the family in it',
      code: `import { VonageDlrError } from '${CODES}';
if (dlr.errCode === 1) later();`,
      errors: [
        useEnum(
          2,
          '1',
          'VonageDlrError.Unknown',
          `import { VonageDlrError } from '${CODES}';
if (dlr.errCode === VonageDlrError.Unknown) later();`,
          { imports: false },
        ),
      ],
    },
    {
      name: 'codeNamePattern: one literal is enough under a name the pattern accepts',
      code: `import { TwilioError } from '${CODES}';
if (failure === 30007) fix();`,
      options: [{ codeNamePattern: '^failure$' }],
      errors: [
        useEnum(
          2,
          '30007',
          'TwilioError.CarrierViolation',
          `import { TwilioError } from '${CODES}';
if (failure === TwilioError.CarrierViolation) fix();`,
          { imports: false },
        ),
      ],
    },
  ],
});

javascriptTester.run(`${name} (JavaScript, no types)`, rule, {
  valid: [
    'switch (x?.y) { case undefined: break; case null: break; }',
    'if (failure === 30007) fix();',
    'switch (kind) { case `${prefix}_GENERAL`: break; }',
  ],
  invalid: [
    {
      name: 'the import goes below a pinned comment and above the comment on the code',
      code: `// @ts-check
// Bounces from the relay.
if (err.responseCode === 550 || err.responseCode === 551) drop(err);`,
      errors: [
        useEnum(
          3,
          '550',
          'SmtpReply.MailboxUnavailable',
          `// @ts-check
import { SmtpReply } from '${CODES}';

// Bounces from the relay.
if (err.responseCode === SmtpReply.MailboxUnavailable || err.responseCode === 551) drop(err);`,
        ),
        useEnum(
          3,
          '551',
          'SmtpReply.UserNotLocal',
          `// @ts-check
import { SmtpReply } from '${CODES}';

// Bounces from the relay.
if (err.responseCode === 550 || err.responseCode === SmtpReply.UserNotLocal) drop(err);`,
        ),
      ],
    },
    {
      name: 'a CommonJS file cannot take an import: a report without a suggestion',
      code: "'use strict';\nif (err.responseCode === 552) drop(err);",
      filename: 'bounce.cjs',
      errors: [useEnum(2, '552', 'SmtpReply.ExceededStorage', null)],
    },
  ],
});
