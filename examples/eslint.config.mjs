// @ts-check
/**
 * Typed linting of the example app, as a user of the plugin would set it up:
 * typescript-eslint's parser with the project service (it finds
 * examples/tsconfig.json), then the plugin's recommended config.
 * With types, the rules also read codes only the checker knows, such as
 * members of the generated enums. eslint.untyped.config.mjs is the same without types.
 *
 *   npx eslint --config examples/eslint.config.mjs examples
 */
import deliveryCodes from 'eslint-plugin-delivery-codes';
import tseslint from 'typescript-eslint';

export default [
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  deliveryCodes.configs.recommended,
];
