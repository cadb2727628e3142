/**
 * Lookups over the generated catalog for the rules. A "scope" is the part of a
 * family a branch can be about: a channel (Webex Connect) or a group (Twilio's
 * delivery errors vs. its API errors); families with neither form a single scope.
 *
 * Cheap at start: the first call reads only the families' headers and code
 * lists (src/generated/rules-index.json). A family's entries are read the first
 * time a branch looks like that family (src/generated/<family>.rules.json), once
 * per process, so linting SMTP code never loads Twilio's 1,954 entries.
 */
import { readFileSync } from 'node:fs';
import type { RuleEntry, RuleFamily } from './rule-entry.ts';

export type CodeValue = number | string;

export interface Scope {
  readonly id: string;
  readonly family: RuleFamily;
  /** The channel or group this scope stands for, if the family has them. */
  readonly part?: string;
  readonly entries: readonly RuleEntry[];
  /** `codeKey` of every entry. */
  readonly keys: ReadonlySet<string>;
}

export interface CodeHit {
  readonly scope: Scope;
  readonly entry: RuleEntry;
}

export interface CatalogIndex {
  /** Every family; a family's `entries` are loaded the first time they are read. */
  readonly families: readonly RuleFamily[];
  /** A family's scopes, loading the family. */
  readonly scopesOf: { get(family: RuleFamily): readonly Scope[] | undefined };
  readonly familyByEnumName: ReadonlyMap<string, RuleFamily>;
  readonly familyById: ReadonlyMap<string, RuleFamily>;
  /** Families that know a literal as it appears in source; loads no family. */
  familiesOf(value: CodeValue): readonly RuleFamily[];
  /** Hits for a literal as it appears in source, loading the families that know it. */
  hitsOf(value: CodeValue): readonly CodeHit[];
  /** A family's codes, without loading its entries. */
  codesOf(family: RuleFamily): readonly CodeValue[];
  /** Ids of the families whose entries this index has read so far. */
  loadedIds(): string[];
}

/** `30007` and `'30007'` are different keys; `codeKey` folds them where the family allows. */
export function valueKey(value: CodeValue): string {
  return `${typeof value === 'number' ? 'n' : 's'}:${value}`;
}

/** The one key a family's code has, whether written as number or, for families that send text, as string. */
export function codeKey(family: RuleFamily, value: CodeValue): string {
  if (family.sentAsString && typeof value === 'string' && /^\d+$/.test(value)) return `n:${Number(value)}`;
  return valueKey(value);
}

export const isPermanentFailure = (entry: RuleEntry): boolean =>
  entry.outcome === 'failed' && entry.permanence === 'permanent';

export const isNonRetryable = (entry: RuleEntry): boolean =>
  entry.outcome === 'failed' && (entry.retry === 'never' || entry.retry === 'after-fix');

function scopePart(family: RuleFamily, entry: RuleEntry): string | undefined {
  if (family.channels.length > 0) return entry.channel;
  if (family.groups.length > 0) return entry.group;
  return undefined;
}

/** What the index needs before any family is loaded. */
export interface FamilyHeader extends Omit<RuleFamily, 'entries'> {
  readonly codes: readonly CodeValue[];
}

/** The literal keys under which source text may write a family's code. */
function sourceKeys(family: Omit<RuleFamily, 'entries'>, code: CodeValue): string[] {
  const keys = [valueKey(code)];
  if (family.sentAsString && typeof code === 'number') keys.push(valueKey(String(code)));
  return keys;
}

interface LoadedFamily {
  readonly scopes: readonly Scope[];
  readonly hits: ReadonlyMap<string, readonly CodeHit[]>;
}

function loadFamily(family: RuleFamily, entries: readonly RuleEntry[]): LoadedFamily {
  const byPart = new Map<string | undefined, RuleEntry[]>();
  for (const entry of entries) {
    const part = scopePart(family, entry);
    const list = byPart.get(part) ?? [];
    list.push(entry);
    byPart.set(part, list);
  }
  const scopes = [...byPart].map(([part, list]): Scope => ({
    id: part === undefined ? family.id : `${family.id}/${part}`,
    family,
    ...(part === undefined ? {} : { part }),
    entries: list,
    keys: new Set(list.map((entry) => codeKey(family, entry.code))),
  }));
  const hits = new Map<string, CodeHit[]>();
  for (const scope of scopes) {
    for (const entry of scope.entries) {
      for (const key of sourceKeys(family, entry.code)) {
        const list = hits.get(key) ?? [];
        list.push({ scope, entry });
        hits.set(key, list);
      }
    }
  }
  return { scopes, hits };
}

function buildIndex(headers: readonly FamilyHeader[], readEntries: (id: string) => readonly RuleEntry[]): CatalogIndex {
  const loaded = new Map<RuleFamily, LoadedFamily>();
  const load = (family: RuleFamily): LoadedFamily => {
    let found = loaded.get(family);
    if (!found) {
      found = loadFamily(family, family.entries);
      loaded.set(family, found);
    }
    return found;
  };
  const read = new Map<string, readonly RuleEntry[]>();
  const families = headers.map(({ codes: _codes, ...header }): RuleFamily => ({
    ...header,
    get entries() {
      let entries = read.get(header.id);
      if (!entries) {
        entries = readEntries(header.id);
        read.set(header.id, entries);
      }
      return entries;
    },
  }));
  const headerOf = new Map(families.map((family, i) => [family, headers[i] as FamilyHeader]));
  const familiesByValue = new Map<string, RuleFamily[]>();
  headers.forEach((header, i) => {
    const family = families[i] as RuleFamily;
    for (const code of header.codes) {
      for (const key of sourceKeys(header, code)) {
        const list = familiesByValue.get(key) ?? [];
        if (!list.includes(family)) list.push(family);
        familiesByValue.set(key, list);
      }
    }
  });
  return {
    families,
    scopesOf: { get: (family) => (headerOf.has(family) ? load(family).scopes : undefined) },
    familyByEnumName: new Map(families.map((f) => [f.enumName, f])),
    familyById: new Map(families.map((f) => [f.id, f])),
    familiesOf: (value) => familiesByValue.get(valueKey(value)) ?? [],
    loadedIds: () => [...read.keys()].sort(),
    codesOf: (family) => headerOf.get(family)?.codes ?? family.entries.map((entry) => entry.code),
    hitsOf: (value) => {
      const key = valueKey(value);
      return (familiesByValue.get(key) ?? []).flatMap((family) => load(family).hits.get(key) ?? []);
    },
  };
}

function readGenerated<T>(file: string, key: 'families' | 'entries'): readonly T[] {
  const data = JSON.parse(readFileSync(new URL(`../generated/${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;
  return data[key] as readonly T[];
}

let shared: CatalogIndex | undefined;

export function catalogIndex(): CatalogIndex {
  shared ??= buildIndex(readGenerated<FamilyHeader>('rules-index.json', 'families'), (id) =>
    readGenerated<RuleEntry>(`${id}.rules.json`, 'entries'),
  );
  return shared;
}

/** For tests that need an index over other families. */
export function createCatalogIndex(families: readonly RuleFamily[]): CatalogIndex {
  const headers = families.map(({ entries, ...header }) => ({ ...header, codes: entries.map((entry) => entry.code) }));
  return buildIndex(headers, (id) => families.find((family) => family.id === id)?.entries ?? []);
}

export function hitsFor(index: CatalogIndex, value: CodeValue): readonly CodeHit[] {
  return index.hitsOf(value);
}
