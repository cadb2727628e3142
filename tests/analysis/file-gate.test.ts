/**
 * The file gate (src/analysis/file-gate.ts) lets the rules skip, without type
 * information, a file none of whose tokens could lead to a report. Two things
 * are checked: what opens and what keeps it closed, token by token; and that
 * it never hides a report, by linting random programs with the gate switched
 * off (the module mocked) and requiring the real gate to be open wherever a
 * rule reports.
 */
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { TSESLint } from '@typescript-eslint/utils';
import { DEFAULT_CODE_NAME_PATTERN } from '../../src/analysis/family.ts';
import plugin from '../../src/index.ts';
import { DEFAULT_RETRY_CODE_NAME_PATTERN } from '../../rules/no-retry-non-retryable.ts';

vi.mock('../../src/analysis/file-gate.ts', async (importActual) => ({
  ...(await importActual<typeof import('../../src/analysis/file-gate.ts')>()),
  skipsFile: () => false,
}));

const { untypedFileMayHoldCodes } = await vi.importActual<typeof import('../../src/analysis/file-gate.ts')>('../../src/analysis/file-gate.ts');

function opens(text: string, pattern = DEFAULT_CODE_NAME_PATTERN): boolean {
  const { ast } = tsParser.parseForESLint(text, { range: true, loc: true, tokens: true, comment: true });
  return untypedFileMayHoldCodes({ ast } as unknown as TSESLint.SourceCode, pattern);
}

describe('what opens the gate', () => {
  it.each([
    ['a telling code as a number', 'if (x === 30007) retry();'],
    ['the same code in hexadecimal', 'if (x === 0x7537) retry();'],
    ['a code with separators', 'if (x === 30_007) retry();'],
    ['a code as text', "if (x === '30007') retry();"],
    ['a code in a template', 'if (x === `30007`) retry();'],
    ['an enhanced status code', "if (x === '5.1.1') retry();"],
    ['a text code', "if (x === 'BOUNCE_PERMANENT_GENERAL') retry();"],
    ["a family's word in a name", 'if (smtpReply > 3) retry();'],
    ["a family's word in a string key", "if (payload['twilio_status'] === 3) retry();"],
    ['a generated enum whose name has no family word', 'if (x === ConnectionCardProStatus.Blocked) retry();'],
    ['a name the pattern matches', 'if (errorCode === 3) retry();'],
    ['a string key the pattern matches', "if (payload['error_code'] === 3) retry();"],
    ['a private name the pattern matches', 'class Sender { #error_code = 3; check() { if (this.#error_code === 3) retry(); } }'],
    ['a string with an escape, which it cannot read', "if (x === '\\u0033') retry();"],
  ])('%s', (_, text) => {
    expect(opens(text)).toBe(true);
  });

  it('matches names against the rule’s own pattern', () => {
    expect(opens('if (code === 3) retry();')).toBe(false);
    expect(opens('if (code === 3) retry();', /^(?:code|error_?code)$/i)).toBe(true);
  });
});

describe('what keeps it closed', () => {
  it.each([
    ['everyday numbers', 'for (let i = 0; i < 10; i++) if (i === 3 || res.status === 404) total += 1;'],
    ['plain words', "if (order.state === 'delivered' || order.state === 'paid') notify(order);"],
    ['numbers no family knows', 'const limit = 123456; const ratio = 0.25;'],
  ])('%s', (_, text) => {
    expect(opens(text)).toBe(false);
  });
});

// ------------------------------------------------------------------ it never hides a report

// Names that say nothing come twice as often: then only the literals can open the gate.
const SUBJECTS = ['code', 'errorCode', 'err.code', 'smtpReply', 'reason', 'emailStatus', 'mailResult', 'vonageState', 'status', 'x', 'result.kind', 'status', 'x', 'result.kind'];
const NUMBERS = ['30007', '30003', '21610', '552', '550', '421', '450', '404', '200', '500', '503', '3', '0', '5', '100', '99999', '30070', '0x7537'];
const TEXTS = ["'5.1.1'", "'30007'", "'delivered'", "'failed'", "'paid'", "'BOUNCE_PERMANENT_GENERAL'", '`21211`', "'hard'", "'soft'"];
const BODIES = ['retry(msg);', 'return;', 'markFailed(msg);', 'queue.add(msg);', 'throw new Error("x");'];

const subject = fc.constantFrom(...SUBJECTS);
const value = fc.constantFrom(...NUMBERS, ...TEXTS);
const body = fc.constantFrom(...BODIES);

/** The program with every text literal turned into a number, so that numbers alone have to open the gate. */
function onlyNumbers(statement: string): string {
  return statement.replace(/'[^']*'|`[^`]*`/g, (text) => NUMBERS[text.length % NUMBERS.length] as string);
}

const switchProgram = fc
  .record({ subject, cases: fc.array(fc.tuple(value, body), { minLength: 0, maxLength: 5 }), fallback: fc.option(body) })
  .map(({ subject, cases, fallback }) => {
    const clauses = cases.map(([v, b]) => `    case ${v}: ${b} break;`).join('\n');
    const tail = fallback === null ? '' : `\n    default: ${fallback}`;
    return `switch (${subject}) {\n${clauses}${tail}\n  }`;
  });
const chainProgram = fc
  .record({ subject, tests: fc.array(fc.tuple(value, body), { minLength: 1, maxLength: 4 }), fallback: fc.option(body) })
  .map(({ subject, tests, fallback }) => {
    const chain = tests.map(([v, b]) => `if (${subject} === ${v}) { ${b} }`).join(' else ');
    return fallback === null ? chain : `${chain} else { ${fallback} }`;
  });
const listProgram = fc
  .record({ name: fc.constantFrom('RETRYABLE', 'retryableCodes', 'PERMANENT', 'items'), values: fc.array(value, { minLength: 1, maxLength: 5 }) })
  .map(({ name, values }) => `const ${name} = [${values.join(', ')}];`);

// The subjects are free names: a parameter list would put every name in every program.
const program = fc
  .array(fc.oneof(switchProgram, chainProgram, listProgram), { minLength: 1, maxLength: 3 })
  .chain((statements) => fc.boolean().map((numbersOnly) => (numbersOnly ? statements.map(onlyNumbers) : statements)))
  .map((statements) => `export function handle(msg, queue) {\n  ${statements.join('\n  ')}\n}\n`);

const RETRY_PATTERN = new RegExp(DEFAULT_RETRY_CODE_NAME_PATTERN, 'i');

describe('the gate never hides a report', () => {
  const rules = Object.fromEntries(Object.keys(plugin.rules).map((name) => [`delivery-codes/${name}`, 'error' as const]));
  const config = [
    { files: ['**/*.ts'], languageOptions: { parser: tsParser }, plugins: { 'delivery-codes': plugin }, rules },
  ] as unknown as Linter.Config[];
  const linter = new Linter();

  it('every program a rule reports on opens it, with each rule’s pattern', () => {
    let reported = 0;
    fc.assert(
      fc.property(program, (text) => {
        const messages = linter.verify(text, config, 'handler.ts');
        expect(messages.filter((message) => message.fatal)).toEqual([]);
        if (messages.length === 0) return;
        reported += 1;
        for (const message of messages) {
          // no-retry-non-retryable also takes a bare `code` for a code name.
          const pattern = message.ruleId === 'delivery-codes/no-retry-non-retryable' ? RETRY_PATTERN : DEFAULT_CODE_NAME_PATTERN;
          expect(opens(text, pattern), `${message.ruleId}: ${message.message}\n${text}`).toBe(true);
        }
      }),
      { numRuns: 500, seed: 0x6a7e },
    );
    // The property means something only if the programs make reports.
    expect(reported).toBeGreaterThan(50);
  });
});
