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
export declare function valueKey(value: CodeValue): string;
/** The one key a family's code has, whether written as number or, for families that send text, as string. */
export declare function codeKey(family: FamilyData, value: CodeValue): string;
export declare const isPermanentFailure: (entry: CodeEntry) => boolean;
export declare const isNonRetryable: (entry: CodeEntry) => boolean;
export declare function catalogIndex(): CatalogIndex;
/** For tests that need an index over other families. */
export declare function createCatalogIndex(families: readonly FamilyData[]): CatalogIndex;
export declare function hitsFor(index: CatalogIndex, value: CodeValue): readonly CodeHit[];
