import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/no-retry-non-retryable.ts';
import type { CodeEntry } from '../../src/codes/types.ts';
import { FAMILIES } from '../../src/generated/index.ts';
import { javascriptTester, ruleNameOf, TYPED_FILE, typedTester, untypedTester } from './rule-tester.ts';

const name = ruleNameOf(import.meta.url);

// How the messages explain a code's retry policy, as the catalog's `retry` and `action` give it.
const NEVER_SUPPRESS = 'must never be retried: resending cannot succeed (suppress-recipient)';
const NEVER_VERIFY = 'must never be retried: resending cannot succeed (verify-recipient)';
const AFTER_FIX_CONTENT = 'must not be retried unchanged: only a changed message can succeed (fix-content)';

/**
 * Lists that span a family are read from the generated catalog, so the tests
 * follow it as it grows; the rule of what counts is written out here, not
 * taken from the rule: a failure whose retry policy is never or after-fix.
 */
const cannotBeRetried = (entry: CodeEntry) => entry.outcome === 'failed' && (entry.retry === 'never' || entry.retry === 'after-fix');

type FamilyId = keyof typeof FAMILIES;

function entries(family: FamilyId, take: (entry: CodeEntry) => boolean = () => true): CodeEntry[] {
  return FAMILIES[family].entries.filter((entry) => cannotBeRetried(entry) && take(entry));
}

/** As messages list codes: `551 UserNotLocal, 552 ExceededStorage`, at most `max`, then "and K more". */
function codes(family: FamilyId, take: (entry: CodeEntry) => boolean = () => true, max = 5): string {
  const all = entries(family, take);
  const shown = all.slice(0, max).map((entry) => `${entry.code} ${entry.name}`);
  return all.length > max ? `${shown.join(', ')} and ${all.length - max} more` : shown.join(', ');
}

const except =
  (...taken: (number | string)[]) =>
  (entry: CodeEntry) =>
    !taken.includes(entry.code);
/**
 * A family with groups (Twilio's API vs. delivery errors, SMTP's bounce
 * replies vs. session replies) is in scope only for the groups the literals
 * of a switch or chain belong to; without literals, or with a typed subject,
 * every group is.
 */
function groupsOf(family: FamilyId, ...literals: (number | string)[]): (entry: CodeEntry) => boolean {
  const groups = new Set(FAMILIES[family].entries.filter((entry) => literals.includes(entry.code)).map((entry) => entry.group));
  return (entry) => FAMILIES[family].groups.length === 0 || groups.has(entry.group);
}

const all =
  (...takes: ((entry: CodeEntry) => boolean)[]) =>
  (entry: CodeEntry) =>
    takes.every((take) => take(entry));
const from = (min: number) => (entry: CodeEntry) => Number(entry.code) >= min;
const startingWith = (prefix: string) => (entry: CodeEntry) => String(entry.code).startsWith(prefix);

/** The `case N: // Name` lines a default's suggestion adds, at `indent`. */
function caseLines(family: FamilyId, take: (entry: CodeEntry) => boolean, indent: string): string {
  return entries(family, take)
    .map((entry) => `${indent}case ${entry.code}: // ${entry.name}\n`)
    .join('');
}

/** SMTP replies in the group of 421 and 451 that a changed message may cure, and those nothing cures. */
const AFTER_FIX_BASIC = all(groupsOf('smtp', 421, 451), (entry) => entry.retry === 'after-fix');
const NEVER_BASIC = all(groupsOf('smtp', 421, 451), (entry) => entry.retry === 'never');

/** A switch whose suppressing case names every reply nothing cures, with `added` cases before them. */
const onlyAfterFixReachDefault = (added: string) => `
function onBounce(msg, code) {
  switch (code) {
    case 421: case 451: wait(); break;
${added}${caseLines('smtp', NEVER_BASIC, '    ')}      suppress(msg);
      break;
    default: requeue(msg);
  }
}`;

const NULL_CHECK_REACHING = all(groupsOf('smtp', 421, 451, 551, 553, 554), except(551, 553, 554));

/** Enhanced status classes: their own family when the catalog has one, else SMTP's basic replies of that class. */
const ENHANCED: { family: string; codes: string } =
  'smtp-enhanced' in FAMILIES
    ? {
        family: FAMILIES['smtp-enhanced' as FamilyId].displayName,
        codes: codes('smtp-enhanced' as FamilyId, startingWith('5.')),
      }
    : { family: 'SMTP', codes: codes('smtp', startingWith('5')) };

/** A `retryBranch` report: the code, what it means, the sink it reaches. */
function branch(family: string, code: string | number, codeName: string, why: string, sink: string) {
  return { messageId: 'retryBranch' as const, data: { family, code: String(code), name: codeName, why, sink } };
}

function listed(family: string, code: string | number, codeName: string, why: string, where: string) {
  return { messageId: 'retryListed' as const, data: { family, code: String(code), name: codeName, why, where } };
}

function range(test: string, family: string, sink: string, codes: string) {
  return { messageId: 'retryRange' as const, data: { test, family, sink, codes } };
}

function fallback(family: string, where: string, sink: string, codes: string) {
  return { messageId: 'retryDefault' as const, data: { family, fallback: where, sink, codes } };
}

function predicate(predicateName: string, family: string, codes: string) {
  return { messageId: 'retryPredicate' as const, data: { predicate: predicateName, family, codes } };
}

function move(code: string | number, output: string) {
  return [{ messageId: 'moveToPermanent' as const, data: { code: String(code) }, output }];
}

typedTester.run(`${name} (typed)`, rule, {
  valid: [
    {
      name: 'the generated retryable union: only codes that may be retried are in scope, so the default may retry',
      filename: TYPED_FILE,
      code: `
import type { RetryableSmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
declare function requeue(message: unknown): void; declare function wait(): void;
export function onDeferred(message: unknown, code: RetryableSmtpReplyCode) {
  switch (code) {
    case 421: wait(); break;
    default: requeue(message);
  }
}`,
    },
    {
      name: 'generated enum members: transient codes retried, permanent ones suppressed',
      filename: TYPED_FILE,
      code: `
import { SmtpReply, type SmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
declare function requeue(message: unknown): void; declare function suppress(message: unknown): void;
export function onBounce(message: unknown, code: SmtpReplyCode) {
  switch (code) {
    case SmtpReply.ServiceNotAvailable:
    case SmtpReply.LocalErrorInProcessing:
      requeue(message);
      break;
    default:
      suppress(message);
  }
}`,
    },
    {
      name: 'a union of HTTP statuses is not a provider code: HTTP retries are left alone',
      filename: TYPED_FILE,
      code: `
import type { HttpStatus } from './types.ts';
declare function retry(): void;
export function onResponse(status: HttpStatus) {
  switch (status) { case 500: retry(); break; default: break; }
  if (status >= 500) retry();
}`,
    },
    {
      name: '552 sent again after the documented fix (a smaller message)',
      filename: TYPED_FILE,
      code: `
import type { SmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
interface Message { body: string }
declare function shortenBody(message: Message): void; declare function resend(message: Message): void;
declare function suppress(message: Message): void;
export function onBounce(message: Message, code: SmtpReplyCode) {
  switch (code) {
    case 421: case 451: return;
    case 552:
      shortenBody(message);
      resend(message);
      break;
    default:
      suppress(message);
  }
}`,
    },
  ],
  invalid: [
    {
      name: 'a generated union: 552 requeued, moved to the branch that suppresses',
      filename: TYPED_FILE,
      code: `
import type { SmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
declare function requeue(message: unknown): void; declare function suppress(message: unknown): void;
export function onBounce(message: unknown, code: SmtpReplyCode) {
  switch (code) {
    case 421:
    case 451:
    case 552:
      requeue(message);
      break;
    case 551:
    case 553:
    case 554:
      suppress(message);
      break;
  }
}`,
      errors: [
        {
          ...branch('SMTP', 552, 'ExceededStorage', AFTER_FIX_CONTENT, 'calls requeue()'),
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 14,
          suggestions: move(
            552,
            `
import type { SmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
declare function requeue(message: unknown): void; declare function suppress(message: unknown): void;
export function onBounce(message: unknown, code: SmtpReplyCode) {
  switch (code) {
    case 421:
    case 451:
      requeue(message);
      break;
    case 552:
    case 551:
    case 553:
    case 554:
      suppress(message);
      break;
  }
}`,
          ),
        },
      ],
    },
    {
      name: "the application's own enum from another file, resolved through the checker; the suggestion keeps the member",
      filename: TYPED_FILE,
      code: `
import { AppSmtpCode } from './types.ts';
declare function requeue(message: unknown): void; declare function suppress(message: unknown): void;
export function onBounce(message: unknown, code: AppSmtpCode) {
  switch (code) {
    case AppSmtpCode.Deferred:
      requeue(message);
      break;
    case AppSmtpCode.Refused:
      requeue(message);
      break;
    case AppSmtpCode.NoSuchUser:
      suppress(message);
      break;
  }
}`,
      errors: [
        {
          ...branch('SMTP', 554, 'TransactionFailed', NEVER_SUPPRESS, 'calls requeue()'),
          line: 9,
          column: 5,
          endColumn: 30,
          suggestions: move(
            554,
            `
import { AppSmtpCode } from './types.ts';
declare function requeue(message: unknown): void; declare function suppress(message: unknown): void;
export function onBounce(message: unknown, code: AppSmtpCode) {
  switch (code) {
    case AppSmtpCode.Deferred:
      requeue(message);
      break;
    case AppSmtpCode.Refused:
    case AppSmtpCode.NoSuchUser:
      suppress(message);
      break;
  }
}`,
          ),
        },
      ],
    },
    {
      name: 'a string-typed Twilio code: the comparison with 21610 is reported',
      filename: TYPED_FILE,
      code: `
declare function retry(to: string): void;
export function onError(to: string, code: string) {
  if (code === '21610') retry(to);
}`,
      errors: [
        {
          ...branch('Twilio', 21610, 'Unsubscribed', NEVER_SUPPRESS, 'calls retry()'),
          line: 4,
          column: 7,
          endColumn: 23,
        },
      ],
    },
    {
      name: 'a number-typed subject: the range takes in every permanent SMTP reply',
      filename: TYPED_FILE,
      code: `
declare function requeue(message: unknown): void;
export function onBounce(message: unknown, smtpCode: number) {
  if (smtpCode >= 400) requeue(message);
}`,
      errors: [{ ...range('smtpCode >= 400', 'SMTP', 'calls requeue()', codes('smtp', from(400))), line: 4, column: 7, endColumn: 22 }],
    },
    {
      name: 'a predicate over the generated type that lets everything but 551 through',
      filename: TYPED_FILE,
      code: `
import { SmtpReply, type SmtpReplyCode } from 'eslint-plugin-delivery-codes/codes';
export function isRetryable(code: SmtpReplyCode): boolean {
  return code !== SmtpReply.UserNotLocal;
}`,
      errors: [
        {
          ...predicate('isRetryable', 'SMTP', codes('smtp', except(551))),
          line: 4,
          column: 10,
          endColumn: 41,
        },
      ],
    },
    {
      name: "a retry list of the application's enum members, read through the checker",
      filename: TYPED_FILE,
      code: `
import { AppSmtpCode } from './types.ts';
export const RETRYABLE = [AppSmtpCode.Deferred, AppSmtpCode.LocalError, AppSmtpCode.TooBig];`,
      errors: [
        {
          ...listed('SMTP', 552, 'ExceededStorage', AFTER_FIX_CONTENT, 'RETRYABLE'),
          line: 3,
          column: 73,
          endColumn: 91,
        },
      ],
    },
  ],
});

untypedTester.run(`${name} (untyped)`, rule, {
  valid: [
    {
      name: 'transient codes retried, permanent ones suppressed',
      code: `
function onBounce(msg, smtpCode) {
  switch (smtpCode) {
    case 421:
    case 451:
      requeue(msg);
      break;
    case 551:
    case 552:
    case 553:
    case 554:
      suppress(msg);
      break;
  }
}`,
    },
    {
      name: 'a code listed twice takes its first branch, as JavaScript does: the later retry never sees 552',
      code: `
function onBounce(msg, smtpCode) {
  switch (smtpCode) {
    case 552:
    case 553:
      suppress(msg);
      break;
    case 421:
    case 552:
      requeue(msg);
      break;
  }
}`,
    },
    {
      name: 'a code-to-text display map is not a retry list',
      code: `
const LABELS = { 552: 'Mailbox full', 421: 'Deferred' };
const softBounceLabels = { 421: 'Try again later', 552: 'Mailbox full' };`,
    },
    {
      name: 'logging-only and metrics-only branches',
      code: `
function onBounce(msg, code) {
  switch (code) {
    case 421: case 451: break;
    case 552: logger.warn('message too large', { code }); metrics.increment('smtp.552'); break;
    case 551: metrics.retries.push(code); alertsQueue.add('bounce', { code }); break;
  }
}`,
    },
    {
      name: 'HTTP status handling',
      code: `
async function call(res) {
  switch (res.status) { case 500: case 503: return retry(); }
  if (res.status >= 500) return retry();
  if (res.statusCode === 554) return retry();
}`,
    },
    {
      name: 'HTTP retry lists, even where SMTP has the same numbers (500, 503)',
      code: `
const RETRYABLE_STATUS_CODES = [408, 429, 500, 502, 503, 504];
const retryableStatuses = new Set([500, 502, 503, 504]);
const RETRY_ON = [429, 500, 503];
function shouldRetryResponse(res) { return res.status === 503 || res.status === 500; }`,
    },
    {
      name: 'small numbers are attempt counts and backoff steps unless a name says code',
      code: `
const retryBackoffSeconds = [1, 2, 5, 10];
function onFailure(msg, attempt) {
  switch (attempt) { case 1: case 5: retry(msg); break; default: giveUp(msg); }
}`,
    },
    {
      name: 'numbers that equal codes in unrelated places: ports, timeouts, amounts',
      code: `
const port = 554;
server.listen(port);
setTimeout(flush, 421);
function charge(amount) { if (amount === 30007) retry(); }
const retryDelayMs = 552;`,
    },
    {
      name: 'after-fix codes may go out again once the message is changed',
      code: `
function onBounce(msg, code) {
  switch (code) {
    case 421: case 451: return;
    case 552:
      shortenBody(msg);
      resend(msg);
      return;
    case 551: case 553: case 554: return suppress(msg);
  }
  if (err.code === '30007') { msg.body = rewriteContent(msg.body); retry(msg); }
}`,
    },
    {
      name: 'lists and predicates of codes not to retry',
      code: `
const NON_RETRYABLE = [551, 552, 553, 554];
const doNotRetry = new Set([551, 552]);
const noRetryCodes = { 552: true, 554: true };
function isNonRetryable(code) { return code === 552 || code === 551; }
function shouldNotRetry(code) { return code !== 421 && code !== 451; }`,
    },
    {
      name: 'a retry map whose non-retryable entries say no',
      code: `
const retryPolicy = new Map([[421, true], [451, true], [552, false], [554, 'never']]);
const retryDelays = { 421: 60_000, 451: 300_000, 552: 0, 553: null };`,
    },
    {
      name: 'a guard before the switch handles permanent codes: the default is not flagged',
      code: `
function onBounce(msg, code) {
  if (isPermanent(code)) return suppress(msg);
  switch (code) {
    case 421: case 451: wait(); break;
    default: requeue(msg);
  }
}`,
    },
    {
      name: 'a range after an unknown guard in a predicate',
      code: `
function isRetryable(code) {
  if (isPermanent(code)) return false;
  return code >= 400;
}
function isRetryableStatus(status) { return status >= 500 || status === 429; }`,
    },
    {
      name: 'ranges and prefixes that name no family',
      code: `
function f(msg, code, version) {
  if (code >= 500) retry(msg);
  if (version.startsWith('5.')) retry(msg);
}`,
    },
    {
      name: 'a throw outside queue workers, and throws in a worker when throwRetries is off',
      code: `
const worker = new Worker('mail', async (job) => {
  try { await send(job.data); } catch (err) {
    switch (err.code) {
      case 421: case 451: throw err;
      case 552: throw err;
    }
  }
});`,
    },
    {
      name: 'an UnrecoverableError ends the job even in a queue worker',
      options: [{ throwRetries: true }],
      code: `
const worker = new Worker('mail', async (job) => {
  try { await send(job.data); } catch (err) {
    switch (err.code) {
      case 421: case 451: throw err;
      case 551: case 552: case 553: case 554: throw new UnrecoverableError(err.message);
    }
  }
});`,
    },
    {
      name: 'a retry written in a callback that this branch does not run',
      code: `
function onBounce(msg, code) {
  switch (code) {
    case 421: case 451: return () => requeue(msg);
    case 552: return () => requeue(msg);
  }
}`,
    },
    {
      name: 'one literal without a code-like name is not enough',
      code: `
function f(msg, status) { if (status === 552) retry(msg); }
const retryCodes = [552];`,
    },
    {
      name: 'a retry helper called with options, not codes',
      code: `
await retry(() => send(msg), { retries: 3, factor: 2 });
await withRetry(send, RETRY_OPTIONS);`,
    },
    {
      name: 'every code but the retryable ones leaves before the retry after the switch',
      code: `
function onBounce(msg, code) {
  switch (code) {
    case 421: case 451: break;
    default: return suppress(msg);
  }
  requeue(msg);
}`,
    },
    {
      name: 'empty switch, switch(true) on other things',
      code: `
function f(code, msg) {
  switch (code) {}
  switch (true) { case msg.urgent: retry(msg); break; }
}`,
    },
  ],
  invalid: [
    {
      name: 'the canonical case: 552 requeued',
      code: `
function onBounce(msg, code) {
  switch (code) {
    case 421:
    case 451:
      requeue(msg);
      break;
    case 552:
      requeue(msg);
      break;
    case 551:
    case 553:
    case 554:
      suppress(msg);
      break;
  }
}`,
      errors: [
        {
          ...branch('SMTP', 552, 'ExceededStorage', AFTER_FIX_CONTENT, 'calls requeue()'),
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'moveToPermanent',
              data: { code: '552' },
              output: `
function onBounce(msg, code) {
  switch (code) {
    case 421:
    case 451:
      requeue(msg);
      break;
    case 552:
    case 551:
    case 553:
    case 554:
      suppress(msg);
      break;
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a label that falls into the retry: removed alone, the body stays with the label before it',
      code: `
function onBounce(msg, code) {
  switch (code) {
    case 421:
    case 552:
      requeue(msg);
      break;
    case 551:
      suppress(msg);
      break;
  }
}`,
      errors: [
        {
          ...branch('SMTP', 552, 'ExceededStorage', AFTER_FIX_CONTENT, 'calls requeue()'),
          line: 5,
          suggestions: move(
            552,
            `
function onBounce(msg, code) {
  switch (code) {
    case 421:
      requeue(msg);
      break;
    case 552:
    case 551:
      suppress(msg);
      break;
  }
}`,
          ),
        },
      ],
    },
    {
      name: 'a first label that falls into the retry; a one-line switch keeps its line',
      code: `
function onBounce(msg, code) {
  switch (code) { case 553: case 421: requeue(msg); break; case 551: suppress(msg); break; }
}`,
      errors: [
        {
          ...branch('SMTP', 553, 'MailboxNameNotAllowed', NEVER_SUPPRESS, 'calls requeue()'),
          line: 3,
          column: 19,
          endColumn: 28,
          suggestions: move(
            553,
            `
function onBounce(msg, code) {
  switch (code) { case 421: requeue(msg); break; case 553: case 551: suppress(msg); break; }
}`,
          ),
        },
      ],
    },
    {
      name: 'no branch ends the message: no suggestion',
      code: `
function onBounce(msg, code) {
  switch (code) {
    case 421: requeue(msg); break;
    case 554: requeue(msg); break;
  }
}`,
      errors: [{ ...branch('SMTP', 554, 'TransactionFailed', NEVER_SUPPRESS, 'calls requeue()'), line: 5 }],
    },
    {
      name: 'fall-through from a logging case into the retry',
      code: `
function onBounce(msg, code) {
  switch (code) {
    case 552:
      log(code);
    case 421:
      requeue(msg);
      break;
    case 551:
      suppress(msg);
  }
}`,
      errors: [
        {
          ...branch('SMTP', 552, 'ExceededStorage', AFTER_FIX_CONTENT, 'calls requeue()'),
          line: 4,
          // The logging body only 552 runs goes with its label; 421 keeps its own.
          suggestions: move(
            552,
            `
function onBounce(msg, code) {
  switch (code) {
    case 421:
      requeue(msg);
      break;
    case 552:
    case 551:
      suppress(msg);
  }
}`,
          ),
        },
      ],
    },
    {
      name: 'a default that retries while permanent codes reach it; the suggestion sends them to the suppressing case',
      code: `
function onBounce(msg, code) {
  switch (code) {
    case 421:
    case 451:
      wait();
      break;
    case 551:
      suppress(msg);
      break;
    default:
      requeue(msg);
  }
}`,
      errors: [
        {
          ...fallback('SMTP', 'this default', 'calls requeue()', codes('smtp', all(groupsOf('smtp', 421, 451, 551), except(551)))),
          line: 11,
          column: 5,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'sendToPermanent',
              data: { codes: codes('smtp', all(groupsOf('smtp', 421, 451, 551), except(551))) },
              output: `
function onBounce(msg, code) {
  switch (code) {
    case 421:
    case 451:
      wait();
      break;
${caseLines('smtp', all(groupsOf('smtp', 421, 451, 551), except(551)), '    ')}    case 551:
      suppress(msg);
      break;
    default:
      requeue(msg);
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a final else that retries; maxListed caps the list',
      options: [{ maxListed: 2 }],
      code: `
function onBounce(msg, smtpCode) {
  if (smtpCode === 421 || smtpCode === 451) wait();
  else requeue(msg);
}`,
      errors: [
        {
          ...fallback('SMTP', 'this else', 'calls requeue()', codes('smtp', groupsOf('smtp', 421, 451), 2)),
          line: 4,
          column: 3,
          endColumn: 7,
        },
      ],
    },
    {
      name: "Twilio: the === '21610' comparison, moved to the branch that ends the message",
      code: `
function onError(msg, err) {
  if (err.code === '21610' || err.code === '30003') {
    retry(msg);
  } else if (err.code === '30006') {
    markFailed(msg);
  }
}`,
      errors: [
        {
          ...branch('Twilio', 21610, 'Unsubscribed', NEVER_SUPPRESS, 'calls retry()'),
          line: 3,
          column: 7,
          endColumn: 27,
          suggestions: move(
            21610,
            `
function onError(msg, err) {
  if (err.code === '30003') {
    retry(msg);
  } else if (err.code === '30006' || err.code === '21610') {
    markFailed(msg);
  }
}`,
          ),
        },
      ],
    },
    {
      name: 'Twilio 30007 in a switch on a template literal and String(), with optional chaining',
      code: `
function onStatus(msg, err) {
  switch (String(err?.code)) {
    case \`30003\`: requeue(msg); break;
    case \`30007\`: requeue(msg); break;
  }
}`,
      errors: [{ ...branch('Twilio', 30007, 'CarrierViolation', AFTER_FIX_CONTENT, 'calls requeue()'), line: 5, column: 5, endColumn: 18 }],
    },
    {
      name: 'as casts and satisfies around the subject and the case tests',
      code: `
function onBounce(msg, err) {
  switch (err!.code as number) {
    case 421 as const: requeue(msg); break;
    case (551 satisfies number): requeue(msg); break;
  }
}`,
      errors: [{ ...branch('SMTP', 551, 'UserNotLocal', NEVER_SUPPRESS, 'calls requeue()'), line: 5 }],
    },
    {
      name: 'switch (true) on code comparisons: the comparison is reported',
      code: `
function onBounce(msg, code) {
  switch (true) {
    case code === 421: requeue(msg); break;
    case code === 552: requeue(msg); break;
  }
}`,
      errors: [{ ...branch('SMTP', 552, 'ExceededStorage', AFTER_FIX_CONTENT, 'calls requeue()'), line: 5, column: 10, endColumn: 22 }],
    },
    {
      name: 'a retry limit does not make a blind retry of 552 right',
      code: `
function onBounce(msg, err, attempts) {
  if (err.code === 552 && attempts < 3) requeue(msg);
  else if (err.code === 551) suppress(msg);
}`,
      errors: [{ ...branch('SMTP', 552, 'ExceededStorage', AFTER_FIX_CONTENT, 'calls requeue()'), line: 3, column: 7, endColumn: 23 }],
    },
    {
      name: 'a range after the branch that takes 552: it still takes in the other permanent replies',
      code: `
function onBounce(msg, code) {
  if (code === 552) {
    suppress(msg);
  } else if (code >= 500) {
    requeue(msg);
  }
}`,
      errors: [
        {
          ...range('code >= 500', 'SMTP', 'calls requeue()', codes('smtp', all(groupsOf('smtp', 552), from(500), except(552)))),
          line: 5,
          column: 14,
          endColumn: 25,
        },
      ],
    },
    {
      name: "a prefix in a chain with SMTP literals; the chain's literals name the family",
      code: `
function onBounce(msg, code) {
  if (code === 421 || code === 451) wait();
  else if (String(code).startsWith('5')) requeue(msg);
}`,
      errors: [
        {
          ...range("String(code).startsWith('5')", 'SMTP', 'calls requeue()', codes('smtp', all(groupsOf('smtp', 421, 451), startingWith('5')))),
          line: 4,
          column: 12,
          endColumn: 40,
        },
      ],
    },
    {
      name: 'a pattern and an enhanced status class',
      code: `
function onBounce(msg, bounce, dsn) {
  if (/^5\\d\\d$/.test(bounce.code)) requeue(msg);
  if (dsn.status.startsWith('5.')) requeue(msg);
}`,
      errors: [
        { ...range('/^5\\d\\d$/.test(bounce.code)', 'SMTP', 'calls requeue()', codes('smtp', startingWith('5'))), line: 3, column: 7 },
        { ...range("dsn.status.startsWith('5.')", ENHANCED.family, 'calls requeue()', ENHANCED.codes), line: 4, column: 7 },
      ],
    },
    {
      name: 'negations: everything but some codes goes to retry',
      code: `
const PERMANENT_SMTP = [551, 553, 554];
function onBounce(msg, smtpCode) {
  if (!PERMANENT_SMTP.includes(smtpCode)) requeue(msg);
}
function onReply(msg, replyCode) {
  if (replyCode !== 551 && replyCode !== 553) requeue(msg);
}`,
      errors: [
        {
          ...range('!PERMANENT_SMTP.includes(smtpCode)', 'SMTP', 'calls requeue()', codes('smtp', all(groupsOf('smtp', 551, 553, 554), except(551, 553, 554)))),
          line: 4,
          column: 7,
        },
        {
          ...range('replyCode !== 551 && replyCode !== 553', 'SMTP', 'calls requeue()', codes('smtp', all(groupsOf('smtp', 551, 553), except(551, 553)))),
          line: 7,
          column: 7,
        },
      ],
    },
    {
      // Codes no case names share one way to the default; a fix there lets only the after-fix ones through.
      name: 'a default that changes the message before requeueing it: only codes that must never be retried',
      code: `
function onBounce(msg, code) {
  switch (code) {
    case 421: case 451: wait(); break;
    default:
      shortenBody(msg);
      requeue(msg);
  }
}`,
      errors: [{ ...fallback('SMTP', 'this default', 'calls requeue()', codes('smtp', NEVER_BASIC)) }],
    },
    {
      name: 'a default that only codes a fix could help still reach: they are reported there',
      code: onlyAfterFixReachDefault(''),
      errors: [
        {
          ...fallback('SMTP', 'this default', 'calls requeue()', codes('smtp', AFTER_FIX_BASIC)),
          suggestions: [
            {
              messageId: 'sendToPermanent',
              data: { codes: codes('smtp', AFTER_FIX_BASIC) },
              output: onlyAfterFixReachDefault(caseLines('smtp', AFTER_FIX_BASIC, '    ')),
            },
          ],
        },
      ],
    },
    {
      name: 'a test around the switch that may keep some codes out: those it surely lets in are reported',
      code: `
function onBounce(msg, code) {
  if (code < 550 || isSoftBounce(msg)) {
    switch (code) {
      case 421: case 451: wait(); break;
      default: requeue(msg);
    }
  }
}`,
      errors: [{ ...fallback('SMTP', 'this default', 'calls requeue()', codes('smtp', all(groupsOf('smtp', 421, 451), (entry) => Number(entry.code) < 550))) }],
    },
    {
      name: 'a null check before the switch does not hide the default',
      code: `
function onBounce(msg, code) {
  if (!code || code == null) return;
  switch (code) {
    case 421: case 451: wait(); break;
    case 551: case 553: case 554: suppress(msg); break;
    default: requeue(msg);
  }
}`,
      errors: [
        {
          ...fallback('SMTP', 'this default', 'calls requeue()', codes('smtp', NULL_CHECK_REACHING)),
          line: 7,
          column: 5,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'sendToPermanent',
              data: { codes: codes('smtp', NULL_CHECK_REACHING) },
              output: `
function onBounce(msg, code) {
  if (!code || code == null) return;
  switch (code) {
    case 421: case 451: wait(); break;
${caseLines('smtp', NULL_CHECK_REACHING, '    ')}    case 551: case 553: case 554: suppress(msg); break;
    default: requeue(msg);
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a typeof guard does not hide the codes a switch names (providers send numeric codes as text)',
      code: `
function onError(msg, code) {
  if (typeof code !== 'string') return;
  switch (code) {
    case '30003': case '30007': retry(msg); break;
  }
}`,
      errors: [{ ...branch('Twilio', 30007, 'CarrierViolation', AFTER_FIX_CONTENT, 'calls retry()'), line: 5, column: 19, endColumn: 32 }],
    },
    {
      name: 'the retry after if statements that return: codes no branch takes reach it',
      code: `
async function handle(msg, code) {
  if (code === 21610) { await optOut(msg.to); return; }
  if (code === 30007) { log(code); return; }
  await retryLater(msg);
}`,
      errors: [
        {
          ...fallback('Twilio', 'the code after the if', 'calls retryLater()', codes('twilio', all(groupsOf('twilio', 21610, 30007), except(21610, 30007)))),
          line: 5,
          column: 9,
          endColumn: 24,
        },
      ],
    },
    {
      name: 'the retry after a switch without default; a case that only breaks reaches it too',
      code: `
function onBounce(msg, code) {
  switch (code) {
    case 421: case 451: break;
    case 551: case 553: return suppress(msg);
    case 552: log(code); break;
  }
  requeue(msg);
}`,
      errors: [
        {
          ...fallback('SMTP', 'the code after the switch', 'calls requeue()', codes('smtp', all(groupsOf('smtp', 421, 451, 551, 552, 553), except(551, 553)))),
          line: 8,
          column: 3,
          endColumn: 15,
        },
      ],
    },
    {
      name: 'a retry list reports the element: [421, 450, 451, 552] flags 552',
      code: `const RETRYABLE_CODES = [421, 450, 451, 552];`,
      errors: [{ ...listed('SMTP', 552, 'ExceededStorage', AFTER_FIX_CONTENT, 'RETRYABLE_CODES'), line: 1, column: 41, endColumn: 44 }],
    },
    {
      name: 'Set, Map, object keys, computed keys, spreads, Object.freeze, as const and satisfies',
      code: `
import { SmtpReply } from 'eslint-plugin-delivery-codes/codes';
const TRANSIENT = [SmtpReply.ServiceNotAvailable, SmtpReply.LocalErrorInProcessing] satisfies number[];
const softBounces = Object.freeze(new Set([...TRANSIENT, 553]));
const retryDelays = new Map([[421, 60], [451, 300], [551, 600]]);
const temporaryFailures = { 421: 'wait', 451: 'wait', 554: 'retry' } as const;
const retryAfter = { [SmtpReply.ServiceNotAvailable]: 60, [SmtpReply.ExceededStorage]: 600 };`,
      errors: [
        { ...listed('SMTP', 553, 'MailboxNameNotAllowed', NEVER_SUPPRESS, 'softBounces'), line: 4, column: 58 },
        { ...listed('SMTP', 551, 'UserNotLocal', NEVER_SUPPRESS, 'retryDelays'), line: 5, column: 54 },
        { ...listed('SMTP', 554, 'TransactionFailed', NEVER_SUPPRESS, 'temporaryFailures'), line: 6, column: 55 },
        { ...listed('SMTP', 552, 'ExceededStorage', AFTER_FIX_CONTENT, 'retryAfter'), line: 7, column: 60, endColumn: 85 },
      ],
    },
    {
      name: 'lists passed to a retry helper, as an argument or as an option',
      code: `
await withRetry(() => send(msg), { retryOn: [421, 451, 552] });
retryOnCodes([421, 451, 554]);
class Mailer { static RETRYABLE = new Set([421, 551]); }
config.retryableCodes = [451, 553];`,
      errors: [
        { ...listed('SMTP', 552, 'ExceededStorage', AFTER_FIX_CONTENT, 'retryOn'), line: 2, column: 56 },
        { ...listed('SMTP', 554, 'TransactionFailed', NEVER_SUPPRESS, 'the list passed to retryOnCodes()'), line: 3, column: 25 },
        { ...listed('SMTP', 551, 'UserNotLocal', NEVER_SUPPRESS, 'RETRYABLE'), line: 4, column: 49 },
        { ...listed('SMTP', 553, 'MailboxNameNotAllowed', NEVER_SUPPRESS, 'retryableCodes'), line: 5, column: 31 },
      ],
    },
    {
      name: 'a private field, quoted number keys, a conditional and a try in predicates',
      code: `
class Mailer { #retryable = [421, 552]; }
const retryPolicy = { '421': true, '554': true };
function isRetryable(code) { return code === 553 ? true : code === 421; }
function shouldRetry(code) { try { return code === 551; } catch { return false; } }`,
      errors: [
        { ...listed('SMTP', 552, 'ExceededStorage', AFTER_FIX_CONTENT, 'retryable'), line: 2, column: 35, endColumn: 38 },
        { ...listed('SMTP', 554, 'TransactionFailed', NEVER_SUPPRESS, 'retryPolicy'), line: 3, column: 36, endColumn: 41 },
        { ...predicate('isRetryable', 'SMTP', '553 MailboxNameNotAllowed'), line: 4, column: 37, endColumn: 49 },
        { ...predicate('shouldRetry', 'SMTP', '551 UserNotLocal'), line: 5, column: 43, endColumn: 55 },
      ],
    },
    {
      name: 'a list used by a condition is reported once, on its element',
      code: `
const RETRYABLE = [421, 451, 552];
function onBounce(msg, code) {
  if (RETRYABLE.includes(code)) requeue(msg);
}`,
      errors: [{ ...listed('SMTP', 552, 'ExceededStorage', AFTER_FIX_CONTENT, 'RETRYABLE'), line: 2, column: 30 }],
    },
    {
      name: 'predicates: a disjunction, a switch whose default says yes, a filter that lets the rest through',
      code: `
function isRetryable(code) {
  return code === 421 || code === 451 || code === 552;
}
function shouldRetry(code) {
  switch (code) {
    case 421: case 451: return true;
    case 551: return false;
    default: return true;
  }
}
const isTransient = (smtpCode) => {
  if (smtpCode === 551 || smtpCode === 553) return false;
  return true;
};`,
      errors: [
        { ...predicate('isRetryable', 'SMTP', '552 ExceededStorage'), line: 3, column: 42, endColumn: 54 },
        {
          ...predicate('shouldRetry', 'SMTP', codes('smtp', all(groupsOf('smtp', 421, 451, 551), except(421, 451, 551)))),
          line: 9,
          column: 5,
          endColumn: 13,
        },
        { ...predicate('isTransient', 'SMTP', codes('smtp', all(groupsOf('smtp', 551, 553), except(551, 553)))), line: 14, column: 3, endColumn: 15 },
      ],
    },
    {
      name: 'predicates as options and methods',
      code: `
pRetry(() => send(msg), { shouldRetry: (err) => [30003, 30410].includes(err.code) === true || err.code === 21610 });
class Policy {
  canRetry(smtpCode) { return smtpCode >= 400; }
}`,
      errors: [
        { ...predicate('shouldRetry', 'Twilio', '21610 Unsubscribed'), line: 2, column: 95, endColumn: 113 },
        { ...predicate('canRetry', 'SMTP', codes('smtp', from(400))), line: 4, column: 31, endColumn: 46 },
      ],
    },
    {
      name: 'sinks: a queue add of the same job, { retry: true }, status back to queued, a delayed resend, a shouldRetry flag',
      code: `
async function onFailed(job, err) {
  switch (err.code) {
    case 421: case 451: await retryQueue.add('send', job.data); break;
    case 551: await retryQueue.add('send', job.data); break;
    case 552: return { retry: true };
    case 553: job.data.status = 'queued'; break;
    case 554: setTimeout(() => sendMail(job.data), 60_000); break;
  }
  if (err.code === '30007' || err.code === '30003') setTimeout(resend, 1000, job.data);
  if (err.code === '30005' || err.code === '30003') job.shouldRetry = true;
}`,
      errors: [
        { ...branch('SMTP', 551, 'UserNotLocal', NEVER_SUPPRESS, 'calls retryQueue.add()'), line: 5 },
        { ...branch('SMTP', 552, 'ExceededStorage', AFTER_FIX_CONTENT, 'sets retry: true'), line: 6 },
        { ...branch('SMTP', 553, 'MailboxNameNotAllowed', NEVER_SUPPRESS, "sets status back to 'queued'"), line: 7 },
        { ...branch('SMTP', 554, 'TransactionFailed', NEVER_SUPPRESS, 'sends again from setTimeout()'), line: 8 },
        { ...branch('Twilio', 30007, 'CarrierViolation', AFTER_FIX_CONTENT, 'sends again from setTimeout()'), line: 10 },
        { ...branch('Twilio', 30005, 'UnknownDestination', NEVER_VERIFY, 'sets shouldRetry = true'), line: 11 },
      ],
    },
    {
      name: 'in a queue worker with throwRetries, a plain throw is a retry',
      options: [{ throwRetries: true }],
      code: `
const worker = new Worker('mail', async (job) => {
  try { await send(job.data); } catch (err) {
    switch (err.code) {
      case 421: case 451: throw err;
      case 552: throw err;
      case 551: case 553: case 554: throw new UnrecoverableError(err.message);
    }
  }
});`,
      errors: [
        {
          ...branch('SMTP', 552, 'ExceededStorage', AFTER_FIX_CONTENT, 'throws, which makes the queue retry'),
          line: 6,
          suggestions: move(
            552,
            `
const worker = new Worker('mail', async (job) => {
  try { await send(job.data); } catch (err) {
    switch (err.code) {
      case 421: case 451: throw err;
      case 552:
      case 551: case 553: case 554: throw new UnrecoverableError(err.message);
    }
  }
});`,
          ),
        },
      ],
    },
    {
      name: 'allowResendAfterFix: false flags even a fixed resend; a fix after the resend never counts',
      options: [{ allowResendAfterFix: false }],
      code: `
function onBounce(msg, code) {
  if (code === 421 || code === 451) return;
  if (code === 552) { shortenBody(msg); resend(msg); }
}`,
      errors: [{ ...branch('SMTP', 552, 'ExceededStorage', AFTER_FIX_CONTENT, 'calls resend()'), line: 4, column: 7, endColumn: 19 }],
    },
    {
      name: 'a fix after the resend, and a fix for a code that no fix helps',
      code: `
function onBounce(msg, code) {
  switch (code) {
    case 421: case 451: return;
    case 552: resend(msg); shortenBody(msg); return;
    case 551: shortenBody(msg); resend(msg); return;
  }
}`,
      errors: [
        { ...branch('SMTP', 552, 'ExceededStorage', AFTER_FIX_CONTENT, 'calls resend()'), line: 5 },
        { ...branch('SMTP', 551, 'UserNotLocal', NEVER_SUPPRESS, 'calls resend()'), line: 6 },
      ],
    },
    {
      name: 'collect.AI: a permanent bounce retried, moved to the suppressing case',
      code: `
function onEvent(msg, reason) {
  switch (reason) {
    case 'BOUNCE_TRANSIENT_GENERAL':
    case 'BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE':
      return retry(msg);
    case 'BOUNCE_PERMANENT_GENERAL':
      return suppress(msg);
  }
}`,
      errors: [
        {
          ...branch(
            'collect.AI (email)',
            'BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE',
            'BouncePermanentMailboxUnavailable',
            NEVER_SUPPRESS,
            'calls retry()',
          ),
          line: 5,
          suggestions: move(
            'BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE',
            `
function onEvent(msg, reason) {
  switch (reason) {
    case 'BOUNCE_TRANSIENT_GENERAL':
      return retry(msg);
    case 'BOUNCE_PERMANENT_MAILBOX_UNAVAILABLE':
    case 'BOUNCE_PERMANENT_GENERAL':
      return suppress(msg);
  }
}`,
          ),
        },
      ],
    },
    {
      name: 'Salesmsg and Connection Card Pro retry lists and predicates',
      code: `
const retryableSalesmsgErrors = ['Provider_error', 'Duplicate_message'];
function isRetryableCcp(error) {
  return ['Network Error', 'Unreachable', 'Message blocked by STOP'].includes(error);
}`,
      errors: [
        {
          ...listed('Salesmsg', 'Provider_error', 'ProviderError', 'must not be retried unchanged: only a changed message can succeed', 'retryableSalesmsgErrors'),
          line: 2,
          column: 34,
        },
        {
          ...listed('Salesmsg', 'Duplicate_message', 'DuplicateMessage', AFTER_FIX_CONTENT, 'retryableSalesmsgErrors'),
          line: 2,
          column: 52,
        },
        { ...predicate('isRetryableCcp', 'Connection Card Pro', 'Message blocked by STOP MessageBlockedByStop'), line: 4, column: 43 },
      ],
    },
    {
      name: 'Webex Connect: the SMS channel is told by its codes',
      code: `
function onStatus(msg, status) {
  switch (status) {
    case 7201: case 7206: case 7207: requeue(msg); break;
    case 7203: requeue(msg); break;
    case 7513: optOut(msg.to); break;
  }
}`,
      errors: [
        {
          ...branch('Webex Connect (sms)', 7203, 'SmsUnknownSubscriber', NEVER_SUPPRESS, 'calls requeue()'),
          line: 5,
          suggestions: move(
            7203,
            `
function onStatus(msg, status) {
  switch (status) {
    case 7201: case 7206: case 7207: requeue(msg); break;
    case 7203:
    case 7513: optOut(msg.to); break;
  }
}`,
          ),
        },
      ],
    },
    // Needs the Vonage family in the catalog.
    ...('vonage' in FAMILIES
      ? [
          {
            name: 'small numbers are codes when a family word names them (Vonage delivery receipts)',
            code: `const RETRYABLE_VONAGE_CODES = [2, 3];`,
            errors: [
              { ...listed('Vonage SMS', 3, 'AbsentSubscriberPermanent', NEVER_SUPPRESS, 'RETRYABLE_VONAGE_CODES'), line: 1, column: 36 },
            ],
          },
        ]
      : []),
    {
      name: 'custom names: a retry callee, a fix callee, a collection and a predicate pattern',
      options: [
        {
          retryCallees: '^bounceBack$',
          fixCallees: '^slim$',
          retryCollectionPattern: '^again',
          retryPredicatePattern: '^worthAnotherGo$',
        },
      ],
      code: `
function onBounce(msg, code) {
  switch (code) {
    case 421: bounceBack(msg); break;
    case 552: slim(msg); bounceBack(msg); break;
    case 554: bounceBack(msg); break;
  }
}
const againCodes = [421, 554];
const retryable = [421, 553];
function worthAnotherGo(code) { return code === 451 || code === 551; }`,
      errors: [
        { ...branch('SMTP', 554, 'TransactionFailed', NEVER_SUPPRESS, 'calls bounceBack()'), line: 6 },
        { ...listed('SMTP', 554, 'TransactionFailed', NEVER_SUPPRESS, 'againCodes'), line: 9, column: 26 },
        { ...predicate('worthAnotherGo', 'SMTP', '551 UserNotLocal'), line: 11, column: 56 },
      ],
    },
    {
      name: 'minLiterals and codeNamePattern decide when one literal is enough',
      options: [{ minLiterals: 1, codeNamePattern: '^status$' }],
      code: `
function f(msg, status, amount) {
  if (status === 552) retry(msg);
  if (amount === 554) retry(msg);
}`,
      errors: [
        { ...branch('SMTP', 552, 'ExceededStorage', AFTER_FIX_CONTENT, 'calls retry()'), line: 3 },
        { ...branch('SMTP', 554, 'TransactionFailed', NEVER_SUPPRESS, 'calls retry()'), line: 4 },
      ],
    },
  ],
});

javascriptTester.run(`${name} (JavaScript, no types)`, rule, {
  valid: [
    {
      name: 'plain JavaScript that handles codes correctly',
      code: `
function onBounce(msg, err) {
  switch (err?.code) {
    case 421: case 451: requeue(msg); break;
    default: suppress(msg);
  }
  const LABELS = { 552: 'Mailbox full' };
}`,
    },
  ],
  invalid: [
    {
      name: 'plain JavaScript: a case, a default, a list and a predicate',
      code: `
function onBounce(msg, err) {
  switch (err?.code) {
    case 421: case 451: requeue(msg); break;
    case 552: requeue(msg); break;
    default: requeue(msg);
  }
}
const RETRYABLE = new Set([421, 451, 554]);
const isRetryable = (code) => RETRYABLE.has(code) || code === 553;`,
      errors: [
        { ...branch('SMTP', 552, 'ExceededStorage', AFTER_FIX_CONTENT, 'calls requeue()'), line: 5 },
        { ...fallback('SMTP', 'this default', 'calls requeue()', codes('smtp', all(groupsOf('smtp', 421, 451, 552), except(552)))), line: 6 },
        { ...listed('SMTP', 554, 'TransactionFailed', NEVER_SUPPRESS, 'RETRYABLE'), line: 9, column: 38 },
        { ...predicate('isRetryable', 'SMTP', '553 MailboxNameNotAllowed'), line: 10, column: 54 },
      ],
    },
  ],
});

describe(`${name}: the exact text of every message`, () => {
  const linter = new Linter({ configType: 'flat' });
  const lint = (code: string) =>
    linter.verify(code, [
      {
        plugins: { 'delivery-codes': { rules: { [name]: rule as unknown as Rule.RuleModule } } },
        rules: { [`delivery-codes/${name}`]: 'error' },
      },
    ]);

  it.each([
    [
      'switch (code) { case 421: requeue(msg); break; case 552: requeue(msg); break; case 551: suppress(msg); }',
      'SMTP 552 ExceededStorage must not be retried unchanged: only a changed message can succeed (fix-content); this branch calls requeue().',
      'Move 552 to the branch that already ends the message.',
    ],
    [
      "if (err.code === '21610') retry(msg);",
      'Twilio 21610 Unsubscribed must never be retried: resending cannot succeed (suppress-recipient); this branch calls retry().',
      undefined,
    ],
    [
      'switch (code) { case 421: case 451: wait(); break; case 551: case 553: suppress(msg); break; default: requeue(msg); }',
      `SMTP codes that must not be retried reach this default, which calls requeue(): ${codes('smtp', all(groupsOf('smtp', 421, 451, 551, 553), except(551, 553)))}.`,
      `Send ${codes('smtp', all(groupsOf('smtp', 421, 451, 551, 553), except(551, 553)))} to the branch that already ends the message.`,
    ],
    [
      'const RETRYABLE = [421, 450, 451, 552];',
      'SMTP 552 ExceededStorage must not be retried unchanged: only a changed message can succeed (fix-content); RETRYABLE sends it to retry.',
      undefined,
    ],
    [
      'if (smtpCode >= 400) requeue(msg);',
      `smtpCode >= 400 takes SMTP codes that must not be retried into a branch that calls requeue(): ${codes('smtp', from(400))}.`,
      undefined,
    ],
    [
      'function isRetryable(code) { return code === 421 || code === 554; }',
      'isRetryable() returns true for SMTP codes that must not be retried: 554 TransactionFailed.',
      undefined,
    ],
  ])('%s', (code, message, suggestion) => {
    const [report, ...rest] = lint(code);
    expect(rest).toEqual([]);
    expect(report?.message).toBe(message);
    expect(report?.suggestions?.[0]?.desc).toBe(suggestion);
  });
});
