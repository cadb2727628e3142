/**
 * One way to lint text with the whole plugin for the reliability tests: ESLint's
 * Linter in flat mode, every rule of the plugin's rules map at its defaults,
 * and handle-permanent-failures a second time with the strict config's
 * `requireExplicitCases`, registered under a second plugin name because one
 * config cannot hold one rule twice.
 *
 * A thrown exception is a crash of a rule (or of ESLint); a fatal message is a
 * parse error, which is the parser's business, not the rules'.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import plugin from '../../src/index.ts';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const PLUGIN = 'delivery-codes';
const STRICT = 'delivery-codes-strict';

type EslintPlugin = NonNullable<Linter.Config['plugins']>[string];

/** The rule names of the plugin as ESLint sees them, both plugin names included. */
export function configuredRuleIds(): string[] {
  return [...Object.keys(plugin.rules).map((name) => `${PLUGIN}/${name}`), `${STRICT}/handle-permanent-failures`];
}

function rulesConfig(): Linter.RulesRecord {
  const rules: Linter.RulesRecord = {};
  for (const name of Object.keys(plugin.rules)) rules[`${PLUGIN}/${name}`] = 'error';
  rules[`${STRICT}/handle-permanent-failures`] = ['error', { requireExplicitCases: true }];
  return rules;
}

export interface TypedProject {
  /** Absolute path of a tsconfig whose program holds every file linted with it. */
  readonly tsconfig: string;
  readonly rootDir: string;
}

/**
 * The config array for every file kind. The Linter's `cwd` decides where the default ignores
 * apply; `**\/node_modules/` is un-ignored because the sweep lints exactly there.
 */
export function everyRuleConfig(typed?: TypedProject): Linter.Config[] {
  const plugins: Record<string, EslintPlugin> = {
    [PLUGIN]: plugin as unknown as EslintPlugin,
    [STRICT]: { rules: { 'handle-permanent-failures': plugin.rules['handle-permanent-failures'] } } as unknown as EslintPlugin,
  };
  return [
    { ignores: ['!**/node_modules/'] },
    {
      files: ['**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs', '**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
      plugins,
      rules: rulesConfig(),
      linterOptions: { reportUnusedDisableDirectives: 'off' },
    },
    {
      files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
      languageOptions: {
        parser: tsParser as unknown as Linter.Parser,
        parserOptions: typed
          ? // Under CI=true typescript-eslint would build the program once from disk and ignore the text linted here.
            { project: typed.tsconfig, tsconfigRootDir: typed.rootDir, disallowAutomaticSingleRunInference: true }
          : { ecmaFeatures: { jsx: true } },
      },
    },
    { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
    { files: ['**/*.js', '**/*.jsx'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  ];
}

export interface LintOutcome {
  readonly parseError?: string;
  readonly reports: readonly Linter.LintMessage[];
}

/**
 * Lints `text` as if it were `filename` (an absolute path: only its name and
 * extension matter unless the config is typed). Inline `eslint-disable`
 * comments are ignored: third-party files are full of them, and one would hide a
 * false positive. A plain `.js` file that does not parse as a module is tried
 * again as a script before it counts as a parse error.
 */
export function lint(linter: Linter, config: Linter.Config[], text: string, filename: string): LintOutcome {
  const options = { filename, allowInlineConfig: false };
  let messages = linter.verify(text, config, options);
  if (extname(filename) === '.js' && messages.some((message) => message.fatal)) {
    const asScript = [...config, { files: ['**/*.js'], languageOptions: { sourceType: 'script' as const } }];
    messages = linter.verify(text, asScript, options);
  }
  const fatal = messages.find((message) => message.fatal);
  if (fatal) return { parseError: fatal.message, reports: [] };
  const stray = messages.find((message) => message.ruleId === null);
  // "No matching configuration" and the like: the harness, not the code, is wrong.
  if (stray) throw new Error(`${filename}: ${stray.message}`);
  return { reports: messages };
}

export function newLinter(cwd = repoRoot): Linter {
  return new Linter({ cwd });
}

/** Source files the sweep can lint: JavaScript and TypeScript of every module flavour, declaration files included. */
const SOURCE_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

export interface Candidates {
  /** Absolute paths, sorted, one per distinct content. */
  readonly files: string[];
  readonly duplicates: number;
  readonly tooLarge: number;
}

/**
 * Every source file under `roots` (package folders, nested `node_modules`
 * included, symbolic links not followed), sorted so that samples are the same
 * on every machine. Files with the same content are linted once.
 */
export function candidateFiles(roots: readonly string[], maxBytes: number): Candidates {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && SOURCE_FILE.test(entry.name)) found.push(path);
    }
  };
  for (const root of roots) if (existsSync(root)) walk(root);
  found.sort();
  const seen = new Set<string>();
  const files: string[] = [];
  let duplicates = 0;
  let tooLarge = 0;
  for (const path of found) {
    if (statSync(path).size > maxBytes) {
      tooLarge++;
      continue;
    }
    const digest = createHash('sha1').update(readFileSync(path)).digest('hex');
    if (seen.has(digest)) {
      duplicates++;
      continue;
    }
    seen.add(digest);
    files.push(path);
  }
  return { files, duplicates, tooLarge };
}

/** `count` files spread evenly over the sorted list: the same sample on every run. */
export function evenSample<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)] as T);
}

export interface SweepResult {
  readonly parseErrors: string[];
  readonly crashes: string[];
  readonly reports: string[];
  /** Characters read. */
  readonly size: number;
}

/** Lints each file, naming it by `nameOf` in what it collects: a rule's exception is a crash, never a failed run. */
export function sweep(linter: Linter, config: Linter.Config[], files: readonly string[], nameOf: (file: string) => string): SweepResult {
  const result: SweepResult = { parseErrors: [], crashes: [], reports: [], size: 0 };
  let size = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    size += text.length;
    const name = nameOf(file);
    try {
      const outcome = lint(linter, config, text, file);
      if (outcome.parseError) result.parseErrors.push(`${name}: ${outcome.parseError}`);
      for (const report of outcome.reports) result.reports.push(`${name}:${report.line}:${report.column} ${report.ruleId}: ${report.message}`);
    } catch (error) {
      result.crashes.push(`${name}: ${(error as Error).stack ?? String(error)}`);
    }
  }
  return { ...result, size };
}
