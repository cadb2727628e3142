import type { TSESLint } from '@typescript-eslint/utils';
import { rules } from '../rules/index.ts';
type Level = 'recommended' | 'strict';
declare const plugin: {
    meta: {
        name: string;
        version: string;
    };
    rules: {
        'handle-permanent-failures': TSESLint.RuleModule<import("../rules/handle-permanent-failures.ts").MessageIds, import("../rules/handle-permanent-failures.ts").Options, import("./utils/create-rule.ts").DeliveryCodesDocs, TSESLint.RuleListener> & {
            name: string;
        };
        'no-retry-non-retryable': TSESLint.RuleModule<import("../rules/no-retry-non-retryable.ts").MessageIds, import("../rules/no-retry-non-retryable.ts").Options, import("./utils/create-rule.ts").DeliveryCodesDocs, TSESLint.RuleListener> & {
            name: string;
        };
    };
    configs: Record<Level, TSESLint.FlatConfig.Config>;
};
export default plugin;
export { rules };
