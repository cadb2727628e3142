/**
 * The example app through the real ESLint CLI, as a user runs it: ESLint 10
 * (`eslint`) and ESLint 9 (`eslint-v9`), each with the typed config
 * (examples/eslint.config.mjs, typescript-eslint's project service) and the
 * untyped one, loading the BUILT plugin by its package name.
 *
 * The expected findings are the `// expect: <rule>[ (typed)][ [family]], …`
 * comments on the lines of examples/app that should be reported: a finding
 * for every marker of a rule the built plugin's recommended config enables,
 * and nothing else. `(typed)`: only typed linting finds it. `[ses]`: the
 * finding needs that family, and waits until the built catalog has it.
 * examples/fixed must stay clean.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, type Run } from '../cli/run.ts';
import { buildOnce, ROOT } from './build-once.ts';

const EXAMPLES = join(ROOT, 'examples');
const PREFIX = 'delivery-codes/';

const ESLINTS = [
  { name: 'ESLint 10', dir: 'eslint', major: 10 },
  { name: 'ESLint 9', dir: 'eslint-v9', major: 9 },
] as const;
const MODES = [
  { name: 'typed', config: 'eslint.config.mjs', typed: true },
  { name: 'untyped', config: 'eslint.untyped.config.mjs', typed: false },
] as const;

interface Marker {
  /** Relative to examples/, with forward slashes. */
  readonly file: string;
  readonly line: number;
  readonly rule: string;
  readonly typedOnly: boolean;
  /** A family the finding needs in the built catalog (`[ses]`): the marker waits until the family exists. */
  readonly family?: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const show = (path: string) => relative(EXAMPLES, path).split(sep).join('/');

function markers(): Marker[] {
  const found: Marker[] = [];
  for (const path of tsFiles(EXAMPLES)) {
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((text, index) => {
        const match = /\/\/ expect: (.+)$/.exec(text);
        if (!match) return;
        for (const item of (match[1] as string).split(',')) {
          const parsed = /^\s*([a-z-]+)( \(typed\))?(?: \[([a-z-]+)\])?\s*$/.exec(item);
          if (!parsed) throw new Error(`${show(path)}:${index + 1}: cannot read the marker "${item}"`);
          const [, rule, typed, family] = parsed as unknown as [string, string, string | undefined, string | undefined];
          found.push({ file: show(path), line: index + 1, rule, typedOnly: typed !== undefined, ...(family ? { family } : {}) });
        }
      });
  }
  return found;
}

const finding = (file: string, line: number, ruleId: string | null) => `${file}:${line} ${ruleId ?? '(fatal)'}`;

interface LintMessage {
  ruleId: string | null;
  line: number;
  fatal?: boolean;
  message: string;
}

function findingsOf(result: Run): string[] {
  const results = JSON.parse(result.stdout) as { filePath: string; messages: LintMessage[] }[];
  return results.flatMap(({ filePath, messages }) => messages.map((m) => finding(show(filePath), m.line, m.ruleId))).sort();
}

let plugin: { rules: Record<string, unknown>; configs: { recommended: { rules: Record<string, unknown> } } };
let planted: Marker[];
let families: Set<string>;

beforeAll(async () => {
  await buildOnce();
  plugin = ((await import(pathToFileURL(join(ROOT, 'dist', 'src', 'index.js')).href)) as { default: typeof plugin }).default;
  planted = markers();
  const codes = (await import(pathToFileURL(join(ROOT, 'dist', 'src', 'codes', 'index.js')).href)) as { FAMILIES: Record<string, unknown> };
  families = new Set(Object.keys(codes.FAMILIES));
}, 200_000);

/** What a run must report: the markers of rules the recommended config turns on, for families the build has. */
function expectedFindings(typed: boolean): string[] {
  const enabled = new Set(Object.keys(plugin.configs.recommended.rules));
  return planted
    .filter((m) => enabled.has(PREFIX + m.rule) && (typed || !m.typedOnly) && (m.family === undefined || families.has(m.family)))
    .map((m) => finding(m.file, m.line, PREFIX + m.rule))
    .sort();
}

describe('the expectation markers', () => {
  it('name registered rules and catalog families, sit in examples/app only, and include a typed-only finding', () => {
    expect(planted.length).toBeGreaterThan(0);
    for (const m of planted) {
      expect(m.file.startsWith('app/'), `${m.file}:${m.line}`).toBe(true);
      expect(m.rule in plugin.rules, `${m.file}:${m.line} names the rule "${m.rule}"`).toBe(true);
      if (m.family) expect(existsSync(join(ROOT, 'catalog', `${m.family}.yaml`)), `${m.file}:${m.line} names the family "${m.family}"`).toBe(true);
    }
    const enabled = planted.filter((m) => PREFIX + m.rule in plugin.configs.recommended.rules);
    // The typed config must find something the untyped one cannot, or typed linting is not tested.
    expect(enabled.some((m) => m.typedOnly)).toBe(true);
    expect(enabled.some((m) => !m.typedOnly)).toBe(true);
  });
});

/** Lint runs share two cores with each other and with other test files: give them room. */
const LINT_TIMEOUT = 180_000;

for (const { name, dir, major } of ESLINTS) {
  describe.concurrent(`${name} CLI on examples/`, () => {
    const bin = join(ROOT, 'node_modules', dir, 'bin', 'eslint.js');

    it(`is ESLint ${major}`, ({ expect }) => {
      const version = (JSON.parse(readFileSync(join(ROOT, 'node_modules', dir, 'package.json'), 'utf8')) as { version: string }).version;
      expect(Number(version.split('.')[0])).toBe(major);
    });

    for (const { name: mode, config, typed } of MODES) {
      it(
        `${mode}: exactly the marked findings, none in examples/fixed`,
        async ({ expect }) => {
          const result = await run(process.execPath, [bin, '--config', join('examples', config), '--format', 'json', 'examples'], {
            timeoutMs: LINT_TIMEOUT,
          });
          // 1: problems found; 2 would mean ESLint could not run (config, parser or plugin failed to load).
          expect(result.status, result.report).toBe(1);
          const actual = findingsOf(result);
          expect(actual, result.report).toEqual(expectedFindings(typed));
          expect(actual.filter((f) => f.startsWith('fixed/'))).toEqual([]);
          // Every .ts file of the example was linted, the fixed twins included.
          const linted = (JSON.parse(result.stdout) as { filePath: string }[]).map((r) => show(r.filePath)).filter((f) => f.endsWith('.ts'));
          expect(linted.sort()).toEqual(tsFiles(EXAMPLES).map(show));
        },
        LINT_TIMEOUT,
      );
    }
  });
}

describe.concurrent('around the lint', () => {
  it('the example app type-checks against the built declarations', async ({ expect }) => {
    const tsc = await run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join('examples', 'tsconfig.json')], {
      timeoutMs: LINT_TIMEOUT,
    });
    expect(tsc.status, tsc.report).toBe(0);
  }, LINT_TIMEOUT);

  it('examples/demo.mjs shows the findings and sums them up', async ({ expect }) => {
    const demo = await run(process.execPath, [join('examples', 'demo.mjs')], { timeoutMs: LINT_TIMEOUT });
    expect(demo.status, demo.report).toBe(0);
    const count = expectedFindings(true).length;
    expect(demo.stdout.trimEnd().split('\n').at(-1)).toBe(`demo: ${count} findings in examples/app, 0 in examples/fixed`);
    expect(demo.stdout).toContain(`${PREFIX}handle-permanent-failures`);
  }, LINT_TIMEOUT);
});

/** The `eslint.config.mjs` blocks of the README, run as a user would: saved beside examples/tsconfig.json. */
describe.concurrent('the README configs', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const configs = [...readme.matchAll(/```js\n([\s\S]*?)```/g)]
    .map((match) => match[1] as string)
    .filter((block) => block.includes("from 'eslint-plugin-delivery-codes'"));

  it('shows the recommended and the strict config', ({ expect }) => {
    expect(configs.map((block) => /deliveryCodes\.configs\.(\w+)/.exec(block)?.[1])).toEqual(['recommended', 'strict']);
  });

  configs.forEach((text, index) => {
    it(`config ${index + 1} lints the SMTP example with this plugin's rules`, async ({ expect }) => {
      const file = join(EXAMPLES, `.readme-config-${index + 1}.mjs`);
      writeFileSync(file, text);
      try {
        const bin = join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
        const target = join('examples', 'app', 'smtp-bounce-handler.ts');
        const result = await run(process.execPath, [bin, '--config', file, '--format', 'json', target], { timeoutMs: LINT_TIMEOUT });
        expect(result.status, result.report).toBe(1);
        const rules = (JSON.parse(result.stdout) as { messages: { ruleId: string | null }[] }[]).flatMap((r) => r.messages.map((m) => m.ruleId));
        expect(rules, result.report).toContain(`${PREFIX}handle-permanent-failures`);
      } finally {
        rmSync(file, { force: true });
      }
    }, LINT_TIMEOUT);
  });
});
