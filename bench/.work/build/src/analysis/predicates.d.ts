/**
 * Reading a condition, or a whole boolean function, for one code value.
 * Three-valued: a test may be true, must be true, or neither; parts that do
 * not mention the subject (`attempts < 3`, `isPermanent(code)`) are unknown
 * and can go either way. A result is only worth a report when a test on the
 * subject itself (`code === 552`, an element of a list, `code >= 500`, `code
 * !== 551`) supports it: that test is the witness.
 *
 * AST only: never asks the type checker; callers pass `typedValue` for the
 * odd expression only the checker can read.
 */
import { type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { type MatchAtom } from './branches.ts';
import type { CodeValue } from './catalog-index.ts';
type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
/** The test that makes a result hold for the value. `literal`: it names the code itself (`=== 552`, a list element). */
export interface Witness {
    readonly node: TSESTree.Node;
    readonly literal: boolean;
}
export interface Truth {
    /** Some reading of the unknown parts makes the test true. */
    readonly may: boolean;
    /** Every reading does. */
    readonly must: boolean;
    /** The subject test that makes it true, when one does. */
    readonly yes?: Witness;
    /** The subject test that makes it false, when one does. */
    readonly no?: TSESTree.Node;
}
export interface Evaluation {
    readonly context: Context;
    /** `subjectKey` of the value under test. */
    readonly key: string;
    readonly value: CodeValue;
    /** Value of an expression the AST cannot read (an imported enum member), resolved earlier. */
    readonly typedValue?: (node: TSESTree.Node) => CodeValue | undefined;
    /**
     * Another spelling of the value that ranges, prefixes and patterns also
     * match: the enhanced status class `5.0.0` of SMTP reply 552, so
     * `status.startsWith('5.')` takes it.
     */
    readonly classValue?: CodeValue;
}
/** Whether `atom` takes the value; ranges, prefixes and patterns also take its class spelling. */
export declare function atomMatches(atom: MatchAtom, value: CodeValue, classValue: CodeValue | undefined): boolean;
/**
 * The literal atoms of every test on `key` inside `root`, negated ones
 * included (`code !== 551`): what a family detection can count.
 */
export declare function literalAtomsIn(root: TSESTree.Node, key: string, context: Context, visitorKeys: Readonly<Record<string, readonly string[] | undefined>>): MatchAtom[];
/**
 * The subject a test is about when the test as a whole is not readable
 * (`!PERMANENT.includes(code)`, `code !== 551 && code !== 553`): the first
 * comparison or membership test inside it.
 */
export declare function innerSubject(root: TSESTree.Node, context: Context, visitorKeys: Readonly<Record<string, readonly string[] | undefined>>): {
    key: string;
    subject: TSESTree.Expression;
} | undefined;
/** The node a report about `atom` points at: the comparison it is part of, else the atom (a list element, a range test). */
export declare function atomWitnessNode(atom: MatchAtom): TSESTree.Node;
/** Whether `node` is true for the value under test. */
export declare function evaluateTest(node: TSESTree.Node, evaluation: Evaluation, depth?: number): Truth;
/**
 * The tests that make `fn` return true for the value (empty when it never
 * does, or when nothing about the subject says it does).
 */
export declare function trueWitnesses(fn: TSESTree.FunctionLike, evaluation: Evaluation): Witness[];
/** Names a function's parameters bind: `code`, `{ code, to }`, `[first]`, `code = 0`. */
export declare function parameterNames(fn: TSESTree.FunctionLike): Set<string>;
/** The first segment of a subject key: `err` for `err.code`. */
export declare function keyRoot(key: string): string;
export {};
