/**
 * Odd but valid code, every rule on: very large and very deep constructs and
 * the corners of the syntax (decorators, `using`, labels, JSX, generators,
 * private names, casts, exotic case tests). Each case is linted as untyped
 * TypeScript, as JavaScript where it is JavaScript, as TSX where it has JSX,
 * and typed where a program is cheap (the typed rule-test fixture). Every case
 * must parse and lint without an exception; where the outcome is certain, the
 * reports of the two documented rules are asserted too.
 */
import { join } from 'node:path';
import type { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { readCondition } from '../../src/analysis/branches.ts';
import { FAMILIES } from '../../src/generated/index.ts';
import type { CodeEntry } from '../../src/codes/types.ts';
import { typedFixtureDir } from '../rules/rule-tester.ts';
import { everyRuleConfig, lint, newLinter, repoRoot } from './harness.ts';

type Kind = 'ts' | 'tsx' | 'js' | 'typed';

const linter = newLinter();
const untyped = everyRuleConfig();
const typed = everyRuleConfig({ tsconfig: join(typedFixtureDir, 'tsconfig.json'), rootDir: typedFixtureDir });

const FILES: Record<Kind, string> = {
  ts: join(repoRoot, 'odd', 'case.ts'),
  tsx: join(repoRoot, 'odd', 'case.tsx'),
  js: join(repoRoot, 'odd', 'case.js'),
  typed: join(typedFixtureDir, 'file.ts'),
};

function lintAs(kind: Kind, code: string): readonly Linter.LintMessage[] {
  const outcome = lint(linter, kind === 'typed' ? typed : untyped, code, FILES[kind]);
  expect(outcome.parseError, `${kind} parses`).toBeUndefined();
  return outcome.reports;
}

const PERMANENT = 'delivery-codes/handle-permanent-failures';
const STRICT = 'delivery-codes-strict/handle-permanent-failures';
const RETRY = 'delivery-codes/no-retry-non-retryable';

const of = (reports: readonly Linter.LintMessage[], rule: string) => reports.filter((report) => report.ruleId === rule);

/** The codes a report's message lists after its last `: `. */
const listed = (report: Linter.LintMessage) => report.message.slice(report.message.lastIndexOf(': ') + 2).replace(/\.$/, '').split(', ');

const twilio = FAMILIES.twilio.entries;
const carrierViolation = twilio.find((entry) => entry.code === 30007) as CodeEntry;

interface Case {
  readonly name: string;
  readonly kinds: readonly Kind[];
  /** A function of the kind where the text differs: TypeScript-only syntax, or a size a parser cannot take. */
  readonly code: string | ((kind: Kind) => string);
  readonly check?: (reports: readonly Linter.LintMessage[], kind: Kind) => void;
}

/**
 * Every Twilio code but 30007 until there are `count` case labels. The catalog has under 2,000, so the
 * labels come round again, the second time as text: repeated case labels are valid JavaScript.
 */
function twilioLabels(count: number): string[] {
  const codes = twilio.map((entry) => entry.code).filter((code) => code !== carrierViolation.code);
  return Array.from({ length: count }, (_, i) => {
    const code = codes[i % codes.length] as number;
    return Math.floor(i / codes.length) % 2 === 1 ? `'${code}'` : String(code);
  });
}

/** A chain of `terms` comparisons over Twilio codes, in one condition. */
function longChain(terms: number): string {
  const codes = twilio.map((entry) => entry.code);
  const test = Array.from({ length: terms }, (_, i) => `errorCode === ${codes[i % codes.length]}`).join(' || ');
  return `export function onStatus(errorCode, msg) {\n  if (${test}) retry(msg);\n  else markFailed(msg);\n}`;
}

const cases: Case[] = [
  {
    name: 'a 5,000-case switch over numbers',
    kinds: ['ts', 'js'],
    code: `export function label(n) {\n  switch (n) {\n${Array.from({ length: 5000 }, (_, i) => `    case ${i}: return ${i * 2};`).join('\n')}\n  }\n}`,
  },
  {
    name: 'a 5,000-case switch over every Twilio code but one permanent failure reports exactly that one',
    kinds: ['ts', 'js'],
    code: `export function onStatus(errorCode, msg) {\n  switch (errorCode) {\n${twilioLabels(5000)
      .map((label, i) => `    case ${label}:${i % 50 === 49 ? ' handle(msg); break;' : ''}`)
      .join('\n')}\n      handle(msg);\n  }\n}`,
    check: (reports) => {
      expect(carrierViolation.outcome === 'failed' && carrierViolation.permanence === 'permanent').toBe(true);
      for (const rule of [PERMANENT, STRICT]) {
        expect(of(reports, rule).map(listed)).toEqual([[`${carrierViolation.code} ${carrierViolation.name}`]]);
      }
      expect(of(reports, RETRY)).toEqual([]);
    },
  },
  {
    // Shapes of TypeScript's own compiled switches over syntax kinds, which sit among SMTP and WhatsApp codes.
    name: 'numbers that sit near codes: switches over compiled enum values',
    kinds: ['ts', 'js'],
    code: `
export function visit(node, varDecl, moduleResolution) {
  switch (node.kind) {
    case 214 /* CallExpression */: return call(node);
    case 212 /* PropertyAccessExpression */:
    case 213 /* ElementAccessExpression */: return access(node);
    case 227 /* BinaryExpression */: return binary(node);
    case 221 /* DeleteExpression */: return remove(node);
    default: return node;
  }
  switch (varDecl.parent.parent.kind) { case 251 /* ForOfStatement */: case 250 /* ForInStatement */: return true; }
  if (moduleResolution === 100 /* Bundler */) return ['import'];
  else if (moduleResolution === 2 /* Node10 */) return [];
}`,
    check: (reports) => {
      expect(reports).toEqual([]);
    },
  },
  {
    name: 'if statements nested 250 deep around a chain that retries 30007',
    kinds: ['ts', 'js'],
    code: `export function onStatus(errorCode, msg) {\n${'  if (errorCode !== 1) {\n'.repeat(250)}    if (errorCode === 30007 || errorCode === 30003) retry(msg);\n${'  }\n'.repeat(250)}}`,
    check: (reports) => {
      expect(of(reports, RETRY).map((report) => report.message)).toEqual([expect.stringContaining('30007 CarrierViolation')]);
    },
  },
  {
    name: 'an else-if chain 300 branches long',
    kinds: ['ts', 'js'],
    code: `export function onStatus(errorCode, msg) {\n${twilio
      .slice(0, 300)
      .map((entry, i) => `  ${i > 0 ? 'else ' : ''}if (errorCode === ${entry.code}) { handle(msg); }`)
      .join('\n')}\n  else { markFailed(msg); }\n}`,
  },
  {
    // TypeScript's own parser stops near 1,000 terms, espree a few thousand further (how far depends on the stack).
    name: 'a 3,000-term || chain (JavaScript) and a 400-term one (TypeScript)',
    kinds: ['js', 'ts'],
    code: (kind) => longChain(kind === 'js' ? 3000 : 400),
    check: (reports, kind) => {
      expect(of(reports, RETRY).length, kind).toBeGreaterThan(0);
    },
  },
  {
    name: 'decorators, parameter decorators and accessors',
    kinds: ['ts', 'typed'],
    code: `
declare function sealed(c: unknown): void; declare function retryOn(codes: number[]): any; declare function inject(n: string): any;
declare function observable(...a: unknown[]): any; declare function retry(m: unknown): void; declare function markFailed(m: unknown): void;
@sealed
export class Sender {
  @retryOn([30007, 30003])
  send(@inject('msg') msg: unknown, errorCode: number) {
    switch (errorCode) { case 30003: return retry(msg); case 30005: return markFailed(msg); }
  }
  @observable accessor status = 'queued';
}`,
    check: (reports) => {
      // A decorator that retries on a list is a retry list like any other.
      expect(of(reports, RETRY).map((report) => report.message)).toEqual([expect.stringContaining('30007 CarrierViolation')]);
    },
  },
  {
    name: 'using and await using around a switch',
    kinds: ['ts', 'js', 'typed'],
    code: `
export async function onStatus(errorCode, msg, open) {
  using connection = open();
  await using lock = await open();
  switch (errorCode) { case 30003: connection.later(msg); break; case 30007: lock.retry(msg); break; }
}`,
  },
  {
    name: 'labels with break and continue out of a switch',
    kinds: ['ts', 'js'],
    code: `
export function onBatch(errorCode, batch) {
  outer: for (const msg of batch) {
    inner: switch (errorCode) {
      case 30003: continue outer;
      case 30007: retry(msg); break outer;
      default: break inner;
    }
  }
}`,
    check: (reports) => {
      expect(of(reports, RETRY).map((report) => report.message)).toEqual([expect.stringContaining('30007 CarrierViolation')]);
    },
  },
  {
    name: 'JSX around and inside switches',
    kinds: ['tsx', 'js'],
    code: `
export function Status({ errorCode, msg }) {
  switch (errorCode) {
    case 30003: return <Retrying code={30003} />;
    case 30007: return <Failed code={30007}>{msg}</Failed>;
  }
  return <>{(() => { switch (msg.kind) { case 'a': return <b />; default: return null; } })()}</>;
}`,
    check: (reports) => {
      // 30005, 30006, … reach nothing: the JSX is no excuse.
      expect(of(reports, PERMANENT)).toHaveLength(1);
    },
  },
  {
    name: 'generators and async generators',
    kinds: ['ts', 'js'],
    code: `
export function* retries(errorCode, msg) {
  switch (errorCode) { case 30007: yield retry(msg); break; case 30003: yield* more(msg); }
}
export async function* drain(errorCode, batch) {
  for await (const msg of batch) if (errorCode === 30003 || errorCode === 30007) yield await requeue(msg);
}`,
    check: (reports) => {
      // One in each generator: \`yield\` and \`await\` around the retry change nothing.
      expect(of(reports, RETRY).map((report) => [report.line, report.message.includes('30007 CarrierViolation')])).toEqual([
        [3, true],
        [6, true],
      ]);
    },
  },
  {
    name: 'switches on symbols and objects',
    kinds: ['ts', 'js', 'typed'],
    code: `
const A = Symbol('a'); const B = Symbol.for('b'); const objA = {};
export function pick(kind, obj) {
  switch (kind) { case A: return 1; case B: return 2; case Symbol.iterator: return 3; }
  switch (obj) { case objA: return 4; case ({}): return 5; case ([]): return 6; case new Date(): return 7; default: return 8; }
}`,
    check: (reports) => {
      expect([...of(reports, PERMANENT), ...of(reports, RETRY)]).toEqual([]);
    },
  },
  {
    name: 'optional chaining subjects',
    kinds: ['ts', 'js', 'typed'],
    code: `
export function onStatus(event, err, msg) {
  switch (event?.payload?.errorCode) { case 30003: later(msg); break; case 30007: break; }
  if (err?.code === 30007 || err?.['code'] === 30003) retry(msg);
}`,
    check: (reports, kind) => {
      // Typed, \`any\` subjects fall back to the literals: the same findings.
      expect(of(reports, PERMANENT), kind).toHaveLength(1);
      expect(of(reports, RETRY).map((report) => report.message)).toEqual([expect.stringContaining('30007 CarrierViolation')]);
    },
  },
  {
    name: 'as casts, angle-bracket casts and satisfies in subjects and cases',
    kinds: ['ts', 'typed'],
    code: `
declare function later(): void;
export function onStatus(errorCode: unknown) {
  switch (errorCode as number) { case 30003 as number: later(); break; case (30007 satisfies number): break; case <number>30005: break; }
}`,
    check: (reports) => {
      // Read through the casts, 30005 and 30007 are cases: the report lists only the other permanent failures.
      const [report, ...more] = of(reports, PERMANENT);
      expect(more).toEqual([]);
      const missing = report ? listed(report) : [];
      expect(missing.length).toBeGreaterThan(0);
      for (const code of [30005, 30007]) expect(missing.some((item) => item.startsWith(`${code} `))).toBe(false);
    },
  },
  {
    name: 'template literal, tagged template and computed case tests',
    kinds: ['ts', 'js'],
    code: `
const CODES = [30003, 30007]; const table = { x: 30005 };
export function onStatus(errorCode, prefix, fn) {
  switch (errorCode) { case \`30003\`: break; case \`\${prefix}30007\`: break; }
  switch (errorCode) { case String.raw\`30003\`: break; case CODES[0]: break; case table.x: break; case fn(): break; case 30000 + 7: break; }
}`,
    check: (reports) => {
      // A test no one can read may be any code: no claim about what is missing.
      expect(of(reports, PERMANENT)).toEqual([]);
    },
  },
  {
    name: 'empty switches and a lone case',
    kinds: ['ts', 'js'],
    code: `
export function onStatus(errorCode) {
  switch (errorCode) {}
  switch (errorCode) { default: }
  switch (errorCode) { case 30007: }
}`,
    check: (reports) => {
      expect(of(reports, PERMANENT).map((report) => report.line)).toEqual([5]);
    },
  },
  {
    name: 'an empty switch over a literal union: only the type names the codes',
    kinds: ['typed'],
    code: 'export function onStatus(errorCode: 30003 | 30007) {\n  switch (errorCode) {}\n}',
    check: (reports) => {
      expect(of(reports, PERMANENT).map(listed)).toEqual([['30007 CarrierViolation']]);
    },
  },
  {
    name: 'private fields, `#x in obj`, static blocks, getters and setters',
    kinds: ['ts', 'js'],
    code: `
export class Status {
  #code = 30007;
  static #known = [30003, 30007];
  static { if (Status.#known.length === 0) throw new Error('empty'); }
  static isStatus(obj, errorCode, msg) {
    if (#code in obj) { retry(msg); } else if (errorCode === 30003) { retry(msg); } else if (errorCode === 30005) { markFailed(msg); }
  }
  get code() { switch (this.#code) { case 30003: return 'later'; case 30007: return 'failed'; } }
  set code(value) { if (this.#code === 30007 || this.#code === 30006) this.#code = value; }
}`,
    check: (reports) => {
      // \`#code in obj\` may take any code: the chain after it makes no claim.
      expect(of(reports, PERMANENT).map((report) => report.line)).not.toContain(7);
    },
  },
  {
    name: 'constant and enum cycles, BigInt, regular expression and other exotic case tests',
    kinds: ['ts'],
    code: `
const A = B; const B = A; const RETRYABLE_CODES = [...MORE_RETRYABLE, 30003]; const MORE_RETRYABLE = [...RETRYABLE_CODES];
enum E { X = E.Y, Y = E.X, Z = 30007 }
export function onStatus(errorCode, msg) {
  switch (errorCode) { case A: case E.X: case 30003n: case /30007/: case -30007: case void 0: case null: retry(msg); break; }
  switch (true) { case errorCode === 30003: break; case errorCode >= 30000 && errorCode < 30010: retry(msg); break; }
  switch (false) { case errorCode !== 30007: retry(msg); }
  if ((0, errorCode) === 30007 || errorCode === (30003, 30005)) retry(msg);
}`,
  },
];

describe('odd but valid code, every rule on', () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      for (const kind of testCase.kinds) {
        const code = typeof testCase.code === 'string' ? testCase.code : testCase.code(kind);
        testCase.check?.(lintAs(kind, code), kind);
      }
    });
  }

  it('a condition deeper than any call stack is read without recursion', () => {
    // Built as a syntax tree: every parser gives up long before this depth, generated code may not.
    const depth = 200_000;
    const codes = twilio.map((entry) => entry.code);
    const leaf = (i: number) =>
      ({
        type: 'BinaryExpression',
        operator: '===',
        left: { type: 'Identifier', name: 'errorCode' },
        right: { type: 'Literal', value: codes[i % codes.length] },
      }) as unknown as TSESTree.Expression;
    let chain = leaf(0);
    for (let i = 1; i < depth; i++) chain = { type: 'LogicalExpression', operator: '||', left: chain, right: leaf(i) } as unknown as TSESTree.Expression;
    // Literals and plain names need no scope: the context is never asked.
    const context = {} as Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
    const condition = readCondition(chain, context);
    expect(condition?.key).toBe('errorCode');
    expect(condition?.atoms).toHaveLength(depth);
    expect(condition?.atoms[depth - 1]?.literal).toBe(codes[(depth - 1) % codes.length]);
  });
});
