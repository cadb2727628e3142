/**
 * The shape of one catalog file (`catalog/<family>.yaml`).
 *
 * Field-level rules live in the zod schema; rules that relate entries to each
 * other or to the family header (declared channels and groups, uniqueness,
 * failure entries needing a classification) live in `crossCheck`, so that every
 * problem in a file is reported in one pass.
 */
import { z } from 'zod';
import { ACTIONABLE, BASES, OUTCOMES, PERMANENCES, PHASES, RETRY_POLICIES, SENDER_ACTIONS } from "../src/codes/vocabulary.js";
const familyId = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be kebab-case: lower-case words joined by "-"');
const identifier = z
    .string()
    .regex(/^[A-Z][A-Za-z0-9]*$/, 'must be a PascalCase identifier (letters and digits, starting upper-case)');
const text = z
    .string()
    .trim()
    .min(1, 'must not be empty')
    // Catalog text ends up in generated JSDoc and string literals: keep it on one line.
    .regex(/^[^\r\n\u2028\u2029]*$/, 'must be a single line');
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
    code: z.union([z.number().int().nonnegative(), text], { error: 'must be a non-negative whole number or a single line of text' }),
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
    charged: z.union([z.boolean(), z.literal('sometimes')]).optional(),
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
const FAILURE_OUTCOMES = new Set(['failed']);
export function crossCheck(family, fileStem) {
    const problems = [];
    if (family.family !== fileStem) {
        problems.push({ path: ['family'], message: `must match the file name "${fileStem}"` });
    }
    const channelIds = new Set(family.channels?.map((c) => c.id));
    const groupIds = new Set(family.groups?.map((g) => g.id));
    const keys = new Map();
    const names = new Map();
    family.entries.forEach((entry, index) => {
        const at = (field) => ['entries', index, field];
        if (typeof entry.code !== family.codeType) {
            problems.push({ path: at('code'), message: `must be a ${family.codeType} (the family's codeType)` });
        }
        if (family.channels && entry.channel === undefined) {
            problems.push({ path: at('channel'), message: 'is required: the family declares channels' });
        }
        else if (entry.channel !== undefined && !channelIds.has(entry.channel)) {
            problems.push({ path: at('channel'), message: `"${entry.channel}" is not a declared channel` });
        }
        if (family.groups && entry.group === undefined) {
            problems.push({ path: at('group'), message: 'is required: the family declares groups' });
        }
        else if (entry.group !== undefined && !groupIds.has(entry.group)) {
            problems.push({ path: at('group'), message: `"${entry.group}" is not a declared group` });
        }
        if (FAILURE_OUTCOMES.has(entry.outcome)) {
            if (entry.permanence === undefined)
                problems.push({ path: at('permanence'), message: 'is required for a failure' });
            if (entry.retry === undefined)
                problems.push({ path: at('retry'), message: 'is required for a failure' });
        }
        const key = `${entry.channel ?? ''}\u0000${typeof entry.code}:${entry.code}`;
        const firstKey = keys.get(key);
        if (firstKey === undefined)
            keys.set(key, index);
        else {
            const where = entry.channel ? ` in channel ${entry.channel}` : '';
            problems.push({ path: at('code'), message: `duplicate code ${JSON.stringify(entry.code)}${where} (first at entry ${firstKey})` });
        }
        const firstName = names.get(entry.name);
        if (firstName === undefined)
            names.set(entry.name, index);
        else
            problems.push({ path: at('name'), message: `duplicate name "${entry.name}" (first at entry ${firstName})` });
    });
    return problems;
}
