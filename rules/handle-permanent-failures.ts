import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { branchesOf, isChainHead, literalAtoms, type BranchSet } from '../src/analysis/branches.ts';
import { isPermanentFailure } from '../src/analysis/catalog-index.ts';
import { skipsFile } from '../src/analysis/file-gate.ts';
import { detectCodes } from '../src/analysis/detect.ts';
import { DEFAULT_EFFECT_OPTIONS, endsMessage, findRetry, hasMarkerComment } from '../src/analysis/effects.ts';
import { DEFAULT_CODE_NAME_PATTERN, untakenEntries, type Detection } from '../src/analysis/family.ts';
import type { RuleEntry } from '../src/analysis/rule-entry.ts';
import { cachedRegExp } from '../src/utils/cached-regexp.ts';
import { createRule } from '../src/utils/create-rule.ts';
import { codeNamePatternOption, minLiteralsOption, detectionOptionsFrom } from '../src/utils/detection-options.ts';
import { codeWriter, indentUnit, lineIndent, listCodes, quote, quoteStyle } from '../src/utils/source-text.ts';

export type Options = [
  {
    requireExplicitCases?: boolean;
    allowNonTerminalDefault?: boolean;
    deliberateDefaultPattern?: string;
    minLiterals?: number;
    codeNamePattern?: string;
    maxListed?: number;
  },
];
export type MessageIds = 'missingPermanent' | 'addPermanentCases';

export default createRule<Options, MessageIds>({
  name: 'handle-permanent-failures',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require branches on provider delivery codes to handle every permanent failure',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      missingPermanent:
        '{{family}} permanent failures reach no branch of their own and no default that ends the message: {{codes}}.',
      addPermanentCases: 'Add a branch for {{codes}} that ends the message.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          requireExplicitCases: {
            type: 'boolean',
            description: 'Every permanent code in scope needs its own branch; a default never stands in for one.',
          },
          allowNonTerminalDefault: {
            type: 'boolean',
            description: 'Any non-empty default covers the missing codes, even one that only logs.',
          },
          deliberateDefaultPattern: {
            type: 'string',
            description: 'A comment in or just before the default matching this regular expression marks it as the deliberate handler.',
          },
          minLiterals: minLiteralsOption(),
          codeNamePattern: codeNamePatternOption,
          maxListed: {
            type: 'integer',
            minimum: 1,
            description: 'How many missing codes the message names before "and K more".',
          },
        },
      },
    ],
    defaultOptions: [
      {
        requireExplicitCases: false,
        allowNonTerminalDefault: false,
        deliberateDefaultPattern: 'permanent (?:failures?|codes?|errors?) (?:are )?handled',
        minLiterals: 2,
        codeNamePattern: DEFAULT_CODE_NAME_PATTERN.source,
        maxListed: 5,
      },
    ],
  },
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const detectionOptions = detectionOptionsFrom(options, DEFAULT_CODE_NAME_PATTERN.source);
    if (skipsFile(context, detectionOptions.codeNamePattern)) return {};
    const deliberate = cachedRegExp(options.deliberateDefaultPattern ?? '$^', 'i');
    const maxListed = options.maxListed ?? 5;

    function fallbackCovers(set: BranchSet): boolean {
      const fallback = set.fallback;
      if (!fallback || options.requireExplicitCases) return false;
      if (hasMarkerComment(fallback.node, sourceCode, deliberate)) return true;
      // A default that retries is no-retry-non-retryable's finding, not this rule's.
      if (findRetry(fallback.body, sourceCode, DEFAULT_EFFECT_OPTIONS)) return true;
      if (endsMessage(fallback.body, sourceCode, DEFAULT_EFFECT_OPTIONS)) return true;
      return !!options.allowNonTerminalDefault && fallback.body.length > 0;
    }

    function check(node: TSESTree.SwitchStatement | TSESTree.IfStatement): void {
      // A lone `if` is a guard, not a dispatch on codes: seen before its branches are read.
      if (node.type === AST_NODE_TYPES.IfStatement && !node.alternate) return;
      const raw = branchesOf(node, context);
      // A condition this analysis cannot read may take any code: no claim about what is missing.
      if (raw.branches.some((branch) => branch.opaque)) return;
      const detected = detectCodes(raw, context, detectionOptions);
      if (!detected) return;
      const { set, detection } = detected;
      // A case test no one could read (`case \`X_${kind}\`:`) may be any code.
      if (set.branches.some((branch) => branch.unresolvedTests.length > 0)) return;
      const missing = untakenEntries(set, detection.inScope.filter(isPermanentFailure));
      if (missing.length === 0 || fallbackCovers(set)) return;
      const codes = listCodes(missing, maxListed);
      const fix = suggestion(set, detection, missing);
      context.report({
        node: set.head,
        loc: headLoc(set.head),
        messageId: 'missingPermanent',
        data: { family: detection.label, codes },
        ...(fix ? { suggest: [{ messageId: 'addPermanentCases', data: { codes }, fix }] } : {}),
      });
    }

    function suggestion(set: BranchSet, detection: Detection, missing: RuleEntry[]): TSESLint.ReportFixFunction | undefined {
      const atoms = literalAtoms(set);
      const q = quoteStyle(sourceCode, atoms.map((atom) => atom.node));
      const asString = atoms.length > 0 && atoms.every((atom) => typeof atom.literal === 'string');
      const writer = codeWriter(sourceCode, detection.family, q, asString && detection.family.codeType === 'number');
      const throwText = `throw new Error(${quote(
        `Permanent ${detection.label} failure (${missing.map((e) => `${e.code} ${e.name}`).join(', ')}): stop sending this message`,
        q,
      )});`;
      if (set.head.type === AST_NODE_TYPES.SwitchStatement) return switchFix(set, set.head, missing, writer, throwText);
      return ifChainFix(set, missing, writer, throwText);
    }

    function switchFix(
      set: BranchSet,
      node: TSESTree.SwitchStatement,
      missing: RuleEntry[],
      writer: ReturnType<typeof codeWriter>,
      throwText: string,
    ): TSESLint.ReportFixFunction | undefined {
      const onTrue = node.discriminant.type === AST_NODE_TYPES.Literal && node.discriminant.value === true;
      if (onTrue && !set.subject) return undefined;
      const test = (entry: RuleEntry) =>
        onTrue ? `${sourceCode.getText(set.subject)} === ${writer.text(entry)}` : writer.text(entry);
      const firstCase = node.cases[0];
      const caseIndent = firstCase ? lineIndent(sourceCode, firstCase) : lineIndent(sourceCode, node) + '  ';
      const withBody = node.cases.find((clause) => clause.consequent.length > 0);
      const unit = withBody ? indentUnit(sourceCode, withBody, withBody.consequent[0]) : indentUnit(sourceCode, node, firstCase);
      const labels = missing.map((entry) => `case ${test(entry)}:${writer.namesCodes ? '' : ` // ${entry.name}`}`);
      const block = [...labels, `${unit}${throwText}`].join(`\n${caseIndent}`);
      const defaultCase = node.cases.find((clause) => clause.test === null);
      return (fixer) => {
        if (defaultCase) {
          // A one-line switch gets its new cases on lines of their own, so the `// Name` comments end there.
          const startsLine = sourceCode.lines[defaultCase.loc.start.line - 1]?.slice(0, defaultCase.loc.start.column).trim() === '';
          return fixer.insertTextBefore(defaultCase, `${startsLine ? '' : `\n${caseIndent}`}${block}\n${caseIndent}`);
        }
        const last = node.cases.at(-1);
        if (last) return fixer.insertTextAfter(last, `\n${caseIndent}${block}`);
        const closing = sourceCode.getLastToken(node) as TSESTree.Token;
        return fixer.insertTextBefore(closing, `\n${caseIndent}${block}\n${lineIndent(sourceCode, node)}`);
      };
    }

    function ifChainFix(
      set: BranchSet,
      missing: RuleEntry[],
      writer: ReturnType<typeof codeWriter>,
      throwText: string,
    ): TSESLint.ReportFixFunction | undefined {
      const lastIf = set.branches.at(-1)?.node;
      if (!set.subject || lastIf?.type !== AST_NODE_TYPES.IfStatement) return undefined;
      const subject = sourceCode.getText(set.subject);
      const indent = lineIndent(sourceCode, set.head);
      const unit = indentUnit(sourceCode, set.head, (set.branches[0]?.body[0] as TSESTree.Node | undefined) ?? undefined);
      const test = missing.map((entry) => `${subject} === ${writer.text(entry)}`).join(' || ');
      const consequent = lastIf.consequent;
      const text =
        consequent.type === AST_NODE_TYPES.BlockStatement
          ? ` else if (${test}) {\n${indent}${unit}${throwText}\n${indent}}`
          : `\n${indent}else if (${test}) {\n${indent}${unit}${throwText}\n${indent}}`;
      return (fixer) => fixer.insertTextAfter(consequent, text);
    }

    return {
      SwitchStatement: check,
      IfStatement(node) {
        if (isChainHead(node)) check(node);
      },
    };
  },
});

/** From the keyword to the end of the tested expression: `switch (code)` / `if (code === 30003)`. */
function headLoc(head: TSESTree.SwitchStatement | TSESTree.IfStatement): TSESTree.SourceLocation {
  const tested = head.type === AST_NODE_TYPES.SwitchStatement ? head.discriminant : head.test;
  return { start: head.loc.start, end: { line: tested.loc.end.line, column: tested.loc.end.column + 1 } };
}
