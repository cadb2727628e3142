/**
 * The catalog as the lint rules read it: JSON, so a rule can load one
 * family's entries synchronously, the first time a branch looks like that
 * family, instead of importing every family's module when ESLint starts.
 *
 * - `rules-index.json`: every family's header and the list of its codes,
 *   enough to tell which families a literal could belong to;
 * - `<family>.rules.json`: the family's entries, in the same order as the
 *   generated module's `FamilyData.entries`, with the fields the rules read
 *   (`RULE_ENTRY_FIELDS`): meanings, sources and notes stay in the modules.
 *
 * Both carry `generatedBy`, the JSON counterpart of the `.ts` files' header.
 */
import type { CatalogEntry, CatalogFamily } from '../catalog/schema.ts';
import type { LoadedFamily } from '../catalog/load.ts';
import { RULE_ENTRY_FIELDS } from '../src/analysis/rule-entry.ts';
import type { GeneratedFile } from './generate.ts';

export const RULES_INDEX_FILE = 'rules-index.json';
export const rulesEntriesFile = (familyId: string) => `${familyId}.rules.json`;

/** The family's header as the generated `FamilyData` carries it. */
export function familyHeader(family: CatalogFamily): Record<string, unknown> {
  return {
    id: family.family,
    displayName: family.displayName,
    description: family.description,
    enumName: family.enumName,
    codeType: family.codeType,
    sentAsString: family.sentAsString ?? false,
    nameHints: family.nameHints ?? [],
    channels: family.channels ?? [],
    groups: family.groups ?? [],
  };
}

/** Entries keyed by code, then read back with `Object.values`, exactly as the generated table is. */
function entriesInTableOrder(family: CatalogFamily, sorted: readonly CatalogEntry[]): CatalogEntry[] {
  const byCode = (entries: readonly CatalogEntry[]) => {
    // No prototype: a code such as `__proto__` must become a key, as it does in the generated table.
    const table: Record<string, CatalogEntry> = Object.create(null) as Record<string, CatalogEntry>;
    for (const entry of entries) table[String(entry.code)] = entry;
    return Object.values(table);
  };
  const channels = family.channels?.map((channel) => channel.id) ?? [];
  if (channels.length === 0) return byCode(sorted);
  return channels.flatMap((channel) => byCode(sorted.filter((entry) => entry.channel === channel)));
}

function ruleFields(entry: CatalogEntry): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const field of RULE_ENTRY_FIELDS) if (entry[field] !== undefined) picked[field] = entry[field];
  return picked;
}

/** One line per family or entry: small diffs when the catalog changes. */
function jsonLines(generatedBy: string, key: string, items: readonly unknown[]): string {
  const lines = items.map((item, i) => `  ${JSON.stringify(item)}${i < items.length - 1 ? ',' : ''}`);
  return `{\n"generatedBy": ${JSON.stringify(generatedBy)},\n${JSON.stringify(key)}: [\n${lines.join('\n')}\n]\n}\n`;
}

export function ruleDataFiles(
  families: readonly LoadedFamily[],
  sortedEntries: (entries: readonly CatalogEntry[]) => CatalogEntry[],
  generatedBy: (loaded: LoadedFamily | undefined) => string,
): GeneratedFile[] {
  const ordered = [...families].sort((a, b) => a.data.family.localeCompare(b.data.family));
  const perFamily = ordered.map((loaded) => ({
    loaded,
    entries: entriesInTableOrder(loaded.data, sortedEntries(loaded.data.entries)),
  }));
  const headers = perFamily.map(({ loaded, entries }) => ({
    ...familyHeader(loaded.data),
    codes: [...new Set(entries.map((entry) => entry.code))],
  }));
  return [
    { name: RULES_INDEX_FILE, text: jsonLines(generatedBy(undefined), 'families', headers) },
    ...perFamily.map(({ loaded, entries }) => ({
      name: rulesEntriesFile(loaded.data.family),
      text: jsonLines(generatedBy(loaded), 'entries', entries.map(ruleFields)),
    })),
  ];
}
