/**
 * Lookups over the generated catalog, built once per process the first time a
 * rule asks. A "scope" is the part of a family a branch can be about: a
 * channel (Webex Connect) or a group (Twilio's delivery errors vs. its API
 * errors); families with neither form a single scope.
 */
import { FAMILIES } from '../generated/index.ts';
import type { CodeEntry, FamilyData } from '../codes/types.ts';

export type CodeValue = number | string;

export interface Scope {
  readonly id: string;
  readonly family: FamilyData;
  /** The channel or group this scope stands for, if the family has them. */
  readonly part?: string;
  readonly entries: readonly CodeEntry[];
  /** `codeKey` of every entry. */
  readonly keys: ReadonlySet<string>;
}

export interface CodeHit {
  readonly scope: Scope;
  readonly entry: CodeEntry;
}

export interface CatalogIndex {
  readonly families: readonly FamilyData[];
  /** Hits for a literal as it appears in source: key from `valueKey`. */
  readonly byValue: ReadonlyMap<string, readonly CodeHit[]>;
  readonly scopesOf: ReadonlyMap<FamilyData, readonly Scope[]>;
  readonly familyByEnumName: ReadonlyMap<string, FamilyData>;
  readonly familyById: ReadonlyMap<string, FamilyData>;
}

/** `30007` and `'30007'` are different keys; `codeKey` folds them where the family allows. */
export function valueKey(value: CodeValue): string {
  return `${typeof value === 'number' ? 'n' : 's'}:${value}`;
}

/** The one key a family's code has, whether written as number or, for families that send text, as string. */
export function codeKey(family: FamilyData, value: CodeValue): string {
  if (family.sentAsString && typeof value === 'string' && /^\d+$/.test(value)) return `n:${Number(value)}`;
  return valueKey(value);
}

export const isPermanentFailure = (entry: CodeEntry): boolean =>
  entry.outcome === 'failed' && entry.permanence === 'permanent';

export const isNonRetryable = (entry: CodeEntry): boolean =>
  entry.outcome === 'failed' && (entry.retry === 'never' || entry.retry === 'after-fix');

function scopePart(family: FamilyData, entry: CodeEntry): string | undefined {
  if (family.channels.length > 0) return entry.channel;
  if (family.groups.length > 0) return entry.group;
  return undefined;
}

function buildIndex(families: readonly FamilyData[]): CatalogIndex {
  const byValue = new Map<string, CodeHit[]>();
  const scopesOf = new Map<FamilyData, Scope[]>();
  for (const family of families) {
    const byPart = new Map<string | undefined, CodeEntry[]>();
    for (const entry of family.entries) {
      const part = scopePart(family, entry);
      const list = byPart.get(part) ?? [];
      list.push(entry);
      byPart.set(part, list);
    }
    const scopes = [...byPart].map(([part, entries]): Scope => ({
      id: part === undefined ? family.id : `${family.id}/${part}`,
      family,
      ...(part === undefined ? {} : { part }),
      entries,
      keys: new Set(entries.map((entry) => codeKey(family, entry.code))),
    }));
    scopesOf.set(family, scopes);
    for (const scope of scopes) {
      for (const entry of scope.entries) {
        const keys = [valueKey(entry.code)];
        if (family.sentAsString && typeof entry.code === 'number') keys.push(valueKey(String(entry.code)));
        for (const key of keys) {
          const hits = byValue.get(key) ?? [];
          hits.push({ scope, entry });
          byValue.set(key, hits);
        }
      }
    }
  }
  return {
    families,
    byValue,
    scopesOf,
    familyByEnumName: new Map(families.map((f) => [f.enumName, f])),
    familyById: new Map(families.map((f) => [f.id, f])),
  };
}

let shared: CatalogIndex | undefined;

export function catalogIndex(): CatalogIndex {
  shared ??= buildIndex(Object.values(FAMILIES));
  return shared;
}

/** For tests that need an index over other families. */
export function createCatalogIndex(families: readonly FamilyData[]): CatalogIndex {
  return buildIndex(families);
}

export function hitsFor(index: CatalogIndex, value: CodeValue): readonly CodeHit[] {
  return index.byValue.get(valueKey(value)) ?? [];
}
