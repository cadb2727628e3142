#!/usr/bin/env node
/**
 * `npm run demo`: lints the example app with the real ESLint CLI and shows the
 * findings. examples/app holds the classic mistakes, examples/fixed their
 * corrected twins. Exits 0 when app/ has findings and fixed/ has none (what
 * the demo is meant to show), 1 otherwise.
 *
 *   node examples/demo.mjs [--untyped]
 *
 * Run `npm run build` first: the config imports the plugin by its package name,
 * which resolves to this package's dist/.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const untyped = process.argv.includes('--untyped');
const config = join(here, untyped ? 'eslint.untyped.config.mjs' : 'eslint.config.mjs');

const require = createRequire(import.meta.url);
const eslintPackage = require.resolve('eslint/package.json');
const eslintBin = join(dirname(eslintPackage), JSON.parse(readFileSync(eslintPackage, 'utf8')).bin.eslint);

const run = spawnSync(process.execPath, [eslintBin, '--config', config, '--format', 'json', 'examples/app', 'examples/fixed'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
// ESLint exits 1 when it found problems, 2 when it could not lint (bad config, crash).
if (run.status !== 0 && run.status !== 1) {
  process.stderr.write(run.stderr || run.stdout);
  console.error(`demo: eslint exited with ${run.status ?? run.signal}; is the package built (npm run build)?`);
  process.exit(1);
}

/** @type {import('eslint').ESLint.LintResult[]} */
const results = JSON.parse(run.stdout);
const { ESLint } = await import('eslint');
const stylish = await new ESLint({ cwd: root }).loadFormatter('stylish');
process.stdout.write(await stylish.format(results));

const count = (folder) =>
  results
    .filter((result) => relative(root, result.filePath).startsWith(`examples${sep}${folder}${sep}`))
    .reduce((n, result) => n + result.messages.length, 0);
const inApp = count('app');
const inFixed = count('fixed');
console.log(`demo: ${inApp} findings in examples/app, ${inFixed} in examples/fixed${untyped ? ' (untyped)' : ''}`);
process.exit(inApp > 0 && inFixed === 0 ? 0 : 1);
