import { type TSESLint } from '@typescript-eslint/utils';
export type Options = [
    {
        retryCallees?: string;
        retryQueues?: string;
        fixCallees?: string;
        allowResendAfterFix?: boolean;
        retryCollectionPattern?: string;
        retryPredicatePattern?: string;
        throwRetries?: boolean;
        queueWorkerPattern?: string;
        unrecoverableErrors?: string;
        minLiterals?: number;
        codeNamePattern?: string;
        maxListed?: number;
    }
];
export type MessageIds = 'retryBranch' | 'retryDefault' | 'retryListed' | 'retryRange' | 'retryPredicate' | 'moveToPermanent' | 'sendToPermanent';
/** The sibling rule's subject names, plus a bare `code` (`err.code === 552`): here one literal and that name are enough. */
export declare const DEFAULT_RETRY_CODE_NAME_PATTERN: string;
export declare const DEFAULT_RETRY_COLLECTION_PATTERN = "retr(y|iable)|transient|temporary|soft";
export declare const DEFAULT_RETRY_PREDICATE_PATTERN = "^(?:is|should|can|may)_?(?:[Bb]e_?)?(?:[Rr]etr(?:y|iable|ied)|[Tt]ransient|[Tt]emporary|[Ss]oft(?:[A-Z_]|$))";
export declare const DEFAULT_QUEUE_WORKER_PATTERN = "^(?:\\w*(?:worker|processor|consumer)|process(?:job|message)?|handlejob|eachmessage)$";
declare const _default: TSESLint.RuleModule<MessageIds, Options, import("../src/utils/create-rule.ts").DeliveryCodesDocs, TSESLint.RuleListener> & {
    name: string;
};
export default _default;
