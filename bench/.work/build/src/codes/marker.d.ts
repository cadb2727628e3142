/** The JSDoc tag generated code types carry, so a rule knows a value is a provider code by its type alone. */
export declare const CODES_MARKER_TAG = "deliveryCodes";
