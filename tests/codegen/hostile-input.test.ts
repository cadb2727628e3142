/**
 * `delivery-codes generate` takes users' catalogs: whatever is in them, a bad
 * catalog gets one `file:line:col field: problem` line per problem, exit code 1,
 * and an output directory that is byte for byte what it was. The mistakes of
 * tests/catalog/validation.test.ts are not repeated here; these are the ones a
 * careless or hostile catalog adds: wrong types, problems of several kinds in
 * one entry, names that clash once generated, names the generator needs for
 * itself, ids that point outside the output directory, YAML that expands
 * without bound, and size.
 */
import { mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { MAX_CATALOG_FILE_BYTES } from '../../catalog/load.ts';
import type { LoadedFamily } from '../../catalog/load.ts';
import { generateCodes } from '../../codegen/generate.ts';
import { RESERVED_IDENTIFIERS } from '../../codegen/names.ts';
import { writeGenerated } from '../../codegen/write.ts';
import { lines, ROOT, runCli, snapshotDir, tempDir } from './run-cli.ts';

const FIXTURES = 'tests/fixtures/catalogs';
const at = (fixture: string, file: string, rest: string) => `${FIXTURES}/${fixture}/${file}:${rest}`;
const VOCABULARY_OUTCOMES = 'must be one of "delivered", "read", "accepted", "pending", "failed", "unknown"';
const KEBAB = 'must be kebab-case: lower-case words joined by "-"';
const PASCAL = 'must be a PascalCase identifier (letters and digits, starting upper-case)';

/** Positions were read off the fixture files by hand. */
const REFUSED: { fixture: string; what: string; problems: string[] }[] = [
  {
    fixture: 'wrong-types',
    what: 'values of the wrong type, named by what was found',
    problems: [
      at('wrong-types', 'acme.yaml', '3:14 displayName: must be text, not a number'),
      at('wrong-types', 'acme.yaml', '4:14 description: must be text, not a list'),
      at('wrong-types', 'acme.yaml', '6:11 codeType: must be one of "number", "string"'),
      at('wrong-types', 'acme.yaml', '7:15 sentAsString: must be true or false, not text'),
      at('wrong-types', 'acme.yaml', '8:12 nameHints: must be a list, not text'),
      at('wrong-types', 'acme.yaml', '17:14 entries[0].charged: must be true, false or "sometimes"'),
      at('wrong-types', 'acme.yaml', '20:7 entries[0].sources: must be a list, not a mapping'),
      at('wrong-types', 'acme.yaml', '21:5 entries[1]: must be a mapping, not text'),
      at('wrong-types', 'acme.yaml', '22:5 entries[2].permanence: is required for a failure'),
      at('wrong-types', 'acme.yaml', '22:5 entries[2].retry: is required for a failure'),
      at('wrong-types', 'acme.yaml', '22:11 entries[2].code: must not be negative'),
      at('wrong-types', 'acme.yaml', '24:13 entries[2].summary: must be text, not empty'),
      at('wrong-types', 'acme.yaml', '30:18 entries[2].sources[0].section: must be text, not a number'),
    ],
  },
  {
    fixture: 'schema-and-cross',
    what: 'entries that break the schema and repeat a code or a name, or use an undeclared channel or group',
    problems: [
      at('schema-and-cross', 'acme.yaml', '8:1 website: unknown field'),
      at('schema-and-cross', 'acme.yaml', '25:11 entries[1].code: duplicate code 100 in channel sms (first at entry 0)'),
      at('schema-and-cross', 'acme.yaml', '27:11 entries[1].name: duplicate name "Blocked" (first at entry 0)'),
      at('schema-and-cross', 'acme.yaml', `29:14 entries[1].outcome: ${VOCABULARY_OUTCOMES}`),
      at('schema-and-cross', 'acme.yaml', '35:5 entries[2].sources: is required'),
      at('schema-and-cross', 'acme.yaml', '35:5 entries[2].permanence: is required for a failure'),
      at('schema-and-cross', 'acme.yaml', '35:5 entries[2].retry: is required for a failure'),
      at('schema-and-cross', 'acme.yaml', '36:14 entries[2].channel: "fax" is not a declared channel'),
      at('schema-and-cross', 'acme.yaml', '37:12 entries[2].group: "api" is not a declared group'),
    ],
  },
  {
    fixture: 'clashing-names',
    what: 'families that would generate the same file or identifier (one of them also invalid)',
    problems: [
      at('clashing-names', 'a1b.yaml', `1:9 family: generates "A1bChannel", which ${FIXTURES}/clashing-names/a-1b.yaml generates too`),
      at('clashing-names', 'acme.yml', `1:9 family: "acme" is already used by ${FIXTURES}/clashing-names/acme.yaml`),
      at('clashing-names', 'beta.yaml', `4:11 enumName: "FooCode" is already used by ${FIXTURES}/clashing-names/alpha.yaml`),
      at('clashing-names', 'gamma.yaml', `4:11 enumName: "Foo" is already used by ${FIXTURES}/clashing-names/alpha.yaml`),
      at('clashing-names', 'gamma.yaml', `10:14 entries[0].outcome: ${VOCABULARY_OUTCOMES}`),
    ],
  },
  {
    fixture: 'reserved-names',
    what: 'family ids and enum names the generated module needs for itself',
    problems: [
      at('reserved-names', 'entry.yaml', '4:11 enumName: generates "CodeEntry", a name the codes module already uses'),
      at('reserved-names', 'index.yaml', '1:9 family: is reserved: the generated index.ts has that name'),
      at('reserved-names', 'nul.yaml', '1:9 family: is reserved: "nul.ts" is a device name on Windows'),
      at('reserved-names', 'object.yaml', '4:11 enumName: generates "Object", a name the codes module already uses'),
      at('reserved-names', 'outcome.yaml', '4:11 enumName: generates "Outcome", a name the codes module already uses'),
      at('reserved-names', 'shop.yaml', '4:11 enumName: generates "ShopChannel", which the family id "shop" generates too'),
    ],
  },
  {
    fixture: 'bad-names',
    what: 'names and ids that carry code: refused, never escaped',
    problems: [
      at('bad-names', 'acme.yaml', `6:11 enumName: ${PASCAL}`),
      at('bad-names', 'acme.yaml', '8:19 nameHints[1]: must be a lower-case word'),
      at('bad-names', 'acme.yaml', `10:9 channels[0].id: ${KEBAB}`),
      at('bad-names', 'acme.yaml', `13:9 groups[0].id: ${KEBAB}`),
      at('bad-names', 'acme.yaml', `17:14 entries[0].channel: ${KEBAB}`),
      at('bad-names', 'acme.yaml', `18:12 entries[0].group: ${KEBAB}`),
      at('bad-names', 'acme.yaml', `19:11 entries[0].name: ${PASCAL}`),
      at('bad-names', 'acme.yaml', `30:14 entries[1].channel: ${KEBAB}`),
      at('bad-names', 'acme.yaml', `31:12 entries[1].group: ${KEBAB}`),
      at('bad-names', 'acme.yaml', `32:11 entries[1].name: ${PASCAL}`),
    ],
  },
  {
    fixture: 'bad-text',
    what: 'text that cannot stay on one line of generated code, or be written as UTF-8',
    problems: [
      at('bad-text', 'acme.yaml', '3:14 displayName: must not be empty'),
      at('bad-text', 'acme.yaml', '8:11 entries[0].code: must be a single line'),
      at('bad-text', 'acme.yaml', '10:14 entries[0].summary: must be a single line'),
      at('bad-text', 'acme.yaml', '11:12 entries[0].title: must be a single line'),
      at('bad-text', 'acme.yaml', '19:18 entries[0].sources[0].section: must be well-formed Unicode (it has a lone surrogate)'),
      at('bad-text', 'acme.yaml', '20:11 entries[0].note: must be a single line'),
    ],
  },
  {
    fixture: 'path-escape',
    what: 'family ids that would name a file outside the output directory',
    problems: [
      at('path-escape', '...yaml', `1:9 family: ${KEBAB}`),
      at('path-escape', 'absolute.yaml', `1:9 family: ${KEBAB}`),
      at('path-escape', 'nested.yaml', `1:9 family: ${KEBAB}`),
      at('path-escape', 'parent.yaml', `1:9 family: ${KEBAB}`),
    ],
  },
  {
    fixture: 'yaml-hazards',
    what: 'an alias bomb, an empty file, two documents in one file, and a list for a family',
    problems: [
      at('yaml-hazards', 'bomb.yaml', '4:18 (yaml): Excessive alias count indicates a resource exhaustion attack'),
      at('yaml-hazards', 'empty.yaml', '1:1 (file): is empty: a catalog file holds one family'),
      at('yaml-hazards', 'list.yaml', '1:1 (file): must be a mapping, not a list'),
      at('yaml-hazards', 'multi.yaml', '2:1 (yaml): Source contains multiple documents; please use YAML.parseAllDocuments()'),
    ],
  },
];

/** An output directory with files of every kind in it, and a way to check that neither it nor its parent changed. */
function populatedOut() {
  const base = tempDir();
  const out = join(base, 'generated');
  mkdirSync(join(out, 'nested'), { recursive: true });
  writeFileSync(join(out, 'acme.ts'), '// Generated by `delivery-codes generate` from acme.yaml. Do not edit by hand.\nexport {};\n');
  writeFileSync(join(out, 'index.ts'), 'export const mine = 1;\n');
  writeFileSync(join(out, 'nested', 'keep.bin'), Buffer.from([0, 1, 2, 255]));
  const before = snapshotDir(base);
  return { base, out, unchanged: () => expect(snapshotDir(base)).toEqual(before) };
}

function sorted(list: readonly string[]): string[] {
  return [...list].sort();
}

describe.concurrent.each(REFUSED)('a catalog with $what ($fixture)', ({ fixture, problems }) => {
  it('is refused: one line per problem, exit 1, nothing written', async ({ expect }) => {
    const { out, unchanged } = populatedOut();
    const result = await runCli('generate', '--catalog', `${FIXTURES}/${fixture}`, '--out', out);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const printed = lines(result.stderr);
    expect(sorted(printed.slice(0, -1))).toEqual(sorted(problems));
    expect(printed.at(-1)).toBe(`${problems.length} catalog problem(s); nothing written.`);
    unchanged();
  });
});

describe.concurrent('the command line around a catalog', () => {
  it('refuses a --catalog that is not a directory, and an --out that is a file, as usage errors (exit 2)', async ({ expect }) => {
    const { base, out, unchanged } = populatedOut();
    const missing = await runCli('generate', '--catalog', join(base, 'no-such-dir'), '--out', out);
    expect(missing.status).toBe(2);
    expect(lines(missing.stderr)[0]).toBe(`error: --catalog ${join(base, 'no-such-dir')} is not a directory`);
    const file = join(out, 'index.ts');
    const outIsFile = await runCli('generate', '--catalog', `${FIXTURES}/valid`, '--out', file);
    expect(outIsFile.status).toBe(2);
    expect(lines(outIsFile.stderr)[0]).toBe(`error: --out ${file} is not a directory`);
    unchanged();
  });

  it('reports a *.yaml entry that is a directory instead of failing on it', async ({ expect }) => {
    const catalog = tempDir();
    mkdirSync(join(catalog, 'acme.yaml'));
    const { out, unchanged } = populatedOut();
    const result = await runCli('generate', '--catalog', catalog, '--out', out);
    expect(result.status).toBe(1);
    expect(lines(result.stderr)[0]).toBe(`${join(catalog, 'acme.yaml')}:1:1 (file): is not a file`);
    unchanged();
  });

  it(`refuses a file over ${MAX_CATALOG_FILE_BYTES} bytes before reading it`, async ({ expect }) => {
    const catalog = tempDir();
    const path = join(catalog, 'huge.yaml');
    // A sparse file: the size is what is refused, so there is no need to fill it.
    writeFileSync(path, '');
    truncateSync(path, MAX_CATALOG_FILE_BYTES + 1);
    const { out, unchanged } = populatedOut();
    const result = await runCli('generate', '--catalog', catalog, '--out', out);
    expect(result.status).toBe(1);
    expect(lines(result.stderr)[0]).toBe(
      `${path}:1:1 (file): is ${MAX_CATALOG_FILE_BYTES + 1} bytes, over the limit of ${MAX_CATALOG_FILE_BYTES} (8 MiB) for one catalog file`,
    );
    unchanged();
  });

  it('keeps files of other generators in the output directory, and removes only its own leftovers', async ({ expect }) => {
    const out = join(tempDir(), 'generated');
    mkdirSync(out);
    const foreign = '// Generated by protoc. DO NOT EDIT.\nexport const message = 1;\n';
    writeFileSync(join(out, 'messages.ts'), foreign);
    writeFileSync(join(out, 'gone.ts'), '// Generated by `delivery-codes generate` from gone.yaml. Do not edit by hand.\n');
    expect((await runCli('generate', '--catalog', `${FIXTURES}/valid`, '--out', out)).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['acme.ts', 'beacon.ts', 'cargo-net.ts', 'index.ts', 'messages.ts']);
    expect(readFileSync(join(out, 'messages.ts'), 'utf8')).toBe(foreign);
  });
});

describe('generated file names stay inside the output directory', () => {
  const file = (name: string) => ({ name, text: 'export {};\n' });

  it.each(['../x.ts', '/abs.ts', 'a/b.ts', 'a\\b.ts', '..', '.', '', '.hidden.ts', 'x\0.ts'])(
    'writeGenerated refuses %j and writes nothing anywhere',
    (name) => {
      const base = tempDir();
      const out = join(base, 'out');
      expect(() => writeGenerated(out, [file('fine.ts'), file(name)])).toThrow(/must stay inside/);
      // Not even a staging directory or an empty output directory is left behind.
      expect(readdirSync(base)).toEqual([]);
    },
  );

  it('writeGenerated refuses two files of one name', () => {
    const base = tempDir();
    expect(() => writeGenerated(join(base, 'out'), [file('a.ts'), file('a.ts')])).toThrow(/twice/);
    expect(readdirSync(base)).toEqual([]);
  });

  it.each(['../x', '/abs', 'a/b', '..', 'index'])('generateCodes refuses the family id %j, for callers that skip the loader', (id) => {
    const family = {
      file: 'x.yaml',
      data: {
        family: id,
        displayName: 'X',
        description: 'X',
        enumName: 'XError',
        codeType: 'number',
        entries: [{ code: 1, name: 'A', summary: 'A', outcome: 'unknown', action: 'none', basis: 'inferred', sources: [{ doc: 'd', section: 's' }] }],
      },
    } as LoadedFamily;
    expect(() => generateCodes([family])).toThrow(/cannot name a generated file/);
  });
});

describe('reserved identifiers', () => {
  it('cover every name the codes module exports beside the families', () => {
    const exported: string[] = [];
    for (const path of ['src/codes/types.ts', 'src/codes/vocabulary.ts', 'src/codes/index.ts']) {
      const source = ts.createSourceFile(path, readFileSync(join(ROOT, path), 'utf8'), ts.ScriptTarget.Latest, true);
      for (const statement of source.statements) {
        if (!ts.canHaveModifiers(statement) || !ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
        if (ts.isVariableStatement(statement)) exported.push(...statement.declarationList.declarations.map((d) => d.name.getText()));
        else if ('name' in statement && statement.name) exported.push((statement.name as ts.Identifier).text);
      }
    }
    const generatedIndex = readFileSync(join(ROOT, 'src', 'generated', 'index.ts'), 'utf8');
    expect(generatedIndex).toMatch(/export const FAMILIES\b/);
    expect(generatedIndex).toMatch(/export type FamilyId\b/);
    expect(exported.length).toBeGreaterThan(10);
    expect(exported.filter((name) => !RESERVED_IDENTIFIERS.has(name))).toEqual([]);
  });
});

describe('a very large catalog', () => {
  const ENTRIES = 20_000;

  it(`of ${ENTRIES} entries in one family is generated (time is logged)`, async () => {
    const catalog = tempDir();
    const entries = Array.from({ length: ENTRIES }, (_, i) => ({
      code: i,
      name: `Code${i}`,
      summary: `Summary of code ${i}.`,
      outcome: 'failed',
      permanence: i % 2 === 0 ? 'permanent' : 'transient',
      retry: i % 2 === 0 ? 'never' : 'safe',
      action: 'investigate',
      basis: 'inferred',
      sources: [{ doc: 'seeds/big.txt', section: `Row ${i}` }],
    }));
    const yaml = stringify({ family: 'big', displayName: 'Big', description: 'Many codes.', enumName: 'BigCode', codeType: 'number', entries });
    writeFileSync(join(catalog, 'big.yaml'), yaml);
    expect(yaml.length).toBeLessThan(MAX_CATALOG_FILE_BYTES);
    const out = join(tempDir(), 'generated');

    const started = performance.now();
    const result = await runCli('generate', '--catalog', catalog, '--out', out);
    const seconds = (performance.now() - started) / 1000;
    console.info(`${ENTRIES} entries (${(yaml.length / 1024 / 1024).toFixed(1)} MB of YAML) generated in ${seconds.toFixed(1)} s`);

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['big.ts', 'index.ts']);
    const text = readFileSync(join(out, 'big.ts'), 'utf8');
    expect(text.match(/^ {2}Code\d+ = \d+,?$/gm)).toHaveLength(ENTRIES);
    expect(text).toContain(`  Code${ENTRIES - 1} = ${ENTRIES - 1}\n`);
  }, 600_000);
});
