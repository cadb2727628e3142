import handlePermanentFailures from './handle-permanent-failures.ts';
import noRetryNonRetryable from './no-retry-non-retryable.ts';

/** Every rule of the plugin by name. */
export const rules = {
  'handle-permanent-failures': handlePermanentFailures,
  'no-retry-non-retryable': noRetryNonRetryable,
};
