/**
 * The generator: `--check` catches drift and names every stale file, output is
 * deterministic and headed, and every catalog entry can be reached through
 * the generated lookups.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadCatalogDir, type LoadedFamily } from '../../catalog/load.ts';
import type { CatalogEntry } from '../../catalog/schema.ts';
import { DEFAULT_GENERATE_OPTIONS, familyNames, generateCodes, isPermanent, isRetryable } from '../../codegen/generate.ts';
import * as codes from '../../src/codes/index.ts';
import { lines, ROOT, runCli, runCliIn, snapshotDir, tempDir } from './run-cli.ts';

function load(dir: string): LoadedFamily[] {
  const result = loadCatalogDir(dir);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.families;
}

const bundled = load(join(ROOT, 'catalog'));

describe.concurrent('npm run codegen -- --check', () => {
  it('passes on the committed src/generated', async ({ expect }) => {
    const result = await runCli('generate', '--check');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // A module per family and the index, plus the rules' JSON: an entries file per family and their index.
    expect(lines(result.stdout)).toEqual([`${2 * bundled.length + 2} generated files up to date in src/generated`]);
  }, 300_000);

  it('passes from another working directory too (headers name catalog files from the project root)', async ({ expect }) => {
    const result = await runCliIn(tempDir(), 'generate', '--check');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 300_000);

  it('fails on a changed catalog copy, naming each stale file, and writes nothing', async ({ expect }) => {
    const base = tempDir();
    const catalog = join(base, 'catalog');
    const out = join(base, 'generated');
    // A few of the smaller family files: enough families to show every kind of drift, and quick to generate.
    const copied = ['collect-ai', 'connection-card-pro', 'fcm', 'salesmsg', 'smtp'];
    mkdirSync(catalog);
    for (const family of copied) cpSync(join(ROOT, 'catalog', `${family}.yaml`), join(catalog, `${family}.yaml`));
    const first = await runCli('generate', '--catalog', catalog, '--out', out);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const clean = await runCli('generate', '--check', '--catalog', catalog, '--out', out);
    expect(clean.status).toBe(0);
    expect(lines(clean.stdout)).toEqual([`${copied.length + 1} generated files up to date in ${out}`]);

    // A changed entry, a removed family, a hand edit, and a deleted output file.
    const smtp = join(catalog, 'smtp.yaml');
    const yaml = readFileSync(smtp, 'utf8');
    const changed = yaml.replace(/^description: .*$/m, 'description: Changed after the last generation.');
    expect(changed).not.toBe(yaml);
    writeFileSync(smtp, changed);
    rmSync(join(catalog, 'salesmsg.yaml'));
    writeFileSync(join(out, 'fcm.ts'), `${readFileSync(join(out, 'fcm.ts'), 'utf8')}// edited by hand\n`);
    rmSync(join(out, 'connection-card-pro.ts'));
    const before = snapshotDir(base);

    const stale = await runCli('generate', '--check', '--catalog', catalog, '--out', out);
    expect(stale.status).toBe(1);
    expect(stale.stdout).toBe('');
    expect(lines(stale.stderr)).toEqual([
      `stale: ${join(out, 'connection-card-pro.ts')}`,
      `stale: ${join(out, 'fcm.ts')}`,
      `stale: ${join(out, 'smtp.ts')}`,
      `stale: ${join(out, 'index.ts')}`,
      `stale: ${join(out, 'salesmsg.ts')}`,
      '5 generated file(s) out of date; run `delivery-codes generate`.',
    ]);
    expect(snapshotDir(base)).toEqual(before);

    // Generating again brings everything up to date, and the removed family's file is gone.
    expect((await runCli('generate', '--catalog', catalog, '--out', out)).status).toBe(0);
    expect((await runCli('generate', '--check', '--catalog', catalog, '--out', out)).status).toBe(0);
    expect(readdirSync(out)).not.toContain('salesmsg.ts');
  }, 300_000);
});

describe('generated output', () => {
  it('is deterministic: generating now gives byte for byte what an earlier run wrote to src/generated', () => {
    const files = generateCodes(bundled, DEFAULT_GENERATE_OPTIONS);
    const dir = join(ROOT, 'src', 'generated');
    expect(readdirSync(dir).sort()).toEqual(files.map((f) => f.name).sort());
    for (const file of files) expect(readFileSync(join(dir, file.name), 'utf8'), file.name).toBe(file.text);
  }, 300_000);

  it('is deterministic: generating twice gives the same files, whatever order the families come in', () => {
    const valid = join(ROOT, 'tests', 'fixtures', 'catalogs', 'valid');
    const once = generateCodes(load(valid));
    expect(generateCodes(load(valid))).toEqual(once);
    const byName = (files: typeof once) => [...files].sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(byName(generateCodes([...load(valid)].reverse()))).toEqual(byName(once));
  });

  it('two CLI runs write byte-identical directories', async () => {
    const [a, b] = [join(tempDir(), 'out'), join(tempDir(), 'out')];
    const catalog = join(ROOT, 'tests', 'fixtures', 'catalogs', 'valid');
    expect((await runCli('generate', '--catalog', catalog, '--out', a)).status).toBe(0);
    expect((await runCli('generate', '--catalog', catalog, '--out', b)).status).toBe(0);
    expect(snapshotDir(b)).toEqual(snapshotDir(a));
  });

  it('starts every file with the "Generated by" header naming the command and the catalog file', () => {
    for (const file of readdirSync(join(ROOT, 'src', 'generated'))) {
      const text = readFileSync(join(ROOT, 'src', 'generated', file), 'utf8');
      const family = /^(.*?)(?:\.rules)?\.(?:ts|json)$/.exec(file)?.[1];
      const source = family === 'index' || family === 'rules-index' ? 'the catalog' : `catalog/${family}.yaml`;
      const header = `Generated by \`npm run codegen\` from ${source}. Do not edit by hand.`;
      // JSON has no comments: the rules' data files say it in a `generatedBy` field.
      if (file.endsWith('.json')) expect((JSON.parse(text) as { generatedBy?: string }).generatedBy, file).toBe(header);
      else expect(text.split('\n')[0], file).toBe(`// ${header}`);
    }
    // A user's catalog names the published command instead.
    const user = generateCodes(load(join(ROOT, 'tests', 'fixtures', 'catalogs', 'valid')), {
      typesImport: 'eslint-plugin-delivery-codes/codes',
      command: 'delivery-codes generate',
    });
    for (const file of user) expect(file.text.startsWith('// Generated by `delivery-codes generate` from '), file.name).toBe(true);
  });
});

type Lookup = (...args: unknown[]) => unknown;

describe('every catalog entry is reachable through the generated lookups', () => {
  const exported = codes as unknown as Record<string, unknown>;

  it('FAMILIES holds every family with every entry', () => {
    expect(Object.keys(codes.FAMILIES).sort()).toEqual(bundled.map((f) => f.data.family).sort());
    for (const { data } of bundled) {
      expect(codes.FAMILIES[data.family as codes.FamilyId].entries, data.family).toHaveLength(data.entries.length);
    }
  });

  it.each(bundled.map((f) => [f.data.family, f] as const))('%s', (_, { data }) => {
    const n = familyNames(data);
    const table = exported[n.table] as Record<string, unknown>;
    const enumObject = exported[n.enumName] as Record<string, unknown>;
    const guard = exported[n.guard] as Lookup;
    const family = data.family as codes.FamilyId;
    expect(table, n.table).toBeTypeOf('object');
    expect(enumObject, n.enumName).toBeTypeOf('object');
    expect(guard, n.guard).toBeTypeOf('function');

    const unreachable: string[] = [];
    const check = (entry: CatalogEntry, what: string, ok: boolean) => {
      if (!ok) unreachable.push(`${data.family}${entry.channel ? `/${entry.channel}` : ''} ${JSON.stringify(entry.code)}: ${what}`);
    };
    const key = (value: unknown) => JSON.stringify(sortKeys(value));
    const same = (a: unknown, b: unknown) => key(a) === key(b);
    const inFamilies = new Set(codes.FAMILIES[family].entries.map(key));

    for (const entry of data.entries) {
      const { code, channel } = entry;
      check(entry, 'describeCode', same(codes.describeCode(family, code, channel), entry));
      check(entry, 'describeCode without channel', codes.describeCode(family, code)?.code === code);
      const wanted = key(entry);
      check(entry, 'findCode', codes.findCode(code).some((found) => key(found) === wanted));
      check(entry, 'FAMILIES entries', inFamilies.has(wanted));
      const row = channel === undefined ? table[code] : (table[channel] as Record<string, unknown> | undefined)?.[code];
      check(entry, n.table, same(row, entry));
      check(entry, `${n.enumName}.${entry.name}`, enumObject[entry.name] === code);
      check(entry, n.guard, guard(code) === true);
      if (channel !== undefined) check(entry, `${n.guard}(code, channel)`, guard(code, channel) === true);
      else {
        check(entry, n.permanentGuard, (exported[n.permanentGuard] as Lookup)(code) === isPermanent(entry));
        check(entry, n.retryableGuard, (exported[n.retryableGuard] as Lookup)(code) === isRetryable(entry));
      }
      if (data.sentAsString) {
        check(entry, n.stringGuard, (exported[n.stringGuard] as Lookup)(String(code)) === true);
        check(entry, 'describeCode of the text form', same(codes.describeCode(family, String(code), channel), entry));
        check(entry, `${n.stringGuard} of a zero-padded form`, (exported[n.stringGuard] as Lookup)(`0${code}`) === false);
      }
    }
    expect(unreachable).toEqual([]);

    // And the guards say no to what is not a code of the family.
    for (const value of [-1, 'no such code', undefined, null, {}, data.codeType === 'number' ? String(data.entries[0]!.code) : 1]) {
      expect(guard(value), `${n.guard}(${JSON.stringify(value)})`).toBe(false);
    }
  });
});

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}
