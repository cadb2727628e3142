import { type CatalogFamily } from './schema.ts';
export interface CatalogProblem {
    file: string;
    line: number;
    col: number;
    field: string;
    message: string;
}
export interface LoadedFamily {
    /** Path of the YAML file as given (relative to the working directory when possible). */
    file: string;
    data: CatalogFamily;
}
export type LoadResult = {
    ok: true;
    families: LoadedFamily[];
} | {
    ok: false;
    problems: CatalogProblem[];
};
export declare function formatProblem(p: CatalogProblem): string;
/** `entries[3].sources[0].doc` */
export declare function fieldName(path: readonly PropertyKey[]): string;
export declare function loadCatalogFile(path: string, displayPath?: string): LoadResult;
/** Loads every `*.yaml` file of a directory, sorted by file name; all problems of all files are collected. */
export declare function loadCatalogDir(dir: string): LoadResult;
