import handlePermanentFailures from './handle-permanent-failures.ts';
import noRetryNonRetryable from './no-retry-non-retryable.ts';
import noUnknownCodes from './no-unknown-codes.ts';
import preferCodeEnum from './prefer-code-enum.ts';

/** Every rule of the plugin by name. */
export const rules = {
  'handle-permanent-failures': handlePermanentFailures,
  'no-retry-non-retryable': noRetryNonRetryable,
  'no-unknown-codes': noUnknownCodes,
  'prefer-code-enum': preferCodeEnum,
};
