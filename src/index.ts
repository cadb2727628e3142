/**
 * eslint-plugin-delivery-codes: the plugin object (meta, rules, flat configs).
 * Configs are derived from each rule's `meta.docs.recommended`, never listed by hand.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { TSESLint } from '@typescript-eslint/utils';
import { rules } from '../rules/index.ts';

// Source runs from src/, the build from dist/src/: the package root is one or two levels up.
const packageJson = ['../package.json', '../../package.json']
  .map((relative) => new URL(relative, import.meta.url))
  .find((url) => existsSync(url)) as URL;
const pkg = JSON.parse(readFileSync(packageJson, 'utf8')) as { name: string; version: string };

type RuleName = keyof typeof rules;
type Level = 'recommended' | 'strict';

function rulesFor(level: Level): TSESLint.FlatConfig.Rules {
  const entries: [string, TSESLint.FlatConfig.RuleEntry][] = [];
  for (const [name, rule] of Object.entries(rules) as [RuleName, (typeof rules)[RuleName]][]) {
    const recommended = rule.meta.docs?.recommended;
    if (recommended === 'recommended' || (level === 'strict' && recommended === 'strict')) {
      entries.push([`delivery-codes/${name}`, 'error']);
    }
  }
  if (level === 'strict' && 'handle-permanent-failures' in rules) {
    entries.push(['delivery-codes/handle-permanent-failures', ['error', { requireExplicitCases: true }]]);
  }
  return Object.fromEntries(entries);
}

const plugin = {
  meta: { name: pkg.name, version: pkg.version },
  rules,
  configs: {} as Record<Level, TSESLint.FlatConfig.Config>,
};

plugin.configs.recommended = { name: 'delivery-codes/recommended', plugins: { 'delivery-codes': plugin }, rules: rulesFor('recommended') };
plugin.configs.strict = { name: 'delivery-codes/strict', plugins: { 'delivery-codes': plugin }, rules: rulesFor('strict') };

export default plugin;
