import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { branchesOf, isChainHead, literalAtoms } from '../src/analysis/branches.ts';
import { catalogIndex, hitsFor, type CodeValue } from '../src/analysis/catalog-index.ts';
import { skipsFile } from '../src/analysis/file-gate.ts';
import { detectCodes } from '../src/analysis/detect.ts';
import { DEFAULT_CODE_NAME_PATTERN, type Detection } from '../src/analysis/family.ts';
import type { RuleEntry } from '../src/analysis/rule-entry.ts';
import { createRule } from '../src/utils/create-rule.ts';
import { codeNamePatternOption, minLiteralsOption, detectionOptionsFrom } from '../src/utils/detection-options.ts';
import { enumAccess } from '../src/utils/source-text.ts';

export type Options = [
  {
    minLiterals?: number;
    codeNamePattern?: string;
  },
];
export type MessageIds = 'preferEnum' | 'replaceWithMember' | 'replaceAndImport';

/** Source that spells the code itself (`30007`, `'5.1.1'`, `` `5.1.1` ``); constants and enum members already name it. */
function isMagicLiteral(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === 'number' || typeof node.value === 'string';
  return node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0;
}

/**
 * The entry whose enum member can stand in for `value`: of the detected family,
 * of the same type as the literal (the enum of a family that sends numeric codes
 * as text holds numbers, so `'30007'` has none), and, where channels give one
 * code several names, of the detected channel or the common one.
 */
function entryFor(detection: Detection, value: CodeValue): RuleEntry | undefined {
  const entries = hitsFor(catalogIndex(), value)
    .filter((hit) => hit.scope.family === detection.family && typeof hit.entry.code === typeof value)
    .map((hit) => hit.entry);
  if (new Set(entries.map((entry) => entry.name)).size === 1) return entries[0];
  const channel = detection.channel;
  if (!channel) return undefined;
  return entries.find((entry) => entry.channel === channel) ?? entries.find((entry) => entry.channel === 'common');
}

export default createRule<Options, MessageIds>({
  name: 'prefer-code-enum',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Prefer the generated enum members to magic provider codes in branches on delivery codes',
      recommended: 'strict',
    },
    hasSuggestions: true,
    messages: {
      preferEnum: 'Use {{enumName}}.{{member}} instead of the magic code {{code}}.',
      replaceWithMember: 'Replace {{code}} with {{replacement}}.',
      replaceAndImport: 'Replace {{code}} with {{replacement}} and import {{enumName}}.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          minLiterals: minLiteralsOption(),
          codeNamePattern: codeNamePatternOption,
        },
      },
    ],
    defaultOptions: [{ minLiterals: 2, codeNamePattern: DEFAULT_CODE_NAME_PATTERN.source }],
  },
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const detectionOptions = detectionOptionsFrom(options, DEFAULT_CODE_NAME_PATTERN.source);
    if (skipsFile(context, detectionOptions.codeNamePattern)) return {};
    // A collection of codes that several chains test is reported once.
    const reported = new WeakSet<TSESTree.Node>();

    function check(node: TSESTree.SwitchStatement | TSESTree.IfStatement): void {
      const detected = detectCodes(branchesOf(node, context), context, detectionOptions);
      if (!detected) return;
      const { set, detection } = detected;
      for (const atom of literalAtoms(set)) {
        if (atom.kind !== 'literal' || !isMagicLiteral(atom.node) || reported.has(atom.node)) continue;
        const entry = entryFor(detection, atom.literal as CodeValue);
        if (!entry) continue;
        reported.add(atom.node);
        report(atom.node, detection, entry);
      }
    }

    function report(node: TSESTree.Node, detection: Detection, entry: RuleEntry): void {
      const code = sourceCode.getText(node);
      const enumName = detection.family.enumName;
      const access = enumAccess(sourceCode, detection.family, node, context.languageOptions.sourceType);
      const replacement = access ? `${access.name}.${entry.name}` : '';
      context.report({
        node,
        messageId: 'preferEnum',
        data: { enumName, member: entry.name, code },
        suggest: access
          ? [
              {
                messageId: access.addImport ? 'replaceAndImport' : 'replaceWithMember',
                data: { code, replacement, enumName },
                fix: (fixer) => [fixer.replaceText(node, replacement), ...(access.addImport ? [access.addImport(fixer)] : [])],
              },
            ]
          : [],
      });
    }

    return {
      SwitchStatement: check,
      IfStatement(node) {
        if (isChainHead(node)) check(node);
      },
    };
  },
});
