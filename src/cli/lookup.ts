/**
 * What `delivery-codes explain` and `list` look up: entries of the generated
 * catalog with the family they belong to. Exact lookups go through `findCode`;
 * this module only adds filters, ordering and "did you mean" suggestions.
 */
import { FAMILIES, findCode, type FamilyId } from '../codes/index.ts';
import type { CodeEntry, FamilyData, ProviderCode } from '../codes/types.ts';
import { isNonRetryable, isPermanentFailure } from '../analysis/catalog-index.ts';

export interface Located {
  readonly familyId: FamilyId;
  readonly family: FamilyData;
  readonly entry: CodeEntry;
}

export interface Filters {
  readonly family?: string;
  readonly channel?: string;
}

/** A filter naming no family or channel of the catalog: a usage error, not a lookup miss. */
export class FilterError extends Error {
  override name = 'FilterError';
}

let located: { all: Located[]; position: Map<CodeEntry, number> } | undefined;

/** Every entry in catalog order (families by id, entries as the catalog lists them), with its family. */
export function allEntries(): readonly Located[] {
  return index().all;
}

function index(): NonNullable<typeof located> {
  if (!located) {
    const all: Located[] = [];
    for (const [familyId, family] of Object.entries(FAMILIES) as [FamilyId, FamilyData][]) {
      for (const entry of family.entries) all.push({ familyId, family, entry });
    }
    located = { all, position: new Map(all.map((item, i) => [item.entry, i])) };
  }
  return located;
}

export function familyIds(): FamilyId[] {
  return Object.keys(FAMILIES) as FamilyId[];
}

/** Throws FilterError for a family or channel the catalog does not have. */
export function checkFilters(filters: Filters): void {
  const { family, channel } = filters;
  if (family !== undefined && !Object.hasOwn(FAMILIES, family)) {
    throw new FilterError(`unknown family "${family}"; families: ${familyIds().join(', ')}`);
  }
  if (channel === undefined) return;
  const families = family === undefined ? Object.values(FAMILIES) : [FAMILIES[family as FamilyId]];
  const channels = [...new Set(families.flatMap((data: FamilyData) => data.channels.map((c) => c.id)))];
  if (channels.includes(channel)) return;
  const where = family === undefined ? 'any family' : `family ${family}`;
  throw new FilterError(
    channels.length === 0
      ? `${where} has no channels`
      : `unknown channel "${channel}" for ${where}; channels: ${channels.join(', ')}`,
  );
}

function matches(item: Located, filters: Filters): boolean {
  return (
    (filters.family === undefined || item.familyId === filters.family) &&
    (filters.channel === undefined || item.entry.channel === filters.channel)
  );
}

/** The forms a code typed on the command line may take: `30007` is the number and the text `"30007"`. */
export function codeForms(input: string): ProviderCode[] {
  const text = input.trim();
  return /^\d+$/.test(text) && Number.isSafeInteger(Number(text)) ? [Number(text), text] : [text];
}

/** Every entry, in every family and channel the filters allow, for the code as typed. */
export function lookupCode(input: string, filters: Filters = {}): Located[] {
  checkFilters(filters);
  const { all, position } = index();
  const found = new Set(codeForms(input).flatMap((code) => findCode(code)));
  return [...found]
    .map((entry) => all[position.get(entry) as number] as Located)
    .filter((item) => matches(item, filters))
    .sort((a, b) => (position.get(a.entry) as number) - (position.get(b.entry) as number));
}

export interface ListFilters extends Filters {
  readonly permanent?: boolean;
  readonly nonRetryable?: boolean;
}

export function listEntries(filters: ListFilters = {}): Located[] {
  checkFilters(filters);
  return allEntries().filter(
    (item) =>
      matches(item, filters) &&
      (!filters.permanent || isPermanentFailure(item.entry)) &&
      (!filters.nonRetryable || isNonRetryable(item.entry)),
  );
}

/** Optimal string alignment distance: Levenshtein plus swapping two neighbours (`30070` → `30007` is one edit). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

export interface Suggestion {
  readonly familyId: FamilyId;
  readonly code: ProviderCode;
  /** The entries of that code in that family: one per channel for channel families. */
  readonly entries: readonly CodeEntry[];
  readonly distance: number;
}

/**
 * Codes close to `input`, closest first: by edit distance over the code's text
 * (ignoring case); at equal distance a code with the same characters in
 * another order first (`30070` → `30007`, the usual slip), then, between
 * numbers, the numerically closer. An input that is an entry's name
 * (`CarrierViolation`) suggests that entry first.
 */
export function closestMatches(input: string, filters: Filters = {}, limit = 5): Suggestion[] {
  checkFilters(filters);
  const text = input.trim().toLowerCase();
  const number = /^\d+$/.test(text) ? Number(text) : undefined;
  const maxDistance = Math.max(1, Math.floor(text.length / 2));
  const letters = (value: string) => [...value].sort().join('');
  const inputLetters = letters(text);
  const byCode = new Map<
    string,
    { familyId: FamilyId; code: ProviderCode; entries: CodeEntry[]; distance: number; reordered: boolean; order: number }
  >();
  allEntries().forEach((item, order) => {
    if (!matches(item, filters)) return;
    const code = item.entry.code;
    const codeText = String(code).toLowerCase();
    const distance = item.entry.name.toLowerCase() === text ? -1 : editDistance(text, codeText);
    if (distance > maxDistance) return;
    const key = `${item.familyId}\u0000${typeof code}:${code}`;
    const seen = byCode.get(key);
    if (seen) {
      seen.entries.push(item.entry);
      seen.distance = Math.min(seen.distance, distance);
    } else {
      byCode.set(key, { familyId: item.familyId, code, entries: [item.entry], distance, reordered: letters(codeText) === inputLetters, order });
    }
  });
  const gap = (code: ProviderCode) => (number !== undefined && typeof code === 'number' ? Math.abs(code - number) : Infinity);
  return [...byCode.values()]
    .sort((a, b) => a.distance - b.distance || Number(b.reordered) - Number(a.reordered) || gap(a.code) - gap(b.code) || a.order - b.order)
    .slice(0, limit)
    .map(({ familyId, code, entries, distance }) => ({ familyId, code, entries, distance: Math.max(0, distance) }));
}
