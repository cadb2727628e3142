import { ESLintUtils } from '@typescript-eslint/utils';
export interface DeliveryCodesDocs {
    /** Part of `configs.recommended` (and so of `configs.strict`), or only of `configs.strict`. */
    recommended?: 'recommended' | 'strict';
    /** The rule works without type information and reads more with it. */
    requiresTypeChecking?: false;
}
export declare const createRule: <Options extends readonly unknown[], MessageIds extends string>({ meta, name, ...rule }: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, DeliveryCodesDocs>>) => ESLintUtils.RuleModule<MessageIds, Options, DeliveryCodesDocs, ESLintUtils.RuleListener> & {
    name: string;
};
