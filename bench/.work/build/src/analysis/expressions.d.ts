/**
 * Static reading of expressions: which literal values an expression stands
 * for (through constants, `as const` objects and enums in the same file, and
 * the generated enums), and which value an expression is about.
 */
import { type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { type CodeValue } from './catalog-index.ts';
type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
/** Strips wrappers that do not change the value: parentheses are already gone in ESTree. */
export declare function unwrap(node: TSESTree.Node): TSESTree.Node;
/** `String(x)`, `Number(x)`, `parseInt(x, 10)` and `x.toString()` hold the same code as `x`. */
export declare function unwrapConversion(node: TSESTree.Node): TSESTree.Node;
/**
 * A stable text for "the same value" across conditions: `err?.code`,
 * `err!.code` and `err['code']` are all `err.code`.
 */
export declare function subjectKey(node: TSESTree.Node): string | undefined;
/** The words of a subject: `payload.ErrorCode` → ['payload', 'error', 'code']. */
export declare function subjectWords(key: string): string[];
/** The last segment of a subject key: `payload.ErrorCode` → `ErrorCode`. */
export declare function subjectLeaf(key: string): string;
/** The initializer of the single `const` (or the enum declaration) `id` refers to, in this file. */
export declare function constInit(context: Context, id: TSESTree.Identifier): TSESTree.Node | undefined;
/**
 * The literal values `node` evaluates to, or undefined when it cannot be
 * known from this file alone. An array or set yields its elements.
 */
export declare function literalValues(node: TSESTree.Node, context: Context, depth?: number): CodeValue[] | undefined;
/** The element nodes of an array or `new Set([...])` literal, for reports on one element. */
export declare function collectionElements(node: TSESTree.Node, context: Context, depth?: number): TSESTree.Node[] | undefined;
export {};
