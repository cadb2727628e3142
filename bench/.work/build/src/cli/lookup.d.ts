/**
 * What `delivery-codes explain` and `list` look up: entries of the generated
 * catalog with the family they belong to. Exact lookups go through `findCode`;
 * this module only adds filters, ordering and "did you mean" suggestions.
 */
import { type FamilyId } from '../codes/index.ts';
import type { CodeEntry, FamilyData, ProviderCode } from '../codes/types.ts';
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
export declare class FilterError extends Error {
    name: string;
}
/** Every entry in catalog order (families by id, entries as the catalog lists them), with its family. */
export declare function allEntries(): readonly Located[];
export declare function familyIds(): FamilyId[];
/** Throws FilterError for a family or channel the catalog does not have. */
export declare function checkFilters(filters: Filters): void;
/** The forms a code typed on the command line may take: `30007` is the number and the text `"30007"`. */
export declare function codeForms(input: string): ProviderCode[];
/** Every entry, in every family and channel the filters allow, for the code as typed. */
export declare function lookupCode(input: string, filters?: Filters): Located[];
export interface ListFilters extends Filters {
    readonly permanent?: boolean;
    readonly nonRetryable?: boolean;
}
export declare function listEntries(filters?: ListFilters): Located[];
/** Optimal string alignment distance: Levenshtein plus swapping two neighbours (`30070` → `30007` is one edit). */
export declare function editDistance(a: string, b: string): number;
export interface Suggestion {
    readonly familyId: FamilyId;
    readonly code: ProviderCode;
    /** The entries of that code in that family: one per channel for channel families. */
    readonly entries: readonly CodeEntry[];
    readonly distance: number;
}
/**
 * Codes close to `input`, closest first: by edit distance over the code's text
 * (ignoring case), then, between numbers, by numeric closeness. An input that
 * is an entry's name (`CarrierViolation`) suggests that entry first.
 */
export declare function closestMatches(input: string, filters?: Filters, limit?: number): Suggestion[];
