/**
 * Just enough control flow for "does this code get to that retry": whether a
 * branch body leaves for good (return, throw, continue; `break` where it
 * leaves the statements that follow), the statement list a statement sits in,
 * the unconditional statements after it, and the enclosing function.
 */
import { type TSESTree } from '@typescript-eslint/utils';
/**
 * Whether running `body` never reaches the statement after it. `breakLeaves`:
 * a `break` leaves too (an `if` branch: the break ends the loop or switch
 * around it); in a `case` body it only ends the switch, so it does not.
 */
export declare function definitelyLeaves(body: readonly TSESTree.Statement[], breakLeaves: boolean): boolean;
/** Whether a `case` body ends the case (break, return, throw, continue) rather than falling into the next. */
export declare function endsCase(body: readonly TSESTree.Statement[]): boolean;
/** The statement list `statement` is part of, if it is directly in one. */
export declare function statementList(statement: TSESTree.Statement): readonly TSESTree.Statement[] | undefined;
/**
 * The statements that run right after `list[index]` whatever happens: plain
 * statements up to the first that leaves, stopping at the first compound
 * statement (an `if`, a loop, a `try`), whose effect depends on more than the code.
 */
export declare function unconditionalAfter(list: readonly TSESTree.Statement[], index: number): TSESTree.Statement[];
export declare function isFunctionNode(node: TSESTree.Node): node is TSESTree.FunctionLike;
/** The function `node` runs in, if any. */
export declare function enclosingFunction(node: TSESTree.Node): TSESTree.FunctionLike | undefined;
/** The name a function goes by: its own, the variable, property or method it is assigned to. */
export declare function functionName(fn: TSESTree.FunctionLike): string | undefined;
/** `foo` for `foo`, `'foo'`; undefined for computed keys and private names. */
export declare function keyName(key: TSESTree.Node): string | undefined;
/** The name an assignment target goes by: `retryable`, `this.retryable`, `config.retryCodes`. */
export declare function targetName(target: TSESTree.Node): string | undefined;
/** The name of a called function or method: `retry`, `queue.add` → `add`. */
export declare function calleeName(callee: TSESTree.Node): string | undefined;
/**
 * Visits `root` and everything under it in source order, not entering nested
 * functions (other than `root` itself). `visit` returning true stops the walk.
 */
export declare function forEachNode(root: TSESTree.Node, visitorKeys: Readonly<Record<string, readonly string[] | undefined>>, visit: (node: TSESTree.Node) => boolean | void): void;
