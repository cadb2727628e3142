/**
 * What `delivery-codes explain` and `list` look up: entries of the generated
 * catalog with the family they belong to. Exact lookups go through `findCode`;
 * this module only adds filters, ordering and "did you mean" suggestions.
 */
import { FAMILIES, findCode, type FamilyId } from '../codes/index.ts';
import type { CodeEntry, FamilyData, ProviderCode } from '../codes/types.ts';
import { isNonRetryable, isPermanentFailure } from '../analysis/catalog-index.ts';
import { closestCodes, editDistance, suggestionReach } from '../analysis/closest.ts';

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

/** Kept here too: the CLI's tests and callers import it from the CLI's module. */
export { editDistance };

export interface Suggestion {
  readonly familyId: FamilyId;
  readonly code: ProviderCode;
  /** The entries of that code in that family: one per channel for channel families. */
  readonly entries: readonly CodeEntry[];
  readonly distance: number;
}

/**
 * Codes close to `input`, closest first, one per family and code (see
 * `closestCodes` for the ranking). An input that is an entry's name
 * (`CarrierViolation`) suggests that entry first.
 */
export function closestMatches(input: string, filters: Filters = {}, limit = 5): Suggestion[] {
  checkFilters(filters);
  const groups = new Map<string, { familyId: FamilyId; code: ProviderCode; entries: CodeEntry[] }>();
  for (const item of allEntries()) {
    if (!matches(item, filters)) continue;
    const key = `${item.familyId}\u0000${typeof item.entry.code}:${item.entry.code}`;
    const group = groups.get(key);
    if (group) group.entries.push(item.entry);
    else groups.set(key, { familyId: item.familyId, code: item.entry.code, entries: [item.entry] });
  }
  const isName = (entry: CodeEntry, text: string) => entry.name.toLowerCase() === text;
  const ranked = closestCodes(input, [...groups.values()], (group) => group.code, {
    limit,
    named: (group, text) => group.entries.some((entry) => isName(entry, text)),
  });
  const text = input.trim().toLowerCase();
  return ranked.map(({ item, distance }) => {
    // Found by name but not by code: only the entries of that name, not the code's other channels.
    const byCode =
      !item.entries.some((entry) => isName(entry, text)) || editDistance(text, String(item.code).toLowerCase()) <= suggestionReach(text);
    const entries = byCode ? item.entries : item.entries.filter((entry) => isName(entry, text));
    return { familyId: item.familyId, code: item.code, entries, distance };
  });
}
