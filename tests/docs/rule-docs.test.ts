/**
 * The rules, their docs, their tests and the configs agree:
 * - every rule has a doc and a test file, every doc a rule;
 * - each doc has the sections users look for and one heading per option of `meta.schema`, no more;
 * - the examples under "Examples" behave as labelled (❌ reports, ✅ stays silent), linted untyped;
 * - `configs.recommended` / `configs.strict` are exactly what the rules' `meta.docs.recommended` says;
 * - eslint-doc-generator finds nothing to change (headers, options lists, the README's rules table).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.ts';
import plugin from '../../src/index.ts';
import { run } from '../cli/run.ts';
import { buildOnce, ROOT } from '../e2e/build-once.ts';

type RuleName = keyof typeof rules;
const ruleNames = Object.keys(rules).sort() as RuleName[];
const namesIn = (dir: string, suffix: string) =>
  readdirSync(join(ROOT, dir))
    .filter((file) => file.endsWith(suffix))
    .map((file) => file.slice(0, -suffix.length))
    .sort();

function docOf(name: string): string {
  return readFileSync(join(ROOT, 'docs', 'rules', `${name}.md`), 'utf8');
}

/** The `## Heading` sections of a doc, by heading text. */
function sections(markdown: string): Map<string, string> {
  const found = new Map<string, string>();
  const parts = markdown.split(/^## /m).slice(1);
  for (const part of parts) {
    const newline = part.indexOf('\n');
    found.set(part.slice(0, newline).trim(), part.slice(newline + 1));
  }
  return found;
}

function schemaOptions(name: RuleName): string[] {
  const [first] = rules[name].meta.schema as readonly { properties?: Record<string, unknown> }[];
  return Object.keys(first?.properties ?? {}).sort();
}

interface Example {
  readonly label: string;
  readonly incorrect: boolean;
  readonly code: string;
  /** From a label that says "with `option: value`". */
  readonly options: Record<string, unknown>;
}

function optionsIn(label: string): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const match of label.matchAll(/with `(\w+): ([^`]+)`/g)) options[match[1] as string] = JSON.parse(match[2] as string);
  return options;
}

/** Each ```ts block under "Examples", labelled by the ❌ / ✅ paragraph before it. */
function examples(markdown: string): Example[] {
  const details = sections(markdown).get('Rule details') ?? '';
  const start = details.indexOf('### Examples');
  const text = start < 0 ? '' : details.slice(start);
  const found: Example[] = [];
  const pattern = /^(❌|✅)([^\n]*)\n+```(?:ts|js)\n([\s\S]*?)```/gm;
  for (const match of text.matchAll(pattern)) {
    const label = `${match[1]}${match[2]}`.trim();
    found.push({ label, incorrect: match[1] === '❌', code: match[3] as string, options: optionsIn(label) });
  }
  return found;
}

describe('every rule has a doc and a test; every doc has a rule', () => {
  it('rules/*.ts is the rules map', () => {
    expect(namesIn('rules', '.ts').filter((name) => name !== 'index')).toEqual(ruleNames);
  });
  it('docs/rules/*.md', () => {
    expect(namesIn(join('docs', 'rules'), '.md')).toEqual(ruleNames);
  });
  it('tests/rules/*.test.ts', () => {
    expect(namesIn(join('tests', 'rules'), '.test.ts')).toEqual(ruleNames);
  });
});

describe.each(ruleNames)('%s', (name) => {
  const rule = rules[name];
  const doc = docOf(name);

  it('has a docs url naming its doc, messages, a schema and default options', () => {
    expect(rule.meta.docs?.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    const defaults = (rule.meta.defaultOptions?.[0] ?? {}) as Record<string, unknown>;
    for (const option of Object.keys(defaults)) expect(schemaOptions(name)).toContain(option);
  });

  it('doc starts with the rule id and has the sections users look for', () => {
    expect(doc.split('\n')[0]).toBe(`# delivery-codes/${name}`);
    const found = [...sections(doc).keys()];
    expect(found).toEqual(expect.arrayContaining(['Rule details', 'When not to use it']));
    if (schemaOptions(name).length > 0) expect(found).toContain('Options');
  });

  it('doc has one heading per option of meta.schema, and none for options the rule does not have', () => {
    const options = sections(doc).get('Options') ?? '';
    const headings = [...options.matchAll(/^### `([^`]+)`/gm)].map((match) => match[1]).sort();
    expect(headings).toEqual(schemaOptions(name));
  });

  const samples = examples(doc);
  it('doc has incorrect and correct examples', () => {
    expect(samples.some((sample) => sample.incorrect)).toBe(true);
    expect(samples.some((sample) => !sample.incorrect)).toBe(true);
  });

  it.each(samples.map((sample) => [sample.label, sample] as const))('example %s behaves as labelled', (_label, sample) => {
    const linter = new Linter({ configType: 'flat' });
    const messages = linter.verify(
      sample.code,
      [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tsParser },
          plugins: { 'delivery-codes': plugin as never },
          rules: { [`delivery-codes/${name}`]: ['error', sample.options] },
        },
      ],
      'example.ts',
    );
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    const ids = messages.map((message) => message.ruleId);
    if (sample.incorrect) expect(ids).toContain(`delivery-codes/${name}`);
    else expect(ids).toEqual([]);
  });
});

describe('configs follow meta.docs.recommended', () => {
  const withLevel = (level: string) => ruleNames.filter((name) => rules[name].meta.docs?.recommended === level);

  it('recommended turns on exactly the recommended rules', () => {
    expect(Object.keys(plugin.configs.recommended.rules ?? {}).sort()).toEqual(withLevel('recommended').map((n) => `delivery-codes/${n}`));
  });

  it('strict adds the strict rules and requireExplicitCases', () => {
    const strict = plugin.configs.strict.rules ?? {};
    const expected = [...withLevel('recommended'), ...withLevel('strict')].map((n) => `delivery-codes/${n}`).sort();
    expect(Object.keys(strict).sort()).toEqual(expected);
    expect(strict['delivery-codes/handle-permanent-failures']).toEqual(['error', { requireExplicitCases: true }]);
  });

  it('the README names each config with its rules', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const row = (config: string) => readme.split('\n').find((line) => line.includes(`| \`${config}\` |`)) ?? '';
    for (const name of withLevel('recommended')) expect(row('recommended')).toContain(`\`${name}\``);
    for (const name of withLevel('strict')) expect(row('strict')).toContain(`\`${name}\``);
  });
});

describe('eslint-doc-generator --check', () => {
  beforeAll(async () => {
    await buildOnce();
  });

  it('finds the README rules table, doc headers and options lists up to date', async () => {
    const bin = join(ROOT, 'node_modules', 'eslint-doc-generator', 'dist', 'bin', 'eslint-doc-generator.js');
    const result = await run(process.execPath, [bin, '--check'], { cwd: ROOT });
    expect(result.status, result.report).toBe(0);
  });
});
