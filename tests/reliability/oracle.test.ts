/**
 * Property-based oracle tests: random switches, if-chains and retry lists over
 * random catalog codes, linted with the two rules whose semantics are
 * documented, and compared with what the catalog alone says they must report.
 *
 * The oracle reads the generated tables directly and restates the documented
 * rules in a few lines: the family is the one family that knows every literal;
 * a family with groups is in scope for the groups its literals belong to, one
 * with channels for the channel its literals belong to; a permanent failure is
 * `outcome: failed` + `permanence: permanent`; a non-retryable code is
 * `outcome: failed` + `retry: never | after-fix`.
 *
 * What the generator keeps to, so that the oracle has one answer:
 * - channel families (Webex Connect, collect.AI) draw only codes that exist in
 *   exactly one channel, never in Webex's `common` part;
 * - literals of one sample are distinct, each branch body ends its case (no
 *   fall-through), `default` is the last clause, the construct is the only
 *   statement of its function (no guards before it, no code after it), and
 *   bodies never call a fix before retrying (so `after-fix` codes are always
 *   findings);
 * - the subject is `errorCode` (a code name for both rules) or `err.code` (a
 *   code name only for no-retry-non-retryable): that is the one place the two
 *   rules' detection differs, and the oracle models it (without a name, two
 *   literals that are not everyday values, one of them a failure); neither names a family,
 *   so a sample whose literals are all everyday values (small numbers, common
 *   HTTP statuses, plain words: the shared table in src/analysis/overlaps.ts,
 *   taken as vocabulary like the catalog) must stay silent;
 * - `maxListed` is raised so that messages name every code and can be compared
 *   as sets (the defaults are exercised by the sweep and the rule tests).
 */
import { join } from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../../src/generated/index.ts';
import type { CodeEntry, FamilyData } from '../../src/codes/types.ts';
import { isCommonValue } from '../../src/analysis/overlaps.ts';
import plugin from '../../src/index.ts';
import { typedFixtureDir } from '../rules/rule-tester.ts';

type Code = number | string;

// ------------------------------------------------------------------ the catalog, read directly

const families: readonly FamilyData[] = Object.values(FAMILIES);

const isPermanent = (entry: CodeEntry) => entry.outcome === 'failed' && entry.permanence === 'permanent';
const isNonRetryable = (entry: CodeEntry) => entry.outcome === 'failed' && (entry.retry === 'never' || entry.retry === 'after-fix');

/** A family that receives its numeric codes as text treats `30007` and `'30007'` as one code. */
function keyOf(family: FamilyData, value: Code): string {
  if (family.sentAsString && /^\d+$/.test(String(value))) return `n:${Number(value)}`;
  return `${typeof value}:${value}`;
}

function knows(family: FamilyData, value: Code): boolean {
  return family.entries.some(
    (entry) => entry.code === value || (family.sentAsString && typeof entry.code === 'number' && String(entry.code) === value),
  );
}

/** How messages name a code: `30007 CarrierViolation`, or just the name when the code is its own name. */
const item = (entry: CodeEntry) => (String(entry.code) === entry.name ? entry.name : `${entry.code} ${entry.name}`);

/** A part of a family codes are drawn from: a group, a channel, or the whole family. */
interface Pool {
  readonly family: FamilyData;
  readonly entries: readonly CodeEntry[];
}

function poolsOf(family: FamilyData): Pool[] {
  if (family.channels.length > 0) {
    const channelsOf = new Map<string, Set<string | undefined>>();
    for (const entry of family.entries) {
      const channels = channelsOf.get(keyOf(family, entry.code)) ?? new Set();
      channels.add(entry.channel);
      channelsOf.set(keyOf(family, entry.code), channels);
    }
    return family.channels
      .filter((channel) => channel.id !== 'common')
      .map((channel) => ({
        family,
        entries: family.entries.filter((entry) => entry.channel === channel.id && channelsOf.get(keyOf(family, entry.code))?.size === 1),
      }))
      .filter((pool) => pool.entries.length > 0);
  }
  if (family.groups.length > 0) {
    return family.groups
      .map((group) => ({ family, entries: family.entries.filter((entry) => entry.group === group.id) }))
      .filter((pool) => pool.entries.length > 0);
  }
  return [{ family, entries: family.entries }];
}

/** The entries a set of literals is answerable for, as the docs describe scopes. */
function scopeOf(family: FamilyData, values: readonly Code[]): CodeEntry[] {
  const keys = new Set(values.map((value) => keyOf(family, value)));
  const named = family.entries.filter((entry) => keys.has(keyOf(family, entry.code)));
  if (family.channels.length > 0) {
    const channels = new Set(named.map((entry) => entry.channel));
    return family.entries.filter((entry) => channels.has(entry.channel));
  }
  if (family.groups.length > 0) {
    const groups = new Set(named.map((entry) => entry.group));
    return family.entries.filter((entry) => groups.has(entry.group));
  }
  return [...family.entries];
}

// ------------------------------------------------------------------ the generated programs

type Action = 'retry' | 'terminal' | 'log' | 'nothing';
type Fallback = 'absent' | 'empty' | 'terminal' | 'log' | 'retry';
type Shape = 'switch' | 'if-chain' | 'list';
type Subject = 'errorCode' | 'err.code';

interface Sample {
  /** A family id, so that a counterexample prints as a few lines rather than a whole catalog table. */
  readonly family: string;
  readonly shape: Shape;
  readonly subject: Subject;
  /** Each branch: the codes it names and what it does. A list has one branch, which retries. */
  readonly branches: readonly { readonly codes: readonly Code[]; readonly action: Action; readonly form: number }[];
  readonly fallback: Fallback;
  /** Typed samples only: codes of the subject's type beyond those the branches name. */
  readonly extra: readonly Code[];
}

const familyOf = (sample: Sample) => families.find((family) => family.id === sample.family) as FamilyData;

function literalOf(family: FamilyData, entry: CodeEntry, asText: boolean): Code {
  return asText && family.sentAsString ? String(entry.code) : entry.code;
}

function sampleArbitrary(typed: boolean): fc.Arbitrary<Sample> {
  const usable = families.filter((family) => !typed || family.channels.length === 0);
  return fc
    .constantFrom(...usable)
    .chain((family) => {
      // Most of Twilio's 37 groups have no permanent failure: lean towards the parts that do.
      const pools = poolsOf(family);
      const withPermanent = pools.filter((pool) => pool.entries.some(isPermanent));
      return withPermanent.length > 0
        ? fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...withPermanent) }, { weight: 1, arbitrary: fc.constantFrom(...pools) })
        : fc.constantFrom(...pools);
    })
    .chain((pool) => {
      const max = pool.entries.length - 1;
      return fc.record({
        pool: fc.constant(pool),
        picked: fc.uniqueArray(fc.nat({ max }), { minLength: 1, maxLength: 8 }),
        // Often every permanent code of the pool (the first 60: programs stay short), so that "nothing missing" comes up too.
        everyPermanent: fc.boolean(),
        asText: fc.boolean(),
        extra: typed ? fc.uniqueArray(fc.nat({ max }), { maxLength: 4 }) : fc.constant<number[]>([]),
        shape: fc.constantFrom<Shape>('switch', 'if-chain', 'list'),
        subject: fc.constantFrom<Subject>('errorCode', 'err.code'),
        slots: fc.array(fc.nat({ max: 3 }), { minLength: 80, maxLength: 80 }),
        actions: fc.array(fc.constantFrom<Action>('retry', 'terminal', 'log', 'nothing'), { minLength: 4, maxLength: 4 }),
        forms: fc.array(fc.nat({ max: 2 }), { minLength: 4, maxLength: 4 }),
        fallback: fc.constantFrom<Fallback>('absent', 'empty', 'terminal', 'log', 'retry'),
      });
    })
    .map(({ pool, picked, everyPermanent, asText, extra, shape, subject, slots, actions, forms, fallback }): Sample => {
      const { family } = pool;
      const chosen = new Set(picked.map((index) => pool.entries[index] as CodeEntry));
      if (everyPermanent) for (const entry of pool.entries.filter(isPermanent).slice(0, 60)) chosen.add(entry);
      // Typed samples write the type's own literals; text forms are an untyped concern.
      const codes = [...chosen].map((entry) => literalOf(family, entry, asText && !typed));
      const uniqueCodes = [...new Map(codes.map((code) => [keyOf(family, code), code])).values()];
      const extraCodes = extra.map((index) => (pool.entries[index] as CodeEntry).code).filter((code) => !uniqueCodes.includes(code));
      if (shape === 'list') {
        return { family: family.id, shape, subject, branches: [{ codes: uniqueCodes, action: 'retry', form: 0 }], fallback, extra: extraCodes };
      }
      const branches = [0, 1, 2, 3]
        .map((slot) => ({
          codes: uniqueCodes.filter((_, index) => slots[index % slots.length] === slot),
          action: actions[slot] as Action,
          form: forms[slot] as number,
        }))
        .filter((branch) => branch.codes.length > 0);
      return { family: family.id, shape, subject, branches, fallback, extra: extraCodes };
    });
}

interface Literal {
  readonly start: number;
  readonly end: number;
  readonly value: Code;
}

/** Source text that remembers where each code literal is, to map reports back to codes. */
class Writer {
  text = '';
  readonly literals: Literal[] = [];
  write(text: string): this {
    this.text += text;
    return this;
  }
  code(value: Code): this {
    const start = this.text.length;
    this.text += typeof value === 'number' ? String(value) : `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    this.literals.push({ start, end: this.text.length, value });
    return this;
  }
}

function body(action: Action | Fallback, subject: string, variant: number): string {
  switch (action) {
    case 'retry':
      return ['retry(msg);', 'requeue(msg);', 'scheduleRetry(msg, 60);'][variant % 3] as string;
    case 'terminal':
      return ['markFailed(msg);', "throw new Error('permanent');", "return 'failed';"][variant % 3] as string;
    case 'log':
      return `console.log('delivery', ${subject});`;
    default:
      return '';
  }
}

function render(sample: Sample, typed: boolean): Writer {
  const out = new Writer();
  const subject = sample.subject;
  const valueType = [...sample.branches.flatMap((branch) => branch.codes), ...sample.extra]
    .map((code) => (typeof code === 'number' ? String(code) : `'${code.replace(/'/g, "\\'")}'`))
    .join(' | ');
  if (typed) {
    out.write(`type Code = ${valueType};\ndeclare function retry(m: unknown): void; declare function requeue(m: unknown): void;\n`);
    out.write('declare function scheduleRetry(m: unknown, s: number): void; declare function markFailed(m: unknown): void;\n');
  }
  const parameter = subject === 'errorCode' ? 'errorCode' : 'err';
  const annotation = typed ? (subject === 'errorCode' ? ': Code' : ': { code: Code }') : '';
  out.write(`export function handle(${parameter}${annotation}, msg${typed ? ': unknown' : ''}) {\n`);
  const fallback = sample.fallback;
  if (sample.shape === 'switch') {
    out.write(`  switch (${subject}) {\n`);
    sample.branches.forEach((branch, index) => {
      for (const code of branch.codes) out.write('    case ').code(code).write(':\n');
      out.write(`      ${body(branch.action, subject, index + branch.form)}\n      break;\n`);
    });
    if (fallback !== 'absent') out.write(`    default:\n      ${body(fallback, subject, 0)}\n      break;\n`);
    out.write('  }\n');
  } else {
    if (sample.shape === 'list') {
      out.write('  const RETRYABLE_CODES = [');
      (sample.branches[0]?.codes ?? []).forEach((code, index) => (index > 0 ? out.write(', ') : out).code(code));
      out.write('];\n  if (RETRYABLE_CODES.includes(').write(subject).write(')) {\n    retry(msg);\n  }');
    } else {
      sample.branches.forEach((branch, index) => {
        out.write(index === 0 ? '  if (' : ' else if (');
        if (branch.form === 2) {
          out.write('[');
          branch.codes.forEach((code, i) => (i > 0 ? out.write(', ') : out).code(code));
          out.write(`].includes(${subject})`);
        } else {
          branch.codes.forEach((code, i) => out.write(i > 0 ? ' || ' : '').write(`${subject} === `).code(code));
        }
        out.write(`) {\n    ${body(branch.action, subject, index + branch.form)}\n  }`);
      });
    }
    if (fallback !== 'absent') out.write(` else {\n    ${body(fallback, subject, 1)}\n  }`);
    out.write('\n');
  }
  out.write('}\n');
  return out;
}

// ------------------------------------------------------------------ the oracle

interface Expected {
  readonly permanent: string[];
  readonly strictPermanent: string[];
  readonly retry: string[];
}

function sorted(items: Iterable<string>): string[] {
  return [...items].sort();
}

function oracle(sample: Sample, typed: boolean): Expected {
  const family = familyOf(sample);
  const named = sample.branches.flatMap((branch) => branch.codes);
  const typeValues = [...named, ...sample.extra];
  // The values the family is decided from: the type's members when typed, else the literals.
  const deciding = typed ? typeValues : named;
  const candidates = families.filter((candidate) => deciding.every((value) => knows(candidate, value)));
  const unique = candidates.length === 1 && candidates[0] === family && !deciding.every(isCommonValue);
  const namedKeys = new Set(named.map((value) => keyOf(family, value)));
  const typeKeys = new Set(typeValues.map((value) => keyOf(family, value)));
  const scope = typed ? family.entries.filter((entry) => typeKeys.has(keyOf(family, entry.code))) : scopeOf(family, named);
  const untaken = (entry: CodeEntry) => !namedKeys.has(keyOf(family, entry.code));

  // handle-permanent-failures: `err.code` is not a code name there, so without types it needs two literals that
  // are not everyday values, and a failure among them.
  const failed = (value: Code) => family.entries.some((entry) => keyOf(family, entry.code) === keyOf(family, value) && entry.outcome === 'failed');
  const evidence = named.filter((value) => !isCommonValue(value)).length >= 2 && named.some(failed);
  const detectedHere = typed || sample.subject === 'errorCode' || evidence;
  const fallbackCount = sample.fallback === 'absent' ? 0 : 1;
  const checked = sample.shape === 'switch' || sample.branches.length + fallbackCount >= 2;
  const missing = unique && detectedHere && checked ? scope.filter(isPermanent).filter(untaken) : [];
  const coveredByDefault = sample.fallback === 'terminal' || sample.fallback === 'retry';
  const permanentReport = missing.length > 0 ? [`missing: ${sorted(missing.map(item)).join(' | ')}`] : [];

  // no-retry-non-retryable: both subjects are code names there.
  const retry: string[] = [];
  if (unique) {
    const nonRetryable = new Map(scope.filter(isNonRetryable).map((entry) => [keyOf(family, entry.code), entry]));
    for (const branch of sample.branches) {
      if (branch.action !== 'retry') continue;
      for (const code of branch.codes) {
        const entry = nonRetryable.get(keyOf(family, code));
        if (entry) retry.push(`branch: ${item(entry)}`);
      }
    }
    const reachDefault = [...nonRetryable.values()].filter(untaken);
    if (sample.fallback === 'retry' && reachDefault.length > 0) retry.push(`default: ${sorted(reachDefault.map(item)).join(' | ')}`);
  }
  return {
    permanent: coveredByDefault ? [] : permanentReport,
    strictPermanent: permanentReport,
    retry: sorted(retry),
  };
}

// ------------------------------------------------------------------ linting

const MAX_LISTED = 100_000;

function config(typed: boolean): Linter.Config[] {
  type EslintPlugin = NonNullable<Linter.Config['plugins']>[string];
  const hpf = plugin.rules['handle-permanent-failures'];
  return [
    {
      files: ['**/*.ts'],
      plugins: {
        'delivery-codes': plugin as unknown as EslintPlugin,
        strict: { rules: { 'handle-permanent-failures': hpf } } as unknown as EslintPlugin,
      },
      languageOptions: {
        parser: tsParser as unknown as Linter.Parser,
        // Under CI=true typescript-eslint would build the program once from disk and ignore the text linted here.
        ...(typed ? { parserOptions: { project: './tsconfig.json', tsconfigRootDir: typedFixtureDir, disallowAutomaticSingleRunInference: true } } : {}),
      },
      rules: {
        'delivery-codes/handle-permanent-failures': ['error', { maxListed: MAX_LISTED }],
        'strict/handle-permanent-failures': ['error', { maxListed: MAX_LISTED, requireExplicitCases: true }],
        'delivery-codes/no-retry-non-retryable': ['error', { maxListed: MAX_LISTED }],
      },
    },
  ];
}

const linter = new Linter({ cwd: typedFixtureDir });

const UNTYPED_RUNS = 400;
// A typed run rebuilds the fixture program around the new text: a few are enough next to the untyped ones.
const TYPED_RUNS = 25;

function offsetOf(lineStarts: readonly number[], line: number, column: number): number {
  return (lineStarts[line - 1] ?? 0) + column - 1;
}

/** The codes of a message's list: everything after the last `: `, without the final period. */
function messageItems(message: string): string[] {
  const list = message.slice(message.lastIndexOf(': ') + 2).replace(/\.$/, '');
  return sorted(list.split(', '));
}

function actual(sample: Sample, source: Writer, typed: boolean): Expected {
  const filename = join(typedFixtureDir, typed ? 'file.ts' : 'untyped.ts');
  const messages = linter.verify(source.text, config(typed), { filename });
  const fatal = messages.find((message) => message.fatal || message.ruleId === null);
  if (fatal) throw new Error(`${fatal.message}\n${source.text}`);
  const lineStarts = [0];
  for (let i = 0; i < source.text.length; i++) if (source.text[i] === '\n') lineStarts.push(i + 1);
  const result: Expected = { permanent: [], strictPermanent: [], retry: [] };
  for (const message of messages) {
    if (message.ruleId !== 'delivery-codes/no-retry-non-retryable') {
      const target = message.ruleId === 'strict/handle-permanent-failures' ? result.strictPermanent : result.permanent;
      target.push(`missing: ${messageItems(message.message).join(' | ')}`);
      continue;
    }
    const start = offsetOf(lineStarts, message.line, message.column);
    const end = offsetOf(lineStarts, message.endLine ?? message.line, message.endColumn ?? message.column);
    const inside = source.literals.filter((literal) => literal.start >= start && literal.end <= end);
    if (inside.length === 1) {
      const value = (inside[0] as Literal).value;
      const family = familyOf(sample);
      const entry = family.entries.find((candidate) => keyOf(family, candidate.code) === keyOf(family, value));
      // The message names the code it is about, not just any code of the branch.
      expect(entry && message.message.includes(item(entry))).toBe(true);
      result.retry.push(`branch: ${entry ? item(entry) : String(value)}`);
    } else {
      result.retry.push(`default: ${messageItems(message.message).join(' | ')}`);
    }
  }
  return { permanent: sorted(result.permanent), strictPermanent: sorted(result.strictPermanent), retry: sorted(result.retry) };
}

describe('reports equal an oracle computed from the catalog', () => {
  it('untyped: switches, if-chains and retry lists', () => {
    const seen = { permanent: 0, retry: 0, silent: 0 };
    fc.assert(
      fc.property(sampleArbitrary(false), (sample) => {
        const source = render(sample, false);
        const expected = oracle(sample, false);
        expect(actual(sample, source, false), source.text).toEqual(expected);
        if (expected.strictPermanent.length > 0) seen.permanent++;
        if (expected.retry.length > 0) seen.retry++;
        if (expected.strictPermanent.length + expected.retry.length === 0) seen.silent++;
      }),
      { seed: 0x5eed_0009, numRuns: UNTYPED_RUNS },
    );
    console.log(`oracle (untyped, ${UNTYPED_RUNS} programs): ${JSON.stringify(seen)}`);
    // Not a vacuous property: each kind of answer comes up often.
    expect(Math.min(seen.permanent, seen.retry, seen.silent)).toBeGreaterThan(40);
  });

  it('typed: the subject is a union of catalog literals, whose members are the codes in scope', () => {
    const seen = { permanent: 0, retry: 0 };
    fc.assert(
      fc.property(sampleArbitrary(true), (sample) => {
        const source = render(sample, true);
        const expected = oracle(sample, true);
        expect(actual(sample, source, true), source.text).toEqual(expected);
        if (expected.strictPermanent.length > 0) seen.permanent++;
        if (expected.retry.length > 0) seen.retry++;
      }),
      { seed: 0x5eed_0010, numRuns: TYPED_RUNS },
    );
    console.log(`oracle (typed, ${TYPED_RUNS} programs): ${JSON.stringify(seen)}`);
    expect(Math.min(seen.permanent, seen.retry)).toBeGreaterThan(2);
  });
});
