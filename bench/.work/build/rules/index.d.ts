/** Every rule of the plugin by name. */
export declare const rules: {
    'handle-permanent-failures': import("@typescript-eslint/utils/ts-eslint").RuleModule<import("./handle-permanent-failures.ts").MessageIds, import("./handle-permanent-failures.ts").Options, import("../src/utils/create-rule.ts").DeliveryCodesDocs, import("@typescript-eslint/utils/ts-eslint").RuleListener> & {
        name: string;
    };
    'no-retry-non-retryable': import("@typescript-eslint/utils/ts-eslint").RuleModule<import("./no-retry-non-retryable.ts").MessageIds, import("./no-retry-non-retryable.ts").Options, import("../src/utils/create-rule.ts").DeliveryCodesDocs, import("@typescript-eslint/utils/ts-eslint").RuleListener> & {
        name: string;
    };
};
