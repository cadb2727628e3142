// @ts-check
/**
 * The example app linted without type information: typescript-eslint's parser
 * only reads the syntax. Faster, and the rules still find what the source
 * text shows; codes named through imported enums are left alone.
 *
 *   npx eslint --config examples/eslint.untyped.config.mjs examples
 */
import deliveryCodes from 'eslint-plugin-delivery-codes';
import tseslint from 'typescript-eslint';

export default [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
  },
  deliveryCodes.configs.recommended,
];
