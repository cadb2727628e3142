/**
 * Malformed catalogs are refused with one `file:line:col field: message` line
 * per problem, and nothing is written. Each fixture directory under
 * tests/fixtures/catalogs/ holds one kind of mistake; the positions below were
 * checked by hand against the fixture files.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadCatalogDir, loadCatalogFile } from '../../catalog/load.ts';
import { DEFAULT_GENERATE_OPTIONS, generateCodes } from '../../codegen/generate.ts';
import { staleFiles, writeGenerated } from '../../codegen/write.ts';
import { lines, ROOT, runCli, snapshotDir, tempDir } from '../codegen/run-cli.ts';
import { esmProject, STRICT_USER_OPTIONS, typecheck } from '../codegen/typecheck.ts';

const FIXTURES = 'tests/fixtures/catalogs';
const at = (fixture: string, file: string, rest: string) => `${FIXTURES}/${fixture}/${file}:${rest}`;

/** Expected problems per fixture, in file order; `dirOnly` ones come from comparing files with each other. */
const CASES: { fixture: string; what: string; problems: string[]; dirOnly?: string[] }[] = [
  {
    fixture: 'bad-yaml',
    what: 'YAML that does not parse (a mis-indented key)',
    problems: [
      at('bad-yaml', 'acme.yaml', '9:1 (yaml): Sequence item without - indicator'),
      at('bad-yaml', 'acme.yaml', '9:13 (yaml): Nested mappings are not allowed in compact mappings'),
      at('bad-yaml', 'acme.yaml', '9:13 (yaml): Implicit keys need to be on a single line'),
    ],
  },
  {
    fixture: 'unknown-field',
    what: 'unknown fields in the header, an entry and a source',
    problems: [
      at('unknown-field', 'acme.yaml', '6:1 vendor: unknown field'),
      at('unknown-field', 'acme.yaml', '14:5 entries[0].severity: unknown field'),
      at('unknown-field', 'acme.yaml', '20:9 entries[0].sources[0].page: unknown field'),
    ],
  },
  {
    fixture: 'wrong-enum',
    what: 'values outside the vocabulary',
    problems: [
      at('wrong-enum', 'acme.yaml', '10:14 entries[0].outcome: must be one of "delivered", "read", "accepted", "pending", "failed", "unknown"'),
      at('wrong-enum', 'acme.yaml', '23:12 entries[1].retry: must be one of "never", "after-fix", "safe", "provider-retries"'),
      at('wrong-enum', 'acme.yaml', '25:12 entries[1].basis: must be one of "documented", "inferred"'),
    ],
  },
  {
    fixture: 'duplicate-code',
    what: 'a code twice in one channel (the same code in another channel is fine)',
    problems: [at('duplicate-code', 'acme.yaml', '36:11 entries[2].code: duplicate code 100 in channel sms (first at entry 0)')],
  },
  {
    fixture: 'duplicate-name',
    what: 'two entries with one name',
    problems: [at('duplicate-name', 'acme.yaml', '19:11 entries[1].name: duplicate name "Blocked" (first at entry 0)')],
  },
  {
    fixture: 'missing-sources',
    what: 'an empty source list and a missing one',
    problems: [
      at('missing-sources', 'acme.yaml', '15:14 entries[0].sources: needs at least one source'),
      at('missing-sources', 'acme.yaml', '16:5 entries[1].sources: is required'),
    ],
  },
  {
    fixture: 'no-permanence',
    what: 'a failure without permanence (a delivered entry needs none)',
    problems: [at('no-permanence', 'acme.yaml', '7:5 entries[0].permanence: is required for a failure')],
  },
  {
    fixture: 'undeclared-channel',
    what: 'a channel the family does not declare, and an entry without a channel',
    problems: [
      at('undeclared-channel', 'acme.yaml', '23:14 entries[1].channel: "fax" is not a declared channel'),
      at('undeclared-channel', 'acme.yaml', '34:5 entries[2].channel: is required: the family declares channels'),
    ],
  },
  {
    fixture: 'family-mismatch',
    what: 'a family id that differs from the file name',
    problems: [at('family-mismatch', 'acme.yaml', '1:9 family: must match the file name "acme"')],
  },
  {
    fixture: 'wrong-code-type',
    what: "codes of the wrong type for the family's codeType, and a code that is neither",
    problems: [
      at('wrong-code-type', 'acme.yaml', "18:11 entries[1].code: must be a number (the family's codeType)"),
      at('wrong-code-type', 'beacon.yaml', "18:11 entries[1].code: must be a string (the family's codeType)"),
      at('wrong-code-type', 'cargo.yaml', '7:11 entries[0].code: must be a non-negative whole number or a single line of text'),
    ],
  },
  {
    fixture: 'multiline-summary',
    what: 'a summary over two lines',
    problems: [at('multiline-summary', 'acme.yaml', '9:14 entries[0].summary: must be a single line')],
  },
  {
    fixture: 'several-files',
    what: 'several problems in several files',
    problems: [
      at('several-files', 'alpha.yaml', '11:17 entries[0].permanence: must be one of "permanent", "transient", "unknown"'),
      at('several-files', 'alpha.yaml', '18:5 entries[0].seeAlso: unknown field'),
      at('several-files', 'beta.yaml', '6:1 (yaml): Map keys must be unique'),
      at('several-files', 'gamma.yaml', '7:5 entries[0].retry: is required for a failure'),
      at('several-files', 'gamma.yaml', '18:11 entries[1].name: duplicate name "Blocked" (first at entry 0)'),
    ],
    dirOnly: [at('several-files', 'epsilon.yaml', `4:11 enumName: "DeltaError" is already used by ${FIXTURES}/several-files/delta.yaml`)],
  },
];

/** Problems in file order, then by position: the loader's own order within a file is not part of the contract. */
function byPosition(list: readonly string[]): string[] {
  const key = (line: string) => {
    const match = /^(.*?):(\d+):(\d+) /.exec(line);
    return match ? [match[1]!, Number(match[2]), Number(match[3])] as const : [line, 0, 0] as const;
  };
  return [...list].sort((a, b) => {
    const [fa, la, ca] = key(a);
    const [fb, lb, cb] = key(b);
    return fa < fb ? -1 : fa > fb ? 1 : la - lb || ca - cb || (a < b ? -1 : a > b ? 1 : 0);
  });
}

// Each case runs the CLI; they are independent, so they run side by side.
describe.concurrent.each(CASES)('catalog with $what ($fixture)', ({ fixture, problems, dirOnly = [] }) => {
  const catalog = `${FIXTURES}/${fixture}`;

  it('the CLI exits 1, prints exactly these problems and leaves an existing output directory byte for byte as it was', async ({ expect }) => {
    const base = tempDir();
    const out = join(base, 'generated');
    mkdirSync(join(out, 'nested'), { recursive: true });
    writeFileSync(join(out, 'sentinel.txt'), 'do not touch\n');
    writeFileSync(join(out, 'index.ts'), '// Generated by `someone else`. Not ours to replace.\n');
    writeFileSync(join(out, 'nested', 'keep.bin'), Buffer.from([0, 1, 2, 255]));
    const before = snapshotDir(out);
    const baseBefore = readdirSync(base);

    const result = await runCli('generate', '--catalog', catalog, '--out', out);

    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const printed = lines(result.stderr);
    const all = [...problems, ...dirOnly];
    expect(byPosition(printed.slice(0, -1))).toEqual(byPosition(all));
    expect(printed.at(-1)).toBe(`${all.length} catalog problem(s); nothing written.`);
    expect(snapshotDir(out)).toEqual(before);
    // No staging directory or other file was left beside the output either.
    expect(readdirSync(base)).toEqual(baseBefore);
  });

  it('loadCatalogFile reports the same problems file by file', ({ expect }) => {
    const files = readdirSync(join(ROOT, catalog)).filter((name) => name.endsWith('.yaml')).sort();
    const reported: string[] = [];
    for (const name of files) {
      const result = loadCatalogFile(join(ROOT, catalog, name), `${catalog}/${name}`);
      if (!result.ok) {
        expect(result.problems.length).toBeGreaterThan(0);
        reported.push(...result.problems.map(formatProblem));
      }
    }
    expect(byPosition(reported)).toEqual(byPosition(problems));
  });
});

describe.concurrent('a refused catalog', () => {
  // The refusal is one branch for every kind of problem: a YAML error, and a mix of schema, entry and file problems.
  it.for(['bad-yaml', 'several-files'])(
    '(%s) creates no output directory that did not exist',
    async (fixture, { expect }) => {
      const base = tempDir();
      const out = join(base, 'missing', 'generated');
      const result = await runCli('generate', '--catalog', `${FIXTURES}/${fixture}`, '--out', out);
      expect(result.status).toBe(1);
      expect(readdirSync(base)).toEqual([]);
    },
  );
});

describe('loadCatalogFile', () => {
  it('gives structured positions, not only text', () => {
    const result = loadCatalogFile(join(ROOT, FIXTURES, 'duplicate-code', 'acme.yaml'), 'acme.yaml');
    expect(result).toEqual({
      ok: false,
      problems: [
        { file: 'acme.yaml', line: 36, col: 11, field: 'entries[2].code', message: 'duplicate code 100 in channel sms (first at entry 0)' },
      ],
    });
  });

  it('names the file by its path when no display path is given', () => {
    const path = join(ROOT, FIXTURES, 'family-mismatch', 'acme.yaml');
    const result = loadCatalogFile(path);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.file)).toEqual([path]);
  });

  it('accepts every file of the valid fixture catalog', () => {
    for (const name of ['acme.yaml', 'beacon.yaml', 'cargo-net.yaml']) {
      const result = loadCatalogFile(join(ROOT, FIXTURES, 'valid', name));
      expect(result.ok, name).toBe(true);
    }
  });
});

describe('loadCatalogDir', () => {
  it('reports a directory without catalog files', () => {
    const empty = tempDir();
    const result = loadCatalogDir(empty);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map(formatProblem)).toEqual([`${empty}:1:1 (catalog): no *.yaml catalog files found`]);
  });
});

describe('a valid catalog', () => {
  const catalog = `${FIXTURES}/valid`;

  it('generates into a new directory, and the output typechecks against the package types (also under strict user settings)', async () => {
    const project = esmProject();
    const out = join(project, 'src', 'codes');
    const result = await runCli('generate', '--catalog', catalog, '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(lines(result.stdout)).toEqual([`wrote 4 files to ${out} (3 families, 10 entries)`]);
    const written = readdirSync(out).sort();
    expect(written).toEqual(['acme.ts', 'beacon.ts', 'cargo-net.ts', 'index.ts']);
    const files = written.map((name) => join(out, name));
    expect(typecheck(files)).toEqual([]);
    expect(typecheck(files, STRICT_USER_OPTIONS)).toEqual([]);
  });

  it('generated with the bundled options (types from ../codes/types.ts), typechecks too', () => {
    const loaded = loadCatalogDir(join(ROOT, catalog));
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    const base = esmProject();
    mkdirSync(join(base, 'generated'));
    mkdirSync(join(base, 'codes'));
    // Stand-in for src/codes/types.ts beside the generated directory, as in the package itself.
    writeFileSync(
      join(base, 'codes', 'types.ts'),
      `export type * from ${JSON.stringify(join(ROOT, 'src', 'codes', 'types.ts'))};\n`,
    );
    const generated = generateCodes(loaded.families, DEFAULT_GENERATE_OPTIONS);
    for (const file of generated) writeFileSync(join(base, 'generated', file.name), file.text);
    // The bundled options also write the JSON the lint rules load; only the modules are TypeScript.
    expect(generated.map((file) => file.name)).toEqual([
      'acme.ts',
      'beacon.ts',
      'cargo-net.ts',
      'index.ts',
      'rules-index.json',
      'acme.rules.json',
      'beacon.rules.json',
      'cargo-net.rules.json',
    ]);
    const files = generated.filter((file) => file.name.endsWith('.ts')).map((file) => join(base, 'generated', file.name));
    expect(typecheck(files)).toEqual([]);
    expect(typecheck(files, STRICT_USER_OPTIONS)).toEqual([]);
  });

  it('writes over an earlier output: files of families no longer in the catalog go, other files stay', async () => {
    const out = join(tempDir(), 'generated');
    mkdirSync(out);
    writeFileSync(join(out, 'old-family.ts'), '// Generated by `delivery-codes generate` from old-family.yaml. Do not edit by hand.\n');
    writeFileSync(join(out, 'hand-written.ts'), 'export const mine = 1;\n');
    expect((await runCli('generate', '--catalog', catalog, '--out', out)).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['acme.ts', 'beacon.ts', 'cargo-net.ts', 'hand-written.ts', 'index.ts']);
  });

  it("the rules' JSON of a family no longer in the catalog goes too; other JSON stays", () => {
    const loaded = loadCatalogDir(join(ROOT, catalog));
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    const out = join(tempDir(), 'generated');
    mkdirSync(out);
    const stale = '{\n"generatedBy": "Generated by `npm run codegen` from catalog/old.yaml. Do not edit by hand.",\n"entries": [\n]\n}\n';
    writeFileSync(join(out, 'old.rules.json'), stale);
    writeFileSync(join(out, 'settings.json'), '{ "mine": true }\n');
    const files = generateCodes(loaded.families, DEFAULT_GENERATE_OPTIONS);
    expect(staleFiles(out, files)).toContain(join(out, 'old.rules.json'));
    writeGenerated(out, files);
    expect(readdirSync(out).filter((name) => name.endsWith('.json')).sort()).toEqual([
      'acme.rules.json',
      'beacon.rules.json',
      'cargo-net.rules.json',
      'rules-index.json',
      'settings.json',
    ]);
  });
});
