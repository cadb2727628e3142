/**
 * What a branch body does with the message: send it to retry, end its life
 * (mark failed, suppress, throw), or change it before sending again. Reads the
 * statements of the branch, not functions defined there, except the callback
 * of a `setTimeout` / `setInterval`, which is where a delayed resend lives.
 */
import { type TSESLint, type TSESTree } from '@typescript-eslint/utils';
type SourceCode = Readonly<TSESLint.SourceCode>;
export interface EffectOptions {
    /** Called functions or methods that retry: `requeue()`, `queue.retryLater()`. */
    readonly retryCallees: RegExp;
    /** Receivers whose `add` / `push` / `enqueue` / `publish` puts the message back in line. */
    readonly retryQueues: RegExp;
    /** Called functions or methods that end the message's life. */
    readonly terminalCallees: RegExp;
    /** Called functions or methods that change the message (the documented fix). */
    readonly fixCallees: RegExp;
    /** `throw` means "retry" (a queue worker): then only these error classes end the message. */
    readonly throwRetries: boolean;
    readonly unrecoverableErrors: RegExp;
    /**
     * Optional, off when absent: a queue `add` / `push` / … counts as a retry
     * only when this says the call puts the same message back in line (not a
     * metric or an alert that happens to go through a queue).
     */
    readonly isSameMessage?: (call: TSESTree.CallExpression) => boolean;
    /**
     * Optional, off when absent: `setTimeout(resend, 5000, msg)`, a timer whose
     * callback is a reference to a sending function rather than a function
     * written in place, also sends again.
     */
    readonly timerReferences?: boolean;
}
export declare const DEFAULT_EFFECT_OPTIONS: EffectOptions;
export interface Effect {
    readonly node: TSESTree.Node;
    /** `calls requeue()`, `returns { retry: true }`. */
    readonly description: string;
}
/** The first thing in `body` that sends the message to be tried again. */
export declare function findRetry(body: readonly TSESTree.Node[], sourceCode: SourceCode, options: EffectOptions): Effect | undefined;
/** Whether `body` ends the message's life: throws, marks it failed, suppresses the recipient, returns a failure. */
export declare function endsMessage(body: readonly TSESTree.Node[], sourceCode: SourceCode, options: EffectOptions): boolean;
/** The first call in `body` that changes the message before it goes out again. */
export declare function findFix(body: readonly TSESTree.Node[], sourceCode: SourceCode, options: EffectOptions): Effect | undefined;
/** Whether a comment inside or just before `node` matches `pattern` (a deliberate, documented default). */
export declare function hasMarkerComment(node: TSESTree.Node, sourceCode: SourceCode, pattern: RegExp): boolean;
export {};
