// Rule doc headers, their options lists and the README's rules table are written by
// eslint-doc-generator from the rules' meta; `npx eslint-doc-generator --check` runs in the tests.
/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  ruleDocNotices: ['description', 'configs', 'fixableAndHasSuggestions', 'requiresTypeChecking', 'options'],
  ruleDocSectionInclude: ['Rule details', 'Options', 'When not to use it'],
  ruleListColumns: ['name', 'description', 'configsError', 'fixable', 'hasSuggestions', 'requiresTypeChecking'],
  urlConfigs: 'https://github.com/delivery-codes/eslint-plugin-delivery-codes#configs',
};

export default config;
