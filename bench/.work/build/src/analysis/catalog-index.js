/**
 * Lookups over the generated catalog, built once per process the first time a
 * rule asks. A "scope" is the part of a family a branch can be about: a
 * channel (Webex Connect) or a group (Twilio's delivery errors vs. its API
 * errors); families with neither form a single scope.
 */
import { FAMILIES } from "../generated/index.js";
/** `30007` and `'30007'` are different keys; `codeKey` folds them where the family allows. */
export function valueKey(value) {
    return `${typeof value === 'number' ? 'n' : 's'}:${value}`;
}
/** The one key a family's code has, whether written as number or, for families that send text, as string. */
export function codeKey(family, value) {
    if (family.sentAsString && typeof value === 'string' && /^\d+$/.test(value))
        return `n:${Number(value)}`;
    return valueKey(value);
}
export const isPermanentFailure = (entry) => entry.outcome === 'failed' && entry.permanence === 'permanent';
export const isNonRetryable = (entry) => entry.outcome === 'failed' && (entry.retry === 'never' || entry.retry === 'after-fix');
function scopePart(family, entry) {
    if (family.channels.length > 0)
        return entry.channel;
    if (family.groups.length > 0)
        return entry.group;
    return undefined;
}
function buildIndex(families) {
    const byValue = new Map();
    const scopesOf = new Map();
    for (const family of families) {
        const byPart = new Map();
        for (const entry of family.entries) {
            const part = scopePart(family, entry);
            const list = byPart.get(part) ?? [];
            list.push(entry);
            byPart.set(part, list);
        }
        const scopes = [...byPart].map(([part, entries]) => ({
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
                if (family.sentAsString && typeof entry.code === 'number')
                    keys.push(valueKey(String(entry.code)));
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
let shared;
export function catalogIndex() {
    shared ??= buildIndex(Object.values(FAMILIES));
    return shared;
}
/** For tests that need an index over other families. */
export function createCatalogIndex(families) {
    return buildIndex(families);
}
export function hitsFor(index, value) {
    return index.byValue.get(valueKey(value)) ?? [];
}
