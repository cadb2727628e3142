import handlePermanentFailures from './handle-permanent-failures.ts';

/** Every rule of the plugin by name. */
export const rules = {
  'handle-permanent-failures': handlePermanentFailures,
};
