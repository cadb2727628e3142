/**
 * The codes a collection lists: array, `Set`, `Map` keys, object-literal keys,
 * through spreads, `Object.freeze`, `as const` / `satisfies` and constants of
 * the same file. For lists of codes to retry, an entry whose value says "do
 * not retry" (`false`, `0`, `'never'`) is not listed, and a map whose values
 * are all display text is a label table, not a retry list.
 */
import { type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { CodeValue } from './catalog-index.ts';
type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
export interface ListedCode {
    /** Where a report about this entry points: the element, the `Map` key, the object key. */
    readonly node: TSESTree.Node;
    /** The code, when this file tells. */
    readonly value?: CodeValue;
}
export interface Listing {
    readonly codes: readonly ListedCode[];
    /** Elements only the type checker can read (an imported enum member). */
    readonly unresolved: readonly TSESTree.Expression[];
}
/** Whether `node` is a collection literal this module reads (not a value that merely names one). */
export declare function isCollectionLiteral(node: TSESTree.Node, context: Context, objects: boolean): boolean;
/**
 * The codes `node` lists, or undefined when it is not a collection this
 * module reads, or is a label table (every value display text).
 */
export declare function listedCodes(node: TSESTree.Node, context: Context): Listing | undefined;
export {};
