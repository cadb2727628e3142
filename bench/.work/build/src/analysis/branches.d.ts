/**
 * A `switch` or an if/else-if chain seen as "branches over one value": which
 * codes each branch takes (literals, ranges, prefixes, patterns), what runs
 * there, and what the fallback (`default` / final `else`) is. Computed once per
 * node and shared by every rule.
 */
import { type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { CodeValue } from './catalog-index.ts';
type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
/** One way a branch takes codes. `literal` is set for exact values; ranges and patterns only match. */
export interface MatchAtom {
    /** The node a report about this atom points at: the literal, the element, the range test. */
    readonly node: TSESTree.Node;
    readonly literal?: CodeValue;
    readonly kind: 'literal' | 'range' | 'prefix' | 'pattern';
    /** How a report describes a non-literal atom: `>= 400`, `startsWith('5')`. */
    readonly description?: string;
    matches(value: CodeValue): boolean;
}
export interface Branch {
    /** The `case` clause or `if` statement. */
    readonly node: TSESTree.SwitchCase | TSESTree.IfStatement;
    readonly atoms: readonly MatchAtom[];
    /** The condition says something this analysis does not read. */
    readonly opaque: boolean;
    /** Statements that run for this branch (a `case` that falls through runs the next one's). */
    readonly body: readonly TSESTree.Statement[];
    /** A case test whose value only the type checker can tell. */
    readonly unresolvedTests: readonly TSESTree.Expression[];
}
export interface Fallback {
    readonly node: TSESTree.SwitchCase | TSESTree.Statement;
    readonly body: readonly TSESTree.Statement[];
}
export interface BranchSet {
    readonly kind: 'switch' | 'if-chain';
    /** Where whole-set reports go: the `switch` or the first `if`. */
    readonly head: TSESTree.SwitchStatement | TSESTree.IfStatement;
    /** The expression the branches test, when there is one. */
    readonly subject?: TSESTree.Expression;
    readonly subjectKey?: string;
    readonly branches: readonly Branch[];
    readonly fallback?: Fallback;
}
interface Condition {
    readonly key: string;
    readonly subject: TSESTree.Expression;
    readonly atoms: MatchAtom[];
}
/** Reads a condition as "subject takes these codes"; undefined when it says anything else. */
export declare function readCondition(node: TSESTree.Node, context: Context): Condition | undefined;
/** The `if` that starts a chain: not itself the `else if` of another. */
export declare function isChainHead(node: TSESTree.IfStatement): boolean;
export declare function branchesOf(node: TSESTree.SwitchStatement | TSESTree.IfStatement, context: Context): BranchSet;
/** Every literal atom of the set, in source order. */
export declare function literalAtoms(set: BranchSet): MatchAtom[];
export {};
