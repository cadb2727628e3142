/**
 * Random valid catalogs, written as YAML with the `yaml` package, go through
 * the loader and the generator and come back unchanged: every code is in its
 * union and no other code is (checked by tsc), the type guards accept exactly
 * the catalog's codes (checked by importing the module), and the tables and
 * family data equal the YAML entries field for field.
 *
 * Generating and importing happen inside the property; the type checks of
 * every run are compiled together at the end, because one tsc program over all
 * runs costs about as much as one per run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { formatProblem, loadCatalogDir } from '../../catalog/load.ts';
import { generateCodes } from '../../codegen/generate.ts';
import { camelCase, familyNames, pascalCase, reservedFileProblem } from '../../codegen/names.ts';
import { writeGenerated } from '../../codegen/write.ts';
import { ACTIONABLE, BASES, OUTCOMES, PERMANENCES, PHASES, RETRY_POLICIES, SENDER_ACTIONS } from '../../src/codes/vocabulary.ts';
import { importGenerated, plain, readGenerated, type DocComment } from './inspect.ts';
import { esmProject, STRICT_USER_OPTIONS, typecheck } from './typecheck.ts';

// Fixed so a failure replays; set ROUND_TRIP_SEED and ROUND_TRIP_RUNS to explore further.
const RUNS = Number(process.env['ROUND_TRIP_RUNS'] ?? 30);
const SEED = Number(process.env['ROUND_TRIP_SEED'] ?? 20_240_917);

type Code = string | number;
type Entry = Record<string, unknown> & { code: Code; name: string; outcome: string; channel?: string };
interface Family {
  family: string;
  displayName: string;
  description: string;
  enumName: string;
  codeType: 'number' | 'string';
  sentAsString?: boolean;
  nameHints?: string[];
  channels?: { id: string; displayName: string; description?: string }[];
  groups?: { id: string; displayName: string }[];
  entries: Entry[];
}

// ---- Arbitraries ----------------------------------------------------------

/** Pieces of text, some of them awkward in a comment, a string, a template or YAML. */
const TEXT_UNITS = [
  ...['a', 'Z', '7', ' ', '#', ': ', '- ', '%', '&', '!', 'é', '😀'],
  ...['*/', '/*', '`', '${', '}', "'", '"', '\\', '@', '@deprecated', '{@link X}'],
  ...['\t', '\u0000', '\u200b', '\u00a0', '\u3000', '\u0085'],
];
const textArb = fc
  .array(fc.constantFrom(...TEXT_UNITS), { minLength: 1, maxLength: 8 })
  .map((units) => units.join('').trim())
  .filter((s) => s.length > 0);

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/);
const kebab = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join('-'));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const numberCode = fc.oneof(fc.nat(999), fc.nat(), fc.maxSafeNat());
const stringCode = fc.oneof(textArb, fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '100', 'true'));

function entryArb(codeType: 'number' | 'string', channels: string[], groups: string[]) {
  return fc
    .record({
      code: codeType === 'number' ? numberCode : stringCode,
      channel: channels.length > 0 ? fc.constantFrom(...channels) : fc.constant(undefined),
      group: groups.length > 0 ? fc.constantFrom(...groups) : fc.constant(undefined),
      namePrefix: fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,7}$/),
      title: maybe(textArb),
      summary: textArb,
      outcome: fc.constantFrom(...OUTCOMES),
      permanence: fc.constantFrom(...PERMANENCES),
      retry: fc.constantFrom(...RETRY_POLICIES),
      classified: fc.boolean(),
      retryWindow: maybe(textArb),
      action: fc.constantFrom(...SENDER_ACTIONS),
      charged: maybe(fc.constantFrom(true, false, 'sometimes' as const)),
      actionable: maybe(fc.constantFrom(...ACTIONABLE)),
      phase: maybe(fc.constantFrom(...PHASES)),
      basis: fc.constantFrom(...BASES),
      sources: fc.array(fc.record({ doc: textArb, section: textArb }), { minLength: 1, maxLength: 2 }),
      conflicts: maybe(
        fc.array(fc.record({ source: fc.record({ doc: textArb, section: textArb }), says: textArb, resolution: textArb }), {
          minLength: 1,
          maxLength: 2,
        }),
      ),
      note: maybe(textArb),
    })
    .map(({ namePrefix, classified, permanence, retry, ...rest }) => {
      // A failure must be classified; other outcomes may be.
      const classify = rest.outcome === 'failed' || classified;
      const entry: Record<string, unknown> = { ...rest, name: namePrefix, ...(classify ? { permanence, retry } : {}) };
      return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined)) as Entry;
    });
}

type Part = { id: string; displayName: string; description?: string | undefined };
const partsArb = (min: number): fc.Arbitrary<Part[]> =>
  fc.uniqueArray(fc.record({ id: kebab, displayName: textArb, description: maybe(textArb) }), {
    minLength: min,
    maxLength: 3,
    selector: (part) => part.id,
  });

function familyArb(id: string, index: number): fc.Arbitrary<Family> {
  return fc
    .record({
      codeType: fc.constantFrom('number' as const, 'string' as const),
      channels: fc.oneof(fc.constant<Part[]>([]), partsArb(1)),
      groups: fc.oneof(fc.constant<Part[]>([]), partsArb(1)),
    })
    .chain(({ codeType, channels, groups }) =>
      fc.record({
        header: fc.record({
          displayName: textArb,
          description: textArb,
          suffix: fc.constantFrom('', 'Error', 'Code', 'Status'),
          sentAsString: codeType === 'number' ? maybe(fc.boolean()) : fc.constant(undefined),
          nameHints: maybe(fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/), { minLength: 1, maxLength: 2 })),
        }),
        entries: fc.uniqueArray(entryArb(codeType, channels.map((c) => c.id), groups.map((g) => g.id)), {
          minLength: 1,
          maxLength: 8,
          selector: (e) => `${e.channel ?? ''}\u0000${e.code}`,
        }),
        codeType: fc.constant(codeType),
        channels: fc.constant(channels),
        groups: fc.constant(groups),
      }),
    )
    .map(({ header, entries, codeType, channels, groups }) => {
      const clean = <T extends object>(parts: T[]) => parts.map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as T);
      const family: Family = {
        family: id,
        displayName: header.displayName,
        description: header.description,
        // The family's position (one digit) ends its enum name, so no two families' generated names can meet.
        enumName: `${pascalCase(id)}${header.suffix}${index}`,
        codeType,
        ...(header.sentAsString === undefined ? {} : { sentAsString: header.sentAsString }),
        ...(header.nameHints === undefined ? {} : { nameHints: header.nameHints }),
        ...(channels.length > 0 ? { channels: clean(channels) } : {}),
        ...(groups.length > 0 ? { groups: clean(groups) } : {}),
        // The entry's position (one digit) ends its name, so names are unique within the family.
        entries: entries.map((entry, i) => ({ ...entry, name: `${entry.name}${i}` })),
      };
      return family;
    });
}

const catalogArb = fc
  .uniqueArray(kebab.filter((id) => reservedFileProblem(id) === undefined), { minLength: 1, maxLength: 3, selector: camelCase })
  .chain((ids) => fc.tuple(...ids.map((id, i) => familyArb(id, i))));

/** Values a guard may be asked about that are (mostly) not codes. */
const othersArb = fc.array(
  fc.oneof(
    fc.integer(),
    fc.nat(),
    fc.double(),
    fc.string(),
    textArb,
    fc.constantFrom('__proto__', 'toString', 'constructor', 'hasOwnProperty', 'valueOf', '', '0', '-0', 'NaN'),
    fc.constantFrom(null, undefined, true, false, -0, Number.NaN),
    fc.object({ maxDepth: 1 }),
  ),
  { maxLength: 12 },
);

// ---- Checks ---------------------------------------------------------------

const isFailure = (e: Entry) => e.outcome === 'failed';
const isPermanentEntry = (e: Entry) => isFailure(e) && e['permanence'] === 'permanent';
const isRetryableEntry = (e: Entry) => isFailure(e) && (e['retry'] === 'safe' || e['retry'] === 'provider-retries');

/** A stable text of a value with its keys sorted, so entries compare as a multiset. */
function canonical(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, sort(x)]))
        : v;
  return JSON.stringify(sort(value));
}

function checkRuntime(family: Family, module: Record<string, unknown>, others: unknown[]): void {
  const n = familyNames(family);
  const channels = family.channels?.map((c) => c.id) ?? [];
  const table = module[n.table] as Record<string, Record<string, unknown>>;
  const rowsOf = (channel: string | undefined) => (channel === undefined ? table : table[channel]!) as Record<string, unknown>;

  // Tables: one row per YAML entry, equal to it; nothing else.
  for (const entry of family.entries) {
    expect(Object.hasOwn(rowsOf(entry.channel), entry.code), `${n.table} has ${JSON.stringify(entry.code)}`).toBe(true);
    expect(rowsOf(entry.channel)[entry.code]).toEqual(entry);
  }
  const rowCount = channels.length > 0 ? channels.reduce((sum, c) => sum + Object.keys(table[c]!).length, 0) : Object.keys(table).length;
  expect(rowCount).toBe(family.entries.length);

  // Family data: the YAML header with its defaults, and the entries as a multiset.
  const data = module[n.family] as Record<string, unknown> & { entries: unknown[] };
  expect({ ...data, entries: undefined }).toEqual({
    id: family.family,
    displayName: family.displayName,
    description: family.description,
    enumName: family.enumName,
    codeType: family.codeType,
    sentAsString: family.sentAsString ?? false,
    nameHints: family.nameHints ?? [],
    channels: family.channels ?? [],
    groups: family.groups ?? [],
    entries: undefined,
  });
  expect(data.entries.map(canonical).sort()).toEqual(family.entries.map(canonical).sort());

  // The enum: one member per entry, named as the entry, valued as its code.
  const enumObject = module[n.enumName] as Record<string, unknown>;
  const members = Object.keys(enumObject).filter((key) => /^[A-Z]/.test(key));
  expect(members.sort()).toEqual(family.entries.map((e) => e.name).sort());
  for (const entry of family.entries) expect(enumObject[entry.name]).toBe(entry.code);

  // Guards: exactly the catalog's codes, whatever else they are given.
  const inChannel = (value: unknown, channel?: string) =>
    typeof value === family.codeType && family.entries.some((e) => e.code === value && (channel === undefined || e.channel === channel));
  const guard = module[n.guard] as (value: unknown, channel?: unknown) => boolean;
  const values = [...family.entries.map((e) => e.code), ...others];
  for (const value of values) {
    expect(guard(value), `${n.guard}(${String(value)})`).toBe(inChannel(value));
    if (channels.length > 0) {
      for (const channel of [...channels, 'toString', '__proto__', 'no-such-channel']) {
        expect(guard(value, channel), `${n.guard}(${String(value)}, ${channel})`).toBe(inChannel(value, channel));
      }
    } else {
      const entry = family.entries.find((e) => e.code === value && typeof value === family.codeType);
      expect((module[n.permanentGuard] as (v: unknown) => boolean)(value)).toBe(entry !== undefined && isPermanentEntry(entry));
      expect((module[n.retryableGuard] as (v: unknown) => boolean)(value)).toBe(entry !== undefined && isRetryableEntry(entry));
    }
  }
  if (family.codeType === 'number') {
    for (const entry of family.entries) expect(guard(String(entry.code))).toBe(false);
  }
  // Families with channels have no text-form guard (only the type): the generator emits it for plain families only.
  if (family.sentAsString && channels.length === 0) {
    const stringGuard = module[n.stringGuard] as (value: unknown) => boolean;
    for (const entry of family.entries) {
      expect(stringGuard(String(entry.code))).toBe(true);
      expect(stringGuard(`0${entry.code}`)).toBe(false);
      expect(stringGuard(entry.code)).toBe(false);
    }
  }
}

/** JSDoc carries the text and nothing more: no tag but the generator's markers, no link, no early end. */
function checkDocs(family: Family, docs: readonly DocComment[]): void {
  const n = familyNames(family);
  for (const doc of docs) {
    expect(doc.links, doc.owner).toBe(0);
    expect(doc.tags.map((tag) => tag.name).filter((name) => name !== 'deliveryCodes'), doc.owner).toEqual([]);
  }
  for (const entry of family.entries) {
    const doc = docs.find((d) => d.owner === `${n.enumName}.${entry.name}`);
    expect(plain(doc?.text ?? ''), entry.name).toContain(plain(`${entry.code}`));
    expect(plain(doc?.text ?? ''), entry.name).toContain(plain(String(entry['summary'])));
  }
  expect(plain(docs.find((d) => d.owner === n.enumName)?.text ?? '')).toContain(plain(`${family.displayName} codes by name. ${family.description}`));
}

/** A code of the family's type that no entry has. */
function absentCode(family: Family, channel?: string): Code {
  const taken = new Set(family.entries.filter((e) => channel === undefined || e.channel === channel).map((e) => e.code));
  if (family.codeType === 'number') {
    let code = 0;
    while (taken.has(code)) code++;
    return code;
  }
  let code = 'absent';
  while (taken.has(code)) code += '!';
  return code;
}

const lit = (code: Code) => (typeof code === 'number' ? String(code) : JSON.stringify(code));

/** Type-level checks: each line compiles only if the union holds exactly what the catalog says. */
function checkSource(families: readonly Family[]): string {
  const out = ["import * as G from './out/index.ts';", ''];
  let i = 0;
  const holds = (type: string, value: string) => out.push(`export const v${i++}: ${type} = ${value};`);
  const refuses = (type: string, value: string) => out.push('// @ts-expect-error', `export const v${i++}: ${type} = ${value};`);
  for (const family of families) {
    const n = familyNames(family);
    const channels = family.channels?.map((c) => c.id) ?? [];
    for (const entry of family.entries) {
      holds(`G.${n.allCodes}`, lit(entry.code));
      holds(`G.${n.allCodes}`, `G.${n.enumName}.${entry.name}`);
      if (entry.channel !== undefined) holds(`G.${n.allCodes}<${JSON.stringify(entry.channel)}>`, lit(entry.code));
      for (const channel of channels.filter((c) => !family.entries.some((e) => e.channel === c && e.code === entry.code))) {
        refuses(`G.${n.allCodes}<${JSON.stringify(channel)}>`, lit(entry.code));
      }
      const permanent = channels.length > 0 ? `G.${n.permanent}<${JSON.stringify(entry.channel)}>` : `G.${n.permanent}`;
      (isPermanentEntry(entry) ? holds : refuses)(permanent, lit(entry.code));
      if (family.sentAsString) {
        holds(`G.${n.codeStrings}`, JSON.stringify(String(entry.code)));
        refuses(`G.${n.codeStrings}`, JSON.stringify(`0${entry.code}`));
      }
    }
    refuses(`G.${n.allCodes}`, lit(absentCode(family)));
    refuses(`G.${n.allCodes}`, family.codeType === 'number' ? JSON.stringify(String(family.entries[0]!.code)) : '0');
  }
  return `${out.join('\n')}\n`;
}

// ---- The property ---------------------------------------------------------

describe('random valid catalogs', () => {
  it(`round-trip through YAML, the loader, the generator, tsc and import (${RUNS} runs, seed ${SEED})`, async () => {
    const project = esmProject();
    const checkFiles: string[] = [];
    let run = 0;

    await fc.assert(
      fc.asyncProperty(catalogArb, othersArb, async (generated, others) => {
        const dir = join(project, `run-${run++}`);
        const catalogDir = join(dir, 'catalog');
        mkdirSync(catalogDir, { recursive: true });
        const texts = generated.map((family) => {
          const text = stringify(family, { aliasDuplicateObjects: false });
          writeFileSync(join(catalogDir, `${family.family}.yaml`), text);
          return text;
        });
        // What the YAML says, read back by the yaml package alone.
        const families = texts.map((text) => parse(text) as Family);
        expect(families).toEqual(generated);

        const loaded = loadCatalogDir(catalogDir);
        if (!loaded.ok) throw new Error(`a valid catalog was refused:\n${loaded.problems.map(formatProblem).join('\n')}`);
        writeGenerated(
          join(dir, 'out'),
          generateCodes(loaded.families, { typesImport: 'eslint-plugin-delivery-codes/codes', command: 'delivery-codes generate' }),
        );
        const index = await importGenerated(join(dir, 'out', 'index.ts'));
        for (const family of families) {
          checkRuntime(family, index, others);
          checkDocs(family, readGenerated(join(dir, 'out', `${family.family}.ts`)).docs);
        }

        writeFileSync(join(dir, 'check.ts'), checkSource(families));
        checkFiles.push(join(dir, 'check.ts'));
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );

    expect(checkFiles.length).toBe(RUNS);
    // Every run's generated module and its checks, in one program, under a strict user's settings.
    expect(typecheck(checkFiles, STRICT_USER_OPTIONS)).toEqual([]);
  }, 600_000);
});
