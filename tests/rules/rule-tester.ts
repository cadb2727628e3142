/**
 * RuleTester wired to vitest, with one tester per way users lint: typed
 * (a TypeScript program from tests/fixtures/typed/tsconfig.json), untyped
 * TypeScript, and plain JavaScript through ESLint's default parser.
 */
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuleTester } from '@typescript-eslint/rule-tester';
import * as tsParser from '@typescript-eslint/parser';
import * as espree from 'espree';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

export const typedFixtureDir = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'fixtures', 'typed');

/** The rule name a test file is about: `tests/rules/<rule>.test.ts`. */
export function ruleNameOf(testFileUrl: string): string {
  return basename(fileURLToPath(testFileUrl)).replace(/\.test\.ts$/, '');
}

export const typedTester = new RuleTester({
  languageOptions: {
    parser: tsParser,
    parserOptions: {
      project: './tsconfig.json',
      tsconfigRootDir: typedFixtureDir,
    },
  },
});

export const untypedTester = new RuleTester({
  languageOptions: { parser: tsParser },
});

/** JavaScript with ESLint's own parser (espree, as ESLint lints a .js file): no type information, no TypeScript syntax. */
export const javascriptTester = new RuleTester({
  languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
  // The tester names untitled cases after these; a `.js` name keeps the file JavaScript for the rules too.
  defaultFilenames: { ts: 'file.js', tsx: 'file.jsx' },
});

/** The file name typed cases are linted as (it must be part of the fixture program). */
export const TYPED_FILE = 'file.ts';
