/**
 * The classification vocabulary shared by the catalog schema, the generated
 * `codes` module and the rules. Kept free of dependencies: it ships inside
 * `eslint-plugin-delivery-codes/codes`.
 */
export const OUTCOMES = ['delivered', 'read', 'accepted', 'pending', 'failed', 'unknown'];
export const PERMANENCES = ['permanent', 'transient', 'unknown'];
/** never: resending cannot succeed; after-fix: only a changed message or setup can; safe: the same message may be sent again later; provider-retries: the provider retries by itself. */
export const RETRY_POLICIES = ['never', 'after-fix', 'safe', 'provider-retries'];
export const SENDER_ACTIONS = [
    'none',
    'wait',
    'retry-later',
    'reduce-rate',
    'suppress-recipient',
    'verify-recipient',
    'fix-content',
    'fix-request',
    'fix-configuration',
    'top-up',
    'use-template',
    'contact-provider',
    'investigate',
];
export const BASES = ['documented', 'inferred'];
export const ACTIONABLE = ['yes', 'no', 'partially'];
export const PHASES = ['before-sending', 'while-sending', 'after-sending'];
/** Retry policies under which sending the same message again may succeed. */
export const RETRYABLE_POLICIES = ['safe', 'provider-retries'];
export function isRetryablePolicy(retry) {
    return retry !== undefined && RETRYABLE_POLICIES.includes(retry);
}
