/**
 * The plugin on code it was not written for: thousands of files of real
 * packages in node_modules, every rule on. None of that code handles provider
 * delivery codes, so every report is a false positive and every exception a
 * crash.
 *
 * Choices:
 * - Declaration files are included: they cost little and are where enums and
 *   literal unions with code-like values live.
 * - Files over MAX_BYTES are skipped and counted (bundles and lib.dom.d.ts
 *   alone would eat the time budget); one large bundle, ts-morph's 950 KB
 *   build, is linted on purpose so that size itself is exercised.
 * - Identical files (the same TypeScript lib in three packages) are linted once.
 * - An even, sorted sample of SAMPLE_SIZE files keeps the run within its
 *   budget on a shared two-core runner; DELIVERY_CODES_SWEEP=full lints every
 *   candidate instead, for a run by hand.
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidateFiles, configuredRuleIds, evenSample, everyRuleConfig, lint, newLinter, repoRoot, sweep } from './harness.ts';

const PACKAGES = [
  'typescript', 'eslint', '@typescript-eslint', '@ts-morph', 'vitest', '@vitest', 'vite', 'zod', 'yaml', 'tsx', 'espree',
  'acorn', '@eslint', 'eslint-doc-generator', 'table', '@arethetypeswrong', 'publint', 'vscode-jsonrpc', 'vscode-languageserver',
  'vscode-languageserver-protocol', 'ajv', 'semver', 'yargs', 'marked', 'rolldown', 'type-fest', '@types', 'esquery',
  'eslint-scope', 'js-yaml', 'postcss', 'parse5', 'highlight.js', 'undici-types',
];
const LARGE_ON_PURPOSE = 'ts-morph/dist/ts-morph.js';
const MAX_BYTES = 96 * 1024;
const SAMPLE_SIZE = 3_000;

const nodeModules = join(repoRoot, 'node_modules');

describe('real-code sweep', () => {
  it('the harness reports what it should, so a silent sweep means something', () => {
    const linter = newLinter();
    const config = everyRuleConfig();
    const bad = 'function onStatus(errorCode, msg) { switch (errorCode) { case 30003: retry(msg); break; case 30007: retry(msg); break; } }';
    for (const file of ['a.js', 'a.mjs', 'a.cjs', 'a.ts', 'a.tsx', 'a.d.ts']) {
      const { reports, parseError } = lint(linter, config, bad, join(nodeModules, 'some-package', file));
      expect(parseError, file).toBeUndefined();
      const rules = new Set(reports.map((report) => report.ruleId));
      // Both permanent-failure configurations and the retry rule fire, inside node_modules too.
      expect(rules, file).toContain('delivery-codes/handle-permanent-failures');
      expect(rules, file).toContain('delivery-codes-strict/handle-permanent-failures');
      expect(rules, file).toContain('delivery-codes/no-retry-non-retryable');
    }
  });

  it('lints thousands of third-party files without a crash or a report', () => {
    const started = performance.now();
    const candidates = candidateFiles(
      PACKAGES.map((name) => join(nodeModules, name)),
      MAX_BYTES,
    );
    const full = process.env.DELIVERY_CODES_SWEEP === 'full';
    const files = [...(full ? candidates.files : evenSample(candidates.files, SAMPLE_SIZE)), join(nodeModules, LARGE_ON_PURPOSE)];
    const linter = newLinter();
    const config = everyRuleConfig();
    const { parseErrors, crashes, reports, size } = sweep(linter, config, files, (file) => relative(nodeModules, file));
    const seconds = (performance.now() - started) / 1000;
    console.log(
      [
        `sweep (${full ? 'full' : 'sample'}): ${files.length} files linted (${(size / 1e6).toFixed(1)} MB) of ${candidates.files.length} distinct candidates`,
        `${candidates.duplicates} duplicates and ${candidates.tooLarge} files over ${MAX_BYTES / 1024} KiB skipped`,
        `rules: ${configuredRuleIds().join(', ')}`,
        `parse errors: ${parseErrors.length}, crashes: ${crashes.length}, reports: ${reports.length}, time: ${seconds.toFixed(1)} s`,
      ].join('\n  '),
    );
    if (parseErrors.length > 0) console.log(`parse errors (not the rules' fault):\n  ${parseErrors.join('\n  ')}`);
    expect(files.length).toBeGreaterThanOrEqual(3_000);
    expect(crashes).toEqual([]);
    expect(reports).toEqual([]);
  });
});
