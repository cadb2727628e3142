/**
 * The classification vocabulary shared by the catalog schema, the generated
 * `codes` module and the rules. Kept free of dependencies: it ships inside
 * `eslint-plugin-delivery-codes/codes`.
 */
export const OUTCOMES = ['delivered', 'read', 'accepted', 'pending', 'failed', 'unknown'] as const;
export const PERMANENCES = ['permanent', 'transient', 'unknown'] as const;
/** never: resending cannot succeed; after-fix: only a changed message or setup can; safe: the same message may be sent again later; provider-retries: the provider retries by itself. */
export const RETRY_POLICIES = ['never', 'after-fix', 'safe', 'provider-retries'] as const;
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
] as const;
export const BASES = ['documented', 'inferred'] as const;
export const ACTIONABLE = ['yes', 'no', 'partially'] as const;
export const PHASES = ['before-sending', 'while-sending', 'after-sending'] as const;

export type Outcome = (typeof OUTCOMES)[number];
export type Permanence = (typeof PERMANENCES)[number];
export type RetryPolicy = (typeof RETRY_POLICIES)[number];
export type SenderAction = (typeof SENDER_ACTIONS)[number];
export type Basis = (typeof BASES)[number];
export type Actionable = (typeof ACTIONABLE)[number];
export type Phase = (typeof PHASES)[number];

/** Retry policies under which sending the same message again may succeed. */
export const RETRYABLE_POLICIES: readonly RetryPolicy[] = ['safe', 'provider-retries'];

export function isRetryablePolicy(retry: RetryPolicy | undefined): boolean {
  return retry !== undefined && RETRYABLE_POLICIES.includes(retry);
}
