import type { CatalogEntry, CatalogFamily } from '../catalog/schema.ts';
import type { LoadedFamily } from '../catalog/load.ts';
export { CODES_MARKER_TAG } from '../src/codes/marker.ts';
export interface GeneratedFile {
    name: string;
    text: string;
}
export interface GenerateOptions {
    /** Module that provides `CodeEntry`, `FamilyData` and `PermanentFailureHandlers`, relative to the output directory. */
    typesImport: string;
    /** The command to name in each file's header. */
    command: string;
}
export declare const DEFAULT_GENERATE_OPTIONS: GenerateOptions;
export declare function camelCase(kebab: string): string;
export declare function pascalCase(kebab: string): string;
/** Names of everything generated for one family, in one place so rules, docs and tests agree. */
export declare function familyNames(family: Pick<CatalogFamily, 'family' | 'enumName'>): {
    enumName: string;
    allCodes: string;
    codeStrings: string;
    permanent: string;
    retryable: string;
    nonRetryable: string;
    handlers: string;
    channel: string;
    guard: string;
    stringGuard: string;
    permanentGuard: string;
    retryableGuard: string;
    table: string;
    family: string;
};
export declare const isPermanent: (e: CatalogEntry) => boolean;
export declare const isRetryable: (e: CatalogEntry) => boolean;
export declare const isNonRetryable: (e: CatalogEntry) => boolean;
export declare function generateCodes(families: readonly LoadedFamily[], options?: GenerateOptions): GeneratedFile[];
