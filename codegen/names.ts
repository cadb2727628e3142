/**
 * The names the generator gives to each family's output: the file it writes
 * and the identifiers it declares. Kept apart from generate.ts (and ts-morph)
 * so the catalog loader can check them before anything is generated: a clash
 * found there is a `file:line:col` problem, while one found by tsc later is a
 * broken module.
 */
import type { CatalogFamily } from '../catalog/schema.ts';

export function camelCase(kebab: string): string {
  return kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

export function pascalCase(kebab: string): string {
  const camel = camelCase(kebab);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}

/** Names of everything generated for one family, in one place so rules, docs and tests agree. */
export function familyNames(family: Pick<CatalogFamily, 'family' | 'enumName'>) {
  const e = family.enumName;
  const camel = camelCase(family.family);
  return {
    enumName: e,
    allCodes: `${e}Code`,
    codeStrings: `${e}CodeString`,
    permanent: `Permanent${e}Code`,
    retryable: `Retryable${e}Code`,
    nonRetryable: `NonRetryable${e}Code`,
    handlers: `${e}PermanentFailureHandlers`,
    channel: `${pascalCase(family.family)}Channel`,
    guard: `is${e}Code`,
    stringGuard: `is${e}CodeString`,
    permanentGuard: `isPermanent${e}Code`,
    retryableGuard: `isRetryable${e}Code`,
    table: `${camel}Table`,
    family: `${camel}Family`,
  };
}

type NameKey = keyof ReturnType<typeof familyNames>;

/** Which catalog field each generated identifier is made from, so a clash can be reported where it can be fixed. */
const MADE_FROM: Record<NameKey, 'family' | 'enumName'> = {
  enumName: 'enumName',
  allCodes: 'enumName',
  codeStrings: 'enumName',
  permanent: 'enumName',
  retryable: 'enumName',
  nonRetryable: 'enumName',
  handlers: 'enumName',
  guard: 'enumName',
  stringGuard: 'enumName',
  permanentGuard: 'enumName',
  retryableGuard: 'enumName',
  channel: 'family',
  table: 'family',
  family: 'family',
};

/**
 * Every identifier a family may declare, whether or not this family needs it
 * (the channel type only exists with channels, the string guard only with
 * `sentAsString`): a catalog edit that adds channels must not start a clash.
 */
function identifiersFrom(family: Pick<CatalogFamily, 'family' | 'enumName'>, field: 'family' | 'enumName'): string[] {
  const names = familyNames(family);
  return (Object.keys(MADE_FROM) as NameKey[]).filter((key) => MADE_FROM[key] === field).map((key) => names[key]);
}

/** Identifiers made from the family id alone (the enum name may be invalid or missing). */
export function identifiersFromFamilyId(id: string): string[] {
  return identifiersFrom({ family: id, enumName: '' }, 'family');
}

/** Identifiers made from the enum name alone. */
export function identifiersFromEnumName(enumName: string): string[] {
  return identifiersFrom({ family: '', enumName }, 'enumName');
}

/**
 * Names a family must not declare. A family file refers to `Object` and to the
 * imported package types, so declaring one of them there breaks the file; the
 * index declares `FAMILIES` and `FamilyId`; and the package's `codes` module
 * re-exports every family beside its own exports, where a second export of a
 * name is ambiguous and TypeScript drops both.
 */
export const RESERVED_IDENTIFIERS: ReadonlySet<string> = new Set([
  // Referred to by generated family files.
  'Object',
  'CodeEntry',
  'FamilyData',
  'PermanentFailureHandlers',
  // Declared by the generated index.
  'FAMILIES',
  'FamilyId',
  // Exported beside the families by src/codes (types.ts, vocabulary.ts and index.ts); a test keeps this list complete.
  'ProviderCode',
  'SourceRef',
  'SourceConflict',
  'FamilyPart',
  'Outcome',
  'Permanence',
  'RetryPolicy',
  'SenderAction',
  'Basis',
  'Actionable',
  'Phase',
  'OUTCOMES',
  'PERMANENCES',
  'RETRY_POLICIES',
  'SENDER_ACTIONS',
  'BASES',
  'ACTIONABLE',
  'PHASES',
  'RETRYABLE_POLICIES',
  'isRetryablePolicy',
  'describeCode',
  'findCode',
]);

/** Why a family id cannot name a generated file, or undefined when it can. */
export function reservedFileProblem(id: string): string | undefined {
  if (id === 'index') return 'is reserved: the generated index.ts has that name';
  // Windows opens a device instead of a file for these names, whatever the extension.
  if (/^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/.test(id)) return `is reserved: "${id}.ts" is a device name on Windows`;
  return undefined;
}
