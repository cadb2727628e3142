/**
 * The `delivery-codes` CLI as a user runs it: spawned from source through tsx,
 * and from the build with plain node. Expectations come from the catalog YAML
 * (through catalog/load.ts) and the generated lookups, not from copied text.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, loadCatalogDir } from '../../catalog/load.ts';
import type { CatalogEntry } from '../../catalog/schema.ts';
import { describeCode, FAMILIES, findCode } from '../../src/codes/index.ts';
import { allEntries, lookupCode } from '../../src/cli/lookup.ts';
import { showCode } from '../../src/cli/render.ts';
import { buildOnce } from '../e2e/build-once.ts';
import { ANSI, builtCli, cli, lines, plainEnv, ROOT, run, SOURCE_CLI, TSX } from './run.ts';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

function loadCatalog() {
  const loaded = loadCatalogDir(join(ROOT, 'catalog'));
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  return loaded.families.flatMap(({ data }) => data.entries.map((entry) => ({ family: data.family, entry })));
}

const catalog = loadCatalog();
const key = (family: string, entry: { channel?: string; code: number | string }) =>
  `${family}|${entry.channel ?? ''}|${typeof entry.code}:${entry.code}`;
const keysWhere = (pick: (entry: CatalogEntry) => boolean) =>
  catalog.filter(({ entry }) => pick(entry)).map(({ family, entry }) => key(family, entry)).sort();

interface JsonEntry {
  family: string;
  code: number | string;
  channel?: string;
  name: string;
  outcome: string;
  permanence?: string;
  retry?: string;
}

/** Every test spawns tsx or node a few times; other test files share the two cores. */
const CLI_TIMEOUT = { timeout: 240_000 };

describe.concurrent('explain', CLI_TIMEOUT, () => {
  it('prints family, name, classification, basis and every source of a known code', async ({ expect }) => {
    const result = await cli(['explain', '30007']);
    expect(result.status, result.report).toBe(0);
    expect(result.stderr).toBe('');
    const entry = describeCode('twilio', 30007)!;
    const out = result.stdout;
    expect(lines(out)[0]).toBe(`Twilio 30007  ${entry.name}`);
    expect(out).toContain(entry.summary);
    expect(out).toMatch(/family: +twilio \(Twilio\)/);
    expect(out).toMatch(new RegExp(`name: +${entry.name}`));
    expect(out).toMatch(new RegExp(`outcome: +${entry.outcome}`));
    expect(out).toMatch(new RegExp(`permanence: +${entry.permanence}`));
    expect(out).toMatch(new RegExp(`retry: +${entry.retry}: `));
    expect(out).toMatch(new RegExp(`action: +${entry.action}`));
    expect(out).toMatch(new RegExp(`basis: +${entry.basis}`));
    for (const source of entry.sources) expect(out).toContain(`${source.doc} — ${source.section}`);
  });

  it('shows the retry window and the conflicts an entry records', async ({ expect }) => {
    const result = await cli(['explain', '552']);
    expect(result.status, result.report).toBe(0);
    const entry = describeCode('smtp', 552)!;
    expect(entry.conflicts?.length).toBeGreaterThan(0);
    for (const conflict of entry.conflicts ?? []) {
      expect(result.stdout).toContain(`${conflict.source.doc} — ${conflict.source.section} says: ${conflict.says}`);
      expect(result.stdout).toContain(conflict.resolution);
    }
    const deferred = await cli(['explain', '421']);
    expect(deferred.stdout).toMatch(new RegExp(`retry window: +${describeCode('smtp', 421)!.retryWindow}`));
  });

  it('lists every channel that knows a code, and --channel picks one', async ({ expect }) => {
    const expected = findCode(7004);
    expect(expected.length).toBeGreaterThan(1);
    const all = await cli(['explain', '7004']);
    expect(all.status, all.report).toBe(0);
    const headers = lines(all.stdout).filter((line) => line.startsWith('Webex Connect 7004'));
    expect(headers).toEqual(expected.map((entry) => `Webex Connect 7004  ${entry.name}`));
    for (const entry of expected) expect(all.stdout).toMatch(new RegExp(`channel: +${entry.channel} `));

    const sms = await cli(['explain', '7004', '--family', 'webex-connect', '--channel', 'sms']);
    expect(sms.status, sms.report).toBe(0);
    expect(lines(sms.stdout).filter((line) => line.startsWith('Webex Connect 7004'))).toEqual([
      `Webex Connect 7004  ${describeCode('webex-connect', 7004, 'sms')!.name}`,
    ]);
  });

  it('a code several families know is explained once for each of them, in catalog order', async ({ expect, skip }) => {
    const families = new Map<string, Set<string>>();
    for (const { familyId, entry } of allEntries()) {
      const text = String(entry.code);
      families.set(text, (families.get(text) ?? new Set()).add(familyId));
    }
    const shared = [...families].find(([code, ids]) => ids.size > 1 && /^\d+$/.test(code));
    if (!shared) return skip('no numeric code is in two families of this catalog');
    const [code] = shared;
    const result = await cli(['explain', code]);
    expect(result.status, result.report).toBe(0);
    const headers = result.stdout.split('\n').filter((line) => /^\S/.test(line));
    const expected = lookupCode(code).map(({ family, entry }) => `${family.displayName} ${showCode(entry.code)}  ${entry.name}`);
    expect(new Set(lookupCode(code).map((hit) => hit.familyId)).size).toBeGreaterThan(1);
    expect(headers).toEqual(expected);
  });

  it('takes text codes as one quoted argument', async ({ expect }) => {
    const result = await cli(['explain', 'Message blocked by STOP']);
    expect(result.status, result.report).toBe(0);
    expect(lines(result.stdout)[0]).toBe('Connection Card Pro "Message blocked by STOP"  MessageBlockedByStop');
    const dotted = await cli(['explain', '5.1.1']);
    // Text that looks like an enhanced status code is looked up as text: found where a family has it, else not found.
    const known = findCode('5.1.1').length > 0;
    expect(dotted.status, dotted.report).toBe(known ? 0 : 1);
  });

  it('an unknown code exits 1 with the closest matches, by edit distance then numeric closeness', async ({ expect }) => {
    const result = await cli(['explain', '30070']);
    expect(result.status, result.report).toBe(1);
    expect(result.stdout).toBe('');
    const err = lines(result.stderr);
    expect(err[0]).toBe('not found: no catalog entry for "30070"');
    expect(err[1]).toBe('closest matches:');
    expect(err[2]).toMatch(/^ {2}30007 +twilio +CarrierViolation +delivery-codes explain 30007 --family twilio$/);
    expect(err.length).toBeLessThanOrEqual(2 + 5);
  });

  it('suggests text codes whatever their case, and an entry by its name', async ({ expect }) => {
    const text = await cli(['explain', 'message blocked by stop']);
    expect(text.status).toBe(1);
    expect(lines(text.stderr)[2]).toContain(`'Message blocked by STOP' --family connection-card-pro`);
    const byName = await cli(['explain', 'CarrierViolation']);
    expect(byName.status).toBe(1);
    expect(lines(byName.stderr)[2]).toMatch(/^ {2}30007 +twilio +CarrierViolation/);
  });

  it('a code the family filter excludes is not found there', async ({ expect }) => {
    const result = await cli(['explain', '552', '--family', 'twilio']);
    expect(result.status, result.report).toBe(1);
    expect(lines(result.stderr)[0]).toBe('not found: no catalog entry for "552" in family twilio');
  });

  it('usage errors exit 2 and point at --help', async ({ expect }) => {
    const cases: [string[], RegExp][] = [
      [['explain'], /missing required args/],
      [['explain', 'Message', 'blocked'], /Unused args.*quote a code that has spaces/],
      [['explain', '30007', '--family', 'nope'], /unknown family "nope"; families: .*\btwilio\b/],
      [['explain', '30007', '--channel', 'fax'], /unknown channel "fax" for any family/],
      [['explain', '30007', '--family', 'twilio', '--channel', 'sms'], /family twilio has no channels/],
      [['explain', '30007', '--bogus'], /Unknown option `--bogus`/],
      [['list', '--permanent', '--non-retryable'], /exclude each other/],
      [['frobnicate'], /unknown command: frobnicate/],
    ];
    const results = await Promise.all(cases.map(([args]) => cli(args)));
    for (const [i, [, message]] of cases.entries()) {
      const result = results[i]!;
      expect(result.status, result.report).toBe(2);
      expect(result.stderr, result.report).toMatch(message);
      expect(result.stderr, result.report).toMatch(/run `delivery-codes .*--help` for usage/);
    }
    const bare = await cli([]);
    expect(bare.status).toBe(2);
    expect(bare.stdout).toContain('Commands:');
  });
});

describe.concurrent('list', CLI_TIMEOUT, () => {
  it('--json is every catalog entry, each with its family', async ({ expect }) => {
    const result = await cli(['list', '--json']);
    expect(result.status, result.report).toBe(0);
    const entries = JSON.parse(result.stdout) as JsonEntry[];
    expect(entries.map((entry) => key(entry.family, entry)).sort()).toEqual(keysWhere(() => true));
    const total = Object.values(FAMILIES).reduce((n, family) => n + family.entries.length, 0);
    expect(entries).toHaveLength(total);
  });

  it('--permanent keeps exactly the permanent failures of the catalog', async ({ expect }) => {
    const result = await cli(['list', '--permanent', '--json']);
    expect(result.status, result.report).toBe(0);
    const entries = JSON.parse(result.stdout) as JsonEntry[];
    const expected = keysWhere((entry) => entry.outcome === 'failed' && entry.permanence === 'permanent');
    expect(expected.length).toBeGreaterThan(0);
    expect(entries.map((entry) => key(entry.family, entry)).sort()).toEqual(expected);
  });

  it('--non-retryable keeps exactly the failures that must not be sent again unchanged', async ({ expect }) => {
    const result = await cli(['list', '--non-retryable', '--json', '--family', 'twilio']);
    expect(result.status, result.report).toBe(0);
    const entries = JSON.parse(result.stdout) as JsonEntry[];
    const expected = catalog
      .filter(({ family, entry }) => family === 'twilio' && entry.outcome === 'failed' && (entry.retry === 'never' || entry.retry === 'after-fix'))
      .map(({ family, entry }) => key(family, entry))
      .sort();
    expect(entries.map((entry) => key(entry.family, entry)).sort()).toEqual(expected);
  });

  it('prints a table with a header, one row per entry and a count', async ({ expect }) => {
    const result = await cli(['list', '--family', 'smtp']);
    expect(result.status, result.report).toBe(0);
    const out = lines(result.stdout);
    const smtp = FAMILIES.smtp.entries;
    expect(out[0]).toMatch(/^family +channel\/group +code +name +outcome +permanence +retry +action$/);
    expect(out.slice(1, -1).map((line) => line.split(/ {2,}/).slice(0, 4))).toEqual(
      smtp.map((entry) => ['smtp', entry.group ?? '', String(entry.code), entry.name]),
    );
    expect(out.at(-1)).toBe(`${smtp.length} entries`);
  });
});

describe.concurrent('help, version, colours', CLI_TIMEOUT, () => {
  it('--version prints the version from package.json', async ({ expect }) => {
    for (const result of await Promise.all(['--version', '-v'].map((flag) => cli([flag])))) {
      expect(result.status, result.report).toBe(0);
      expect(result.stdout).toBe(`${pkg.version}\n`);
    }
  });

  it('--help lists every command and exits 0; a command has its own help', async ({ expect }) => {
    const result = await cli(['--help']);
    expect(result.status, result.report).toBe(0);
    for (const command of ['explain <code>', 'list', 'generate', 'summary']) expect(result.stdout).toMatch(new RegExp(`^ {2}${command} `, 'm'));
    const explain = await cli(['explain', '--help']);
    expect(explain.status).toBe(0);
    expect(explain.stdout).toContain('--family <family>');
    expect(explain.stdout).toContain('--channel <channel>');
  });

  it('prints no colour codes when piped, even without NO_COLOR', async ({ expect }) => {
    expect(plainEnv().NO_COLOR).toBeUndefined();
    const runs = [['explain', '30007'], ['explain', '30070'], ['list', '--family', 'smtp'], ['list', '--bogus']];
    for (const result of await Promise.all(runs.map((args) => cli(args)))) {
      expect(result.stdout + result.stderr, result.report).not.toMatch(ANSI);
      expect(result.stdout + result.stderr, result.report).not.toBe('');
    }
  });

  const hasScript = existsSync('/usr/bin/script') && process.platform === 'linux';
  it.skipIf(!hasScript)('colours a terminal unless NO_COLOR is set', async ({ expect }) => {
    // util-linux `script` runs the command on a pseudo-terminal.
    const command = `'${TSX}' '${SOURCE_CLI}' list --family smtp`;
    const tty = await run('script', ['-qec', command, '/dev/null']);
    expect(tty.status, tty.report).toBe(0);
    expect(tty.stdout).toMatch(ANSI);
    const noColor = await run('script', ['-qec', command, '/dev/null'], { env: plainEnv({ NO_COLOR: '' }) });
    expect(noColor.status, noColor.report).toBe(0);
    expect(noColor.stdout).toContain('ExceededStorage');
    expect(noColor.stdout).not.toMatch(ANSI);
  });
});

describe('the built CLI (dist/codegen/cli.js, plain node)', CLI_TIMEOUT, () => {
  let installed: string | undefined;

  beforeAll(async () => {
    await buildOnce();
  }, 200_000);

  afterAll(() => {
    if (installed) rmSync(installed, { recursive: true, force: true });
  });

  it('starts with a shebang and prints what the source prints', async () => {
    expect(readFileSync(join(ROOT, 'dist', 'codegen', 'cli.js'), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    const [built, source] = await Promise.all([builtCli(['explain', '30007']), cli(['explain', '30007'])]);
    expect(built.status, built.report).toBe(0);
    expect(built.stdout).toBe(source.stdout);
    const version = await builtCli(['--version']);
    expect(version.stdout).toBe(`${pkg.version}\n`);
    const unknown = await builtCli(['explain', '30070']);
    expect(unknown.status).toBe(1);
  });

  it('finds the shipped catalog from an installed layout, and `generate` there needs --out', async () => {
    // What npm installs: dist/, catalog/ and package.json, without src/ (see package.json "files").
    installed = mkdtempSync(join(tmpdir(), 'delivery-codes-installed-'));
    const pkgDir = join(installed, 'node_modules', 'eslint-plugin-delivery-codes');
    mkdirSync(pkgDir, { recursive: true });
    cpSync(join(ROOT, 'dist'), join(pkgDir, 'dist'), { recursive: true });
    cpSync(join(ROOT, 'catalog'), join(pkgDir, 'catalog'), { recursive: true, filter: (src) => !src.endsWith('.ts') });
    cpSync(join(ROOT, 'package.json'), join(pkgDir, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(pkgDir, 'node_modules'), 'dir');
    const bin = join(pkgDir, 'dist', 'codegen', 'cli.js');

    const summary = await run(process.execPath, [bin, 'summary'], { cwd: installed });
    expect(summary.status, summary.report).toBe(0);
    expect(summary.stdout).toMatch(/provider families/);
    const explain = await run(process.execPath, [bin, 'explain', '21610'], { cwd: installed });
    expect(explain.status, explain.report).toBe(0);
    const generate = await run(process.execPath, [bin, 'generate'], { cwd: installed });
    expect(generate.status, generate.report).toBe(2);
    expect(generate.stderr).toContain('--out <dir> is required');
    expect(existsSync(join(pkgDir, 'src'))).toBe(false);
  });
});
