/**
 * The typed half of the sweep: zod's own TypeScript sources (its v4 core,
 * classic and mini APIs, locales and core tests, about 150 files: real code
 * with many switches over string unions) linted with type information, through
 * a tsconfig generated in a temporary folder that lists them. With types, a
 * subject typed as a union of literals decides the family by itself, so this
 * half reaches code paths the untyped sweep does not.
 *
 * A canary file in the same program holds a switch only type information can
 * tie to Twilio; its report proves that the program really was used.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, parse, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { candidateFiles, everyRuleConfig, lint, newLinter, repoRoot, sweep } from './harness.ts';

const zodV4 = join(repoRoot, 'node_modules', 'zod', 'src', 'v4');
// The classic API's 91 test files add time, not kinds of code the other folders lack.
const files = candidateFiles([zodV4], Number.POSITIVE_INFINITY).files.filter(
  (file) => file.endsWith('.ts') && !file.includes(`${sep}classic${sep}tests${sep}`),
);

const folder = mkdtempSync(join(tmpdir(), 'delivery-codes-typed-sweep-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const canary = join(folder, 'canary.ts');
// Untyped, one literal under the name `status` says nothing; typed, the union is Twilio's.
const CANARY = `
declare function markFailed(status: unknown): void;
export function onStatus(status: 30003 | 30007) {
  switch (status) {
    case 30003:
      markFailed(status);
      break;
  }
}
`;

describe('typed sweep', () => {
  it('lints a real TypeScript project with type information without a crash or a report', () => {
    const started = performance.now();
    writeFileSync(canary, CANARY);
    const tsconfig = join(folder, 'tsconfig.json');
    writeFileSync(
      tsconfig,
      JSON.stringify({
        compilerOptions: {
          target: 'es2022',
          module: 'esnext',
          moduleResolution: 'bundler',
          lib: ['es2022', 'dom'],
          strict: true,
          skipLibCheck: true,
          noEmit: true,
          types: [],
        },
        files: [...files, canary],
      }),
    );
    // The temporary folder is outside the repository: the config must apply from the file system root.
    const linter = newLinter(parse(folder).root);
    const config = everyRuleConfig({ tsconfig, rootDir: folder });

    const canaryOutcome = lint(linter, config, CANARY, canary);
    expect(canaryOutcome.reports.map((report) => report.ruleId)).toContain('delivery-codes/handle-permanent-failures');

    const { parseErrors, crashes, reports } = sweep(linter, config, files, (file) => relative(zodV4, file));
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `typed sweep: ${files.length} files of zod/src/v4, parse errors: ${parseErrors.length}, crashes: ${crashes.length}, ` +
        `reports: ${reports.length}, time: ${seconds.toFixed(1)} s`,
    );
    if (parseErrors.length > 0) console.log(`parse errors (not the rules' fault):\n  ${parseErrors.join('\n  ')}`);
    expect(files.length).toBeGreaterThanOrEqual(100);
    expect(crashes).toEqual([]);
    expect(reports).toEqual([]);
  });
});
