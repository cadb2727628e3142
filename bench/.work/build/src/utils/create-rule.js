import { ESLintUtils } from '@typescript-eslint/utils';
const REPOSITORY_DOCS = 'https://github.com/delivery-codes/eslint-plugin-delivery-codes/blob/main/docs/rules';
export const createRule = ESLintUtils.RuleCreator((name) => `${REPOSITORY_DOCS}/${name}.md`);
