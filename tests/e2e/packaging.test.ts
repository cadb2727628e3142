/**
 * The package as npm publishes it: `npm pack` the built project, lint the tarball with publint and
 * arethetypeswrong, then install it into a fresh consumer project outside this repository
 * (tests/fixtures/consumer) and use it there the way users do: type-check against the published
 * declarations, and lint with the published flat config.
 *
 * The consumer install talks to the npm registry with `--prefer-offline`: after `npm ci` the cache
 * holds every package it needs, so it normally runs from the cache; on a cold cache it downloads.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAMILIES } from '../../src/generated/index.ts';
import { buildOnce, ROOT } from './build-once.ts';

const RULE = 'delivery-codes/handle-permanent-failures';
/** For the tests that run tsc, ESLint or attw: each takes 2-15 s, more on a loaded machine. */
const SLOW = 120_000;
const BIN = join(ROOT, 'node_modules', '.bin');

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** The command, its exit and its output, for assertion messages. */
  report: string;
}

/** Run a command without a shell, collecting its output; killed after `timeoutMs`. */
function run(command: string, args: string[], options: { cwd: string; timeoutMs?: number; env?: NodeJS.ProcessEnv }): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      stderr += `\n[killed after ${options.timeoutMs} ms]`;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 60_000);
    const finish = (status: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      const ms = Date.now() - started;
      const report =
        `$ (cd ${options.cwd} && ${[command, ...args].join(' ')})  → status ${status}, signal ${signal}, ${ms} ms\n` +
        `--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}\n--- end ---`;
      resolve({ status, signal, stdout, stderr, ms, report });
    };
    child.on('error', (error) => {
      stderr += `\n[spawn failed: ${error.message}]`;
      finish(null, null);
    });
    child.on('close', finish);
  });
}

/**
 * The environment for a nested npm: without the variables `npm run`/`npm test` set for this
 * project, which would otherwise describe /work/main to the consumer's npm.
 */
function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
  for (const key of Object.keys(env)) {
    if (/^npm_(package|lifecycle)_/i.test(key) || /^npm_config_(local_prefix|prefix|global)$/i.test(key) || key === 'INIT_CWD') {
      delete env[key];
    }
  }
  return env;
}

function versionOf(dependency: string): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules', dependency, 'package.json'), 'utf8')) as { version: string }).version;
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  main?: string;
  types?: string;
  bin?: Record<string, string>;
  exports: Record<string, string | Record<string, string>>;
};

let work: string;
let tarball: string;
let packedFiles: string[];

beforeAll(async () => {
  await buildOnce();
  work = realpathSync(mkdtempSync(join(tmpdir(), 'delivery-codes-pack-')));
  const pack = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, env: npmEnv(), timeoutMs: 120_000 });
  expect(pack.status, pack.report).toBe(0);
  // npm prints lifecycle output before the JSON when a prepack script exists: take the JSON array.
  const json = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, json[0]!.filename);
  packedFiles = json[0]!.files.map((file) => file.path);
}, 180_000);

afterAll(() => {
  if (work && !process.env.KEEP_PACKAGING_TMP) rmSync(work, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('holds every file package.json points at, the README, a doc page per rule, and no development files', async () => {
    const targets = [
      pkg.main,
      pkg.types,
      ...Object.values(pkg.bin ?? {}),
      ...Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target))),
    ]
      .filter((target): target is string => typeof target === 'string')
      .map((target) => target.replace(/^\.\//, ''))
      // A subpath pattern (`./codes/*`) stands for every family module.
      .flatMap((target) => (target.includes('*') ? Object.keys(FAMILIES).map((family) => target.replace('*', family)) : [target]));
    expect(packedFiles.length).toBeGreaterThan(0);
    for (const target of targets) expect(packedFiles, `${target} is in the tarball`).toContain(target);
    expect(packedFiles).toContain('README.md');
    const plugin = (await import(pathToFileURL(join(ROOT, 'dist', 'src', 'index.js')).href)) as { default: { rules: Record<string, unknown> } };
    const ruleNames = Object.keys(plugin.default.rules);
    expect(ruleNames.length).toBeGreaterThan(0);
    for (const name of ruleNames) expect(packedFiles, `the doc page of ${name}`).toContain(`docs/rules/${name}.md`);
    const unexpected = packedFiles.filter((file) => /^(tests|src|rules|codegen|node_modules)\//.test(file) || file.endsWith('.tgz'));
    expect(unexpected, 'development files in the tarball').toEqual([]);
  });

  it('passes publint (strict: warnings count as errors)', async () => {
    const publint = await run(join(BIN, 'publint'), ['run', tarball, '--strict', '--level', 'suggestion'], { cwd: work });
    expect(publint.status, publint.report).toBe(0);
    // Suggestions do not change the exit status; a clean package prints exactly this.
    expect(publint.stdout, publint.report).toContain('All good!');
  });

  // The package is ESM only ("type": "module", no "require" condition; engines node >= 20.19, where
  // require(esm) works). The esm-only profile checks the node16-from-ESM and bundler resolutions and
  // ignores node10 (no `exports` support) and node16-from-CJS, which for an ESM-only package can only
  // report the expected "CJS resolves to ESM".
  it('passes arethetypeswrong with the esm-only profile', async () => {
    const attw = await run(join(BIN, 'attw'), [tarball, '--profile', 'esm-only', '--format', 'table', '--no-color', '--no-emoji'], {
      cwd: work,
      timeoutMs: 90_000,
    });
    expect(attw.status, attw.report).toBe(0);
    expect(attw.stdout, attw.report).toContain('"eslint-plugin-delivery-codes/codes"');
  }, SLOW);
});

describe('a consumer project with the tarball installed', () => {
  let consumer: string;
  const node = process.execPath;

  beforeAll(async () => {
    consumer = join(work, 'consumer');
    cpSync(join(ROOT, 'tests', 'fixtures', 'consumer'), consumer, { recursive: true });
    // Pin the consumer's tools to the versions this project tests with: the cache has exactly those,
    // and a new release of a tool cannot turn this test red.
    const manifestPath = join(consumer, 'package.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { devDependencies: Record<string, string> };
    for (const name of Object.keys(manifest.devDependencies)) manifest.devDependencies[name] = versionOf(name);
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    const install = await run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=warn'], {
      cwd: consumer,
      env: npmEnv(),
      timeoutMs: 240_000,
    });
    expect(install.status, install.report).toBe(0);
  }, 300_000);

  it('resolves the plugin from its own node_modules, not from this repository', async () => {
    const resolved = await run(
      node,
      ['--input-type=module', '-e', "for (const s of ['eslint-plugin-delivery-codes', 'eslint-plugin-delivery-codes/codes']) console.log(import.meta.resolve(s))"],
      { cwd: consumer },
    );
    expect(resolved.status, resolved.report).toBe(0);
    const paths = resolved.stdout.trim().split('\n').map((url) => relative(consumer, fileURLToPath(url)));
    expect(paths).toEqual([
      join('node_modules', pkg.name, 'dist', 'src', 'index.js'),
      join('node_modules', pkg.name, 'dist', 'src', 'codes', 'index.js'),
    ]);
  });

  it('type-checks against the published declarations, and they reject a wrong code', async () => {
    const tscBin = join('node_modules', 'typescript', 'bin', 'tsc');
    const tsc = [tscBin, '-p', '.', '--noEmit', '--pretty', 'false'];
    const clean = await run(node, tsc, { cwd: consumer });
    expect(clean.status, clean.report).toBe(0);
    const declarations = await run(node, [tscBin, '-p', 'tsconfig.declarations.json', '--pretty', 'false'], { cwd: consumer });
    expect(declarations.status, declarations.report).toBe(0);

    // Without its @ts-expect-error the assignment of 552 must fail: the directive is not vacuous
    // (if the types resolved to `any`, the clean run above would already fail on an unused directive).
    const appPath = join(consumer, 'src', 'app.ts');
    const app = readFileSync(appPath, 'utf8');
    const wrong = app.replace(/^\/\/ @ts-expect-error.*\n/m, '');
    expect(wrong).not.toBe(app);
    writeFileSync(appPath, wrong);
    try {
      const rejected = await run(node, tsc, { cwd: consumer });
      expect(rejected.status, rejected.report).not.toBe(0);
      expect(rejected.stdout, rejected.report).toMatch(/src\/app\.ts\(\d+,\d+\): error TS2322: Type '552' is not assignable to type 'RetryableSmtpReplyCode'/);
      expect(rejected.stdout.trim().split('\n'), `only that error\n${rejected.report}`).toHaveLength(1);
    } finally {
      writeFileSync(appPath, app);
    }
  }, SLOW);

  it("loads the plugin in the consumer's ESLint and reports the planted mistake, typed", async () => {
    const eslint = await run(node, [join('node_modules', 'eslint', 'bin', 'eslint.js'), '--format', 'json', 'src'], { cwd: consumer });
    // 1: lint errors found (2 would be a crash or a config error).
    expect(eslint.status, eslint.report).toBe(1);
    const results = JSON.parse(eslint.stdout) as { filePath: string; messages: { ruleId: string | null; line: number; message: string; fatal?: boolean }[] }[];
    const byFile = Object.fromEntries(
      results.map((result) => [relative(consumer, result.filePath), result.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, fatal: m.fatal ?? false }))]),
    );
    const bounce = readFileSync(join(consumer, 'src', 'bounce.ts'), 'utf8');
    const switchLine = bounce.split('\n').findIndex((line) => /^\s*switch \(code\)/.test(line)) + 1;
    expect(switchLine, 'fixture layout').toBeGreaterThan(0);
    expect(byFile, eslint.report).toEqual({
      [join('src', 'app.ts')]: [],
      [join('src', 'bounce.ts')]: [{ ruleId: RULE, line: switchLine, fatal: false }],
    });
  }, SLOW);

  it('runs the delivery-codes bin', async () => {
    const help = await run(join(consumer, 'node_modules', '.bin', 'delivery-codes'), ['--help'], { cwd: consumer });
    expect(help.status, help.report).toBe(0);
    expect(help.stdout, help.report).toContain('generate');
  });

  // The bin must find the catalog shipped beside dist/ (catalog/*.yaml), not look for it in
  // dist/catalog, where the compiled loader lives, and must not need anything outside the tarball.
  it('runs `delivery-codes summary` over the bundled catalog', async () => {
    const summary = await run(join(consumer, 'node_modules', '.bin', 'delivery-codes'), ['summary'], { cwd: consumer });
    expect(summary.status, summary.report).toBe(0);
    expect(summary.stdout, summary.report).toMatch(/provider families/);
    expect(summary.stdout, summary.report).toContain(join('node_modules', pkg.name, 'catalog'));
  });
});
