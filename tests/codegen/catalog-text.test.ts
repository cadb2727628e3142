/**
 * Catalog text never becomes code. Every text field of a catalog (and its
 * string codes, and the directory it lives in) is filled with fragments that
 * would end a comment, a string or a template, start a JSDoc tag, or replace an
 * object's prototype; the generated module must still compile, declare exactly
 * what it always declares, carry the text in its JSDoc without extra tags, and
 * give back every string exactly as the YAML has it.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { familyNames } from '../../codegen/names.ts';
import { importGenerated, plain, readGenerated } from './inspect.ts';
import { lines, runCli, tempDir } from './run-cli.ts';
import { esmProject, STRICT_USER_OPTIONS, typecheck } from './typecheck.ts';

/** One fragment per way out of a comment, a string literal, a template literal or a JSDoc block. */
const HOSTILE = [
  'ends the comment */ export const pwned = 1; /* here',
  'a backtick ` and a template ${globalThis.pwned = 1} here',
  `single ' and double " quotes`,
  'a backslash \\ and what looks like escapes: \\n \\u2028 \\" \\*/',
  'tags @deprecated and @deliveryCodes twilio permanent, @@see, {@link Object} and {@linkcode Array}',
  'an e-mail a@b.example, a lone @ and an @ at the end @',
  'control characters: tab\there, NUL \u0000, escape \u001b[31m, vertical tab \u000b, NEL \u0085',
  'other scripts and marks: é, 😀, אבג, \u202e reversed \u202c, zero width \u200b\u200d',
  // A string that ends in a backslash once made ts-morph misread the code after it (a stray `*\/`).
  'a Windows folder C:\\Temp\\',
];
const text = (i: number) => HOSTILE[i % HOSTILE.length]!;

/** String codes that are awkward as literals, keys or prototype names. */
const STRING_CODES = ['__proto__', 'constructor', 'toString', 'CODE */ X', 'a"b\'c', 'back\\slash', '${x}`', '@deprecated', 'ends\\'];

interface Family {
  family: string;
  displayName: string;
  description: string;
  enumName: string;
  codeType: 'number' | 'string';
  sentAsString?: boolean;
  channels?: { id: string; displayName: string; description?: string }[];
  groups?: { id: string; displayName: string; description?: string }[];
  entries: (Record<string, unknown> & { code: string | number; name: string; summary: string; title: string; channel?: string })[];
}

function hostileFamilies(): Family[] {
  const entry = (i: number, code: string | number, extra: Record<string, unknown> = {}) => ({
    code,
    ...extra,
    name: `Entry${i}`,
    title: text(i + 1),
    summary: text(i),
    outcome: 'failed',
    permanence: i % 2 === 0 ? 'permanent' : 'transient',
    retry: i % 2 === 0 ? 'never' : 'safe',
    retryWindow: text(i + 2),
    action: 'investigate',
    basis: 'documented',
    sources: [{ doc: text(i + 3), section: text(i + 4) }],
    conflicts: [{ source: { doc: text(i + 5), section: text(i + 6) }, says: text(i + 7), resolution: text(i) }],
    note: text(i + 1),
  });
  return [
    {
      family: 'hostile-text',
      displayName: text(0),
      description: text(1),
      enumName: 'HostileText',
      codeType: 'string',
      groups: [{ id: 'odd', displayName: text(2), description: text(3) }],
      entries: STRING_CODES.map((code, i) => entry(i, code, { group: 'odd' })),
    },
    {
      family: 'hostile-channels',
      displayName: text(4),
      description: text(5),
      enumName: 'HostileChannels',
      codeType: 'number',
      channels: [
        { id: 'sms', displayName: text(6) },
        { id: 'e-mail', displayName: text(7), description: text(0) },
      ],
      entries: [0, 1, 2, 3].map((i) => entry(i, 100 + (i >> 1), { channel: i % 2 === 0 ? 'sms' : 'e-mail' })),
    },
    {
      family: 'hostile-numbers',
      displayName: `${text(0)} ${text(4)}`,
      description: text(3),
      enumName: 'HostileNumbers',
      codeType: 'number',
      sentAsString: true,
      entries: [0, 1, 2].map((i) => entry(i, 30000 + i)),
    },
  ];
}

let out: string;
let catalog: Family[];
const modules: Record<string, Record<string, unknown>> = {};

beforeAll(async () => {
  // The directory's name ends up in each file's header comment; a line break there must not end the comment.
  const base = esmProject();
  const dir = join(base, 'cata\nlog export const pwned = 1;\u2028x');
  out = join(base, 'generated');
  mkdirSync(dir);
  for (const family of hostileFamilies()) writeFileSync(join(dir, `${family.family}.yaml`), stringify(family));
  // Read back with the yaml package alone: the expected values are what the YAML says, not what the loader made of it.
  catalog = readdirSync(dir).map((name) => parse(readFileSync(join(dir, name), 'utf8')) as Family);
  const result = await runCli('generate', '--catalog', dir, '--out', out);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(lines(result.stdout)).toHaveLength(1);
  for (const family of catalog) modules[family.family] = await importGenerated(join(out, `${family.family}.ts`));
});

describe('a catalog whose text is hostile', () => {
  it('generates files that compile, also under strict user settings', () => {
    const files = readdirSync(out).map((name) => join(out, name));
    expect(files).toHaveLength(catalog.length + 1);
    expect(typecheck(files)).toEqual([]);
    expect(typecheck(files, STRICT_USER_OPTIONS)).toEqual([]);
  });

  it('declares only what a family always declares, after a one-line header', () => {
    for (const family of catalog) {
      const path = join(out, `${family.family}.ts`);
      const [header, next] = readFileSync(path, 'utf8').split('\n');
      expect(header).toMatch(/^\/\/ Generated by `delivery-codes generate` from .*\. Do not edit by hand\.$/);
      expect(header).not.toMatch(/[\r\u2028\u2029]/);
      expect(next).toMatch(/^import type /);

      const n = familyNames(family);
      const channels = family.channels !== undefined;
      const expected = [
        n.enumName,
        ...(channels ? [n.channel] : []),
        n.allCodes,
        n.permanent,
        n.retryable,
        n.nonRetryable,
        ...(family.sentAsString ? [n.codeStrings] : []),
        n.handlers,
        n.table,
        n.family,
        n.guard,
        ...(channels ? [] : [n.permanentGuard, n.retryableGuard]),
        ...(family.sentAsString ? [n.stringGuard] : []),
      ];
      const shape = readGenerated(path);
      expect(shape.statementKinds[0]).toBe('ImportDeclaration');
      expect(shape.declarations.sort()).toEqual(expected.sort());
    }
  });

  it('keeps catalog text inside JSDoc: no early end, no added tag or link, and the text is all there', () => {
    for (const family of catalog) {
      const n = familyNames(family);
      const { docs } = readGenerated(join(out, `${family.family}.ts`));
      const marked = docs.filter((doc) => doc.tags.length > 0);
      // The only tags are the generator's own markers, one per marked declaration.
      for (const doc of docs) {
        expect(doc.links, doc.owner).toBe(0);
        for (const tag of doc.tags) {
          expect(tag.name, doc.owner).toBe('deliveryCodes');
          expect(tag.text, doc.owner).toMatch(new RegExp(`^${family.family}( permanent| retryable| non-retryable)?$`));
        }
      }
      expect(marked.map((doc) => doc.owner).sort()).toEqual(
        [n.enumName, n.allCodes, n.permanent, n.retryable, n.nonRetryable, ...(family.sentAsString ? [n.codeStrings] : [])].sort(),
      );
      const enumDoc = docs.find((doc) => doc.owner === n.enumName)!;
      expect(plain(enumDoc.text)).toContain(plain(`${family.displayName} codes by name. ${family.description}`));
      for (const owner of [n.allCodes, n.permanent, n.handlers, n.table, n.family, n.guard]) {
        expect(plain(docs.find((doc) => doc.owner === owner)!.text), owner).toContain(plain(family.displayName));
      }
      for (const entry of family.entries) {
        const doc = docs.find((d) => d.owner === `${n.enumName}.${entry.name}`);
        expect(doc, entry.name).toBeDefined();
        expect(plain(doc!.text)).toContain(plain(`${entry.code}`));
        expect(plain(doc!.text)).toContain(plain(entry.summary));
        expect(plain(doc!.text)).toContain(plain(`Title: "${entry.title}"`));
      }
    }
  });

  it('gives back every string and code exactly as the YAML has it', () => {
    for (const family of catalog) {
      const n = familyNames(family);
      const module = modules[family.family]!;
      const table = module[n.table] as Record<string, unknown>;
      const enumObject = module[n.enumName] as Record<string, unknown>;
      for (const entry of family.entries) {
        const row = entry.channel === undefined ? table[entry.code] : (table[entry.channel] as Record<string, unknown>)[entry.code];
        expect(row).toEqual(entry);
        expect(Object.hasOwn(entry.channel === undefined ? table : (table[entry.channel] as object), entry.code), String(entry.code)).toBe(true);
        expect(enumObject[entry.name]).toBe(entry.code);
      }
      const data = module[n.family] as { displayName: string; description: string; entries: unknown[] };
      expect(data.displayName).toBe(family.displayName);
      expect(data.description).toBe(family.description);
      expect(data.entries).toHaveLength(family.entries.length);
      expect(data.entries).toEqual(expect.arrayContaining(family.entries));
    }
  });

  it('type guards accept the awkward string codes and nothing inherited', () => {
    const family = catalog.find((f) => f.family === 'hostile-text')!;
    const guard = modules[family.family]![familyNames(family).guard] as (value: unknown) => boolean;
    for (const code of STRING_CODES) expect(guard(code), code).toBe(true);
    for (const other of ['hasOwnProperty', 'valueOf', '__defineGetter__', 'CODE */ Y', '']) expect(guard(other), other).toBe(false);
  });

  it('a channel guard says no, rather than throwing, to a channel the family does not have', () => {
    const family = catalog.find((f) => f.family === 'hostile-channels')!;
    const guard = modules[family.family]![familyNames(family).guard] as (value: unknown, channel?: unknown) => boolean;
    expect(guard(100, 'sms')).toBe(true);
    expect(guard(101, 'e-mail')).toBe(true);
    for (const channel of ['fax', 'toString', '__proto__', 'constructor']) expect(guard(100, channel), channel).toBe(false);
  });
});
