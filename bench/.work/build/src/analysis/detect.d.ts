/**
 * The one entry point rules use to ask "are these branches about provider
 * codes, and which?". Cheap first: the AST gate decides whether the type
 * checker is consulted at all.
 */
import type { ParserServicesWithTypeInformation, TSESLint } from '@typescript-eslint/utils';
import { type BranchSet } from './branches.ts';
import { type Detection, type DetectionOptions } from './family.ts';
type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
/** Type information when the file was parsed with a TypeScript program, else undefined (plain JS, untyped lint). */
export declare function typedServices(context: Context): ParserServicesWithTypeInformation | undefined;
export interface DetectedSet {
    readonly set: BranchSet;
    readonly detection: Detection;
}
/**
 * The family and codes in scope of a branch set, or undefined when it is not
 * about provider codes. The returned set has case tests the checker could
 * read turned into literals; tests still unresolved stay in `unresolvedTests`.
 */
export declare function detectCodes(set: BranchSet, context: Context, options: DetectionOptions): DetectedSet | undefined;
export {};
