import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';

export interface DeliveryCodesDocs {
  /** Part of `configs.recommended` (and so of `configs.strict`), or only of `configs.strict`. */
  recommended?: 'recommended' | 'strict';
  /** The rule works without type information and reads more with it. */
  requiresTypeChecking?: false;
}

const REPOSITORY_DOCS = 'https://github.com/delivery-codes/eslint-plugin-delivery-codes/blob/main/docs/rules';

export const createRule = RuleCreator<DeliveryCodesDocs>((name) => `${REPOSITORY_DOCS}/${name}.md`);
