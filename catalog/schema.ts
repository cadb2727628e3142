/**
 * The shape of one catalog file (`catalog/<family>.yaml`).
 *
 * Field-level rules live in the zod schema; rules that relate entries to each
 * other or to the family header (declared channels and groups, uniqueness,
 * failure entries needing a classification) live in `crossCheck`, so that every
 * problem in a file is reported in one pass.
 */
import { z } from 'zod';
import { ACTIONABLE, BASES, OUTCOMES, PERMANENCES, PHASES, RETRY_POLICIES, SENDER_ACTIONS } from '../src/codes/vocabulary.ts';
import {
  identifiersFromEnumName,
  identifiersFromFamilyId,
  RESERVED_IDENTIFIERS,
  reservedFileProblem,
} from '../codegen/names.ts';

const familyId = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be kebab-case: lower-case words joined by "-"');
const identifier = z
  .string()
  .regex(/^[A-Z][A-Za-z0-9]*$/, 'must be a PascalCase identifier (letters and digits, starting upper-case)');
const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  // Catalog text ends up in generated JSDoc and string literals: keep it on one line.
  .regex(/^[^\r\n\u2028\u2029]*$/, 'must be a single line')
  // A lone surrogate cannot be written as UTF-8: the generated file would carry U+FFFD instead of the catalog's text.
  .refine((value) => !/\p{Cs}/u.test(value), 'must be well-formed Unicode (it has a lone surrogate)');

const sourceRef = z.strictObject({
  /** Where the fact comes from: `seeds/<file>`, `reference/<file>`, or a named standard such as `RFC 5321`. */
  doc: text,
  /** The part of that document: a section, table or heading. */
  section: text,
});

const conflict = z.strictObject({
  source: sourceRef,
  /** What the other source says, in this project's words. */
  says: text,
  /** Why the catalog keeps the classification it has. */
  resolution: text,
});

export const entrySchema = z.strictObject({
  code: z.union([z.number().int().nonnegative('must not be negative'), text], { error: 'must be a non-negative whole number or a single line of text' }),
  channel: familyId.optional(),
  group: familyId.optional(),
  name: identifier,
  /**
   * The code's published short name, verbatim: the provider's title (Twilio's dictionary, Meta's
   * error table) or the standard's (the IANA registry, an RFC's reply text). A fact carried as is;
   * `summary` stays in this project's words.
   */
  title: text.optional(),
  summary: text,
  outcome: z.enum(OUTCOMES),
  permanence: z.enum(PERMANENCES).optional(),
  retry: z.enum(RETRY_POLICIES).optional(),
  /** How the provider itself retries, when it says (`up to 72 hours`). */
  retryWindow: text.optional(),
  action: z.enum(SENDER_ACTIONS),
  charged: z.union([z.boolean(), z.literal('sometimes')], { error: 'must be true, false or "sometimes"' }).optional(),
  actionable: z.enum(ACTIONABLE).optional(),
  phase: z.enum(PHASES).optional(),
  basis: z.enum(BASES),
  sources: z.array(sourceRef).min(1, 'needs at least one source'),
  conflicts: z.array(conflict).min(1).optional(),
  note: text.optional(),
});

const channelOrGroup = z.strictObject({
  id: familyId,
  displayName: text,
  description: text.optional(),
});

export const familySchema = z.strictObject({
  family: familyId,
  displayName: text,
  description: text,
  /** Enum name in generated code; the union type is `<enumName>Code`. */
  enumName: identifier,
  codeType: z.enum(['number', 'string']),
  /** The provider also sends numeric codes as strings (Twilio's `ErrorCode` callback parameter). */
  sentAsString: z.boolean().optional(),
  /** Words that, inside an identifier (`smtpCode`, `twilioError`), say a value holds this family's codes. */
  nameHints: z.array(z.string().regex(/^[a-z][a-z0-9]*$/, 'must be a lower-case word')).min(1).optional(),
  channels: z.array(channelOrGroup).min(1).optional(),
  groups: z.array(channelOrGroup).min(1).optional(),
  entries: z.array(entrySchema).min(1, 'needs at least one entry'),
});

export type CatalogEntry = z.infer<typeof entrySchema>;
export type CatalogFamily = z.infer<typeof familySchema>;

/** A problem found by `crossCheck`: `path` is relative to the file's root object. */
export interface CrossProblem {
  path: (string | number)[];
  message: string;
}

const FAILURE_OUTCOMES: ReadonlySet<string> = new Set(['failed']);

/** Stands for a field that failed its own schema: its problem is the schema's to report, and checks that need it are skipped. */
const INVALID = Symbol('invalid');
type Checked<T> = T | typeof INVALID;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function checked<S extends z.ZodType>(schema: S, value: unknown): Checked<z.output<S>> {
  const result = schema.safeParse(value);
  return result.success ? result.data : INVALID;
}

/**
 * Checks that relate fields to each other: entries to the family header,
 * entries to entries, and the family to its file and generated names. It takes
 * the file's raw data and looks at each field only if that field passes its own
 * schema, so a file with a schema problem still gets its duplicates and clashes
 * reported in the same run.
 */
export function crossCheck(raw: unknown, fileStem: string): CrossProblem[] {
  const problems: CrossProblem[] = [];
  if (!isRecord(raw)) return problems;
  const head = familySchema.shape;
  const family = checked(head.family, raw['family']);
  const enumName = checked(head.enumName, raw['enumName']);
  const codeType = checked(head.codeType, raw['codeType']);
  const channels = checked(head.channels, raw['channels']);
  const groups = checked(head.groups, raw['groups']);

  if (family !== INVALID) {
    if (family !== fileStem) problems.push({ path: ['family'], message: `must match the file name "${fileStem}"` });
    const reserved = reservedFileProblem(family);
    if (reserved !== undefined) problems.push({ path: ['family'], message: reserved });
    const taken = identifiersFromFamilyId(family).find((name) => RESERVED_IDENTIFIERS.has(name));
    if (taken !== undefined) problems.push({ path: ['family'], message: `generates "${taken}", a name the codes module already uses` });
  }
  if (enumName !== INVALID) {
    const own = identifiersFromEnumName(enumName);
    const taken = own.find((name) => RESERVED_IDENTIFIERS.has(name));
    // The channel type is the one name made from the family id that an enum name can spell (`AcmeChannel`).
    const sameFamily = family === INVALID ? undefined : own.find((name) => identifiersFromFamilyId(family).includes(name));
    if (taken !== undefined) problems.push({ path: ['enumName'], message: `generates "${taken}", a name the codes module already uses` });
    else if (sameFamily !== undefined) {
      problems.push({ path: ['enumName'], message: `generates "${sameFamily}", which the family id "${family as string}" generates too` });
    }
  }

  const keys = new Map<string, number>();
  const names = new Map<string, number>();
  const entries = Array.isArray(raw['entries']) ? (raw['entries'] as unknown[]) : [];
  entries.forEach((item, index) => {
    if (!isRecord(item)) return;
    const at = (field: string) => ['entries', index, field];
    const field = entrySchema.shape;
    const code = checked(field.code, item['code']);
    const channel = checked(field.channel, item['channel']);
    const group = checked(field.group, item['group']);
    const name = checked(field.name, item['name']);
    const outcome = checked(field.outcome, item['outcome']);

    if (code !== INVALID && codeType !== INVALID && typeof code !== codeType) {
      problems.push({ path: at('code'), message: `must be a ${codeType} (the family's codeType)` });
    }
    problems.push(...declared(channels, channel, 'channel', at('channel')));
    problems.push(...declared(groups, group, 'group', at('group')));
    if (outcome !== INVALID && FAILURE_OUTCOMES.has(outcome)) {
      if (item['permanence'] === undefined) problems.push({ path: at('permanence'), message: 'is required for a failure' });
      if (item['retry'] === undefined) problems.push({ path: at('retry'), message: 'is required for a failure' });
    }
    if (code !== INVALID && channel !== INVALID) {
      const key = `${channel ?? ''}\u0000${typeof code}:${code}`;
      const first = keys.get(key);
      if (first === undefined) keys.set(key, index);
      else {
        const where = channel ? ` in channel ${channel}` : '';
        problems.push({ path: at('code'), message: `duplicate code ${JSON.stringify(code)}${where} (first at entry ${first})` });
      }
    }
    if (name !== INVALID) {
      const first = names.get(name);
      if (first === undefined) names.set(name, index);
      else problems.push({ path: at('name'), message: `duplicate name "${name}" (first at entry ${first})` });
    }
  });
  return problems;
}

/** An entry's channel (or group) against the ones the family declares. */
function declared(
  list: Checked<readonly { id: string }[] | undefined>,
  value: Checked<string | undefined>,
  kind: 'channel' | 'group',
  path: CrossProblem['path'],
): CrossProblem[] {
  if (list === INVALID || value === INVALID) return [];
  if (list !== undefined && value === undefined) return [{ path, message: `is required: the family declares ${kind}s` }];
  if (value !== undefined && !list?.some((item) => item.id === value)) return [{ path, message: `"${value}" is not a declared ${kind}` }];
  return [];
}
