import handlePermanentFailures from "./handle-permanent-failures.js";
import noRetryNonRetryable from "./no-retry-non-retryable.js";
/** Every rule of the plugin by name. */
export const rules = {
    'handle-permanent-failures': handlePermanentFailures,
    'no-retry-non-retryable': noRetryNonRetryable,
};
