/**
 * `eslint-plugin-delivery-codes/codes`: the generated enums, unions, tables
 * and guards of every provider family, plus lookups over all of them.
 * No runtime dependencies.
 */
import { FAMILIES } from "../generated/index.js";
export * from "../generated/index.js";
export * from "./vocabulary.js";
/** A numeric code also matches its text form when the family sends codes as text (`"30007"`). */
function sameCode(entry, code, sentAsString) {
    if (entry.code === code)
        return true;
    return sentAsString && typeof entry.code === 'number' && typeof code === 'string' && String(entry.code) === code;
}
/**
 * The catalog entry of `code` in `family` (and `channel`, for families with
 * channels; without one, the first channel that knows the code).
 */
export function describeCode(family, code, channel) {
    const data = FAMILIES[family];
    return data.entries.find((entry) => sameCode(entry, code, data.sentAsString) && (channel === undefined || entry.channel === channel));
}
/** Every entry, in every family and channel, for `code`. */
export function findCode(code) {
    return Object.values(FAMILIES).flatMap((data) => data.entries.filter((entry) => sameCode(entry, code, data.sentAsString)));
}
