import { type TSESLint } from '@typescript-eslint/utils';
export type Options = [
    {
        requireExplicitCases?: boolean;
        allowNonTerminalDefault?: boolean;
        deliberateDefaultPattern?: string;
        minLiterals?: number;
        codeNamePattern?: string;
        maxListed?: number;
    }
];
export type MessageIds = 'missingPermanent' | 'addPermanentCases';
declare const _default: TSESLint.RuleModule<MessageIds, Options, import("../src/utils/create-rule.ts").DeliveryCodesDocs, TSESLint.RuleListener> & {
    name: string;
};
export default _default;
