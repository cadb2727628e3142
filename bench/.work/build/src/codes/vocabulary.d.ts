/**
 * The classification vocabulary shared by the catalog schema, the generated
 * `codes` module and the rules. Kept free of dependencies: it ships inside
 * `eslint-plugin-delivery-codes/codes`.
 */
export declare const OUTCOMES: readonly ["delivered", "read", "accepted", "pending", "failed", "unknown"];
export declare const PERMANENCES: readonly ["permanent", "transient", "unknown"];
/** never: resending cannot succeed; after-fix: only a changed message or setup can; safe: the same message may be sent again later; provider-retries: the provider retries by itself. */
export declare const RETRY_POLICIES: readonly ["never", "after-fix", "safe", "provider-retries"];
export declare const SENDER_ACTIONS: readonly ["none", "wait", "retry-later", "reduce-rate", "suppress-recipient", "verify-recipient", "fix-content", "fix-request", "fix-configuration", "top-up", "use-template", "contact-provider", "investigate"];
export declare const BASES: readonly ["documented", "inferred"];
export declare const ACTIONABLE: readonly ["yes", "no", "partially"];
export declare const PHASES: readonly ["before-sending", "while-sending", "after-sending"];
export type Outcome = (typeof OUTCOMES)[number];
export type Permanence = (typeof PERMANENCES)[number];
export type RetryPolicy = (typeof RETRY_POLICIES)[number];
export type SenderAction = (typeof SENDER_ACTIONS)[number];
export type Basis = (typeof BASES)[number];
export type Actionable = (typeof ACTIONABLE)[number];
export type Phase = (typeof PHASES)[number];
/** Retry policies under which sending the same message again may succeed. */
export declare const RETRYABLE_POLICIES: readonly RetryPolicy[];
export declare function isRetryablePolicy(retry: RetryPolicy | undefined): boolean;
