/**
 * Every rule asks detectCodes about the same switches and chains; the answer is remembered per set
 * and options. A rule that declines the checker question (`worthAsking` says no) has decided
 * nothing, so nothing may be remembered for the next rule that asks.
 */
import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import { branchesOf } from '../../src/analysis/branches.ts';
import { detectCodes, type DetectedSet } from '../../src/analysis/detect.ts';
import { DEFAULT_CODE_NAME_PATTERN } from '../../src/analysis/family.ts';
import { detectionOptionsFrom } from '../../src/utils/detection-options.ts';
import { TYPED_FILE, typedFixtureDir } from '../rules/rule-tester.ts';

type Sets = ReturnType<typeof branchesOf>[];
type Context = TSESLint.RuleContext<string, []>;

/** Runs `ask` on the switches of `text`, linted with type information, once all are read. */
function onSwitches(text: string, ask: (sets: Sets, context: Context) => void): void {
  let asked = false;
  const rule = {
    meta: { type: 'problem', schema: [] },
    create: (context: Context) => {
      const sets: Sets = [];
      return {
        SwitchStatement: (node: TSESTree.SwitchStatement) => void sets.push(branchesOf(node, context)),
        'Program:exit'() {
          asked = true;
          ask(sets, context);
        },
      };
    },
  };
  const linter = new Linter({ cwd: typedFixtureDir });
  const messages = linter.verify(
    text,
    [
      {
        files: ['**/*.ts'],
        plugins: { probe: { rules: { ask: rule as unknown as Rule.RuleModule } } },
        languageOptions: {
          parser: tsParser as unknown as Linter.Parser,
          parserOptions: { project: './tsconfig.json', tsconfigRootDir: typedFixtureDir, disallowAutomaticSingleRunInference: true },
        },
        rules: { 'probe/ask': 'error' },
      },
    ],
    TYPED_FILE,
  );
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  expect(asked).toBe(true);
}

function onFirstSwitch(text: string, ask: (set: Sets[number], context: Context) => void): void {
  onSwitches(text, ([first], context) => {
    expect(first).toBeDefined();
    ask(first as Sets[number], context);
  });
}

const twilioSwitch = `export function handle(errorCode: number) {
  switch (errorCode) {
    case 30003: return 'unreachable';
    case 30007: return 'filtered';
  }
  return 'other';
}
`;

const options = detectionOptionsFrom({}, DEFAULT_CODE_NAME_PATTERN.source);

describe('detectCodes remembers its answer per set and options', () => {
  it('a second rule asking about the same set gets the same detection', () => {
    onFirstSwitch(twilioSwitch, (set, context) => {
      const first = detectCodes(set, context, options);
      expect(first?.detection.family.id).toBe('twilio');
      expect(detectCodes(set, context, options)).toBe(first);
      // Options with the same values are the same object, so rules with equal options share answers too.
      expect(detectCodes(set, context, detectionOptionsFrom({ minLiterals: 2 }, DEFAULT_CODE_NAME_PATTERN.source))).toBe(first);
    });
  });

  it('declining the checker question decides nothing: the next caller still gets the detection', () => {
    onFirstSwitch(twilioSwitch, (set, context) => {
      let declined = 0;
      expect(
        detectCodes(set, context, options, () => {
          declined++;
          return false;
        }),
      ).toBeUndefined();
      expect(declined).toBe(1);
      const later: DetectedSet | undefined = detectCodes(set, context, options);
      expect(later?.detection.family.id).toBe('twilio');
    });
  });

  it('different options are answered on their own', () => {
    onFirstSwitch(twilioSwitch.replaceAll('errorCode', 'value'), (set, context) => {
      const strict = detectionOptionsFrom({ minLiterals: 3 }, DEFAULT_CODE_NAME_PATTERN.source);
      expect(strict).not.toBe(options);
      // Two Twilio codes and no name hint: not enough for a set that needs three.
      expect(detectCodes(set, context, strict)).toBeUndefined();
      expect(detectCodes(set, context, options)?.detection.family.id).toBe('twilio');
    });
  });

  it('subjects of one type share one typed detection, read once', () => {
    const text = `type SmsFailure = 30003 | 30007 | 21610;
export function first(code: SmsFailure) {
  switch (code) { case 30003: return 'unreachable'; default: return 'other'; }
}
export function second(failure: SmsFailure) {
  switch (failure) { case 30007: return 'filtered'; default: return 'other'; }
}
`;
    onSwitches(text, ([a, b], context) => {
      const first = detectCodes(a as Sets[number], context, options);
      const second = detectCodes(b as Sets[number], context, options);
      expect(first?.detection.typed).toBe(true);
      expect(first?.detection.inScope.map((entry) => entry.code).sort()).toEqual([21610, 30003, 30007]);
      expect(second?.detection).toBe(first?.detection);
    });
  });

  it('sets whose literals name the same scopes share one list of codes in scope', () => {
    const text = `${twilioSwitch}export function again(errorCode: number) {
  if (errorCode === 30005 || errorCode === 30006) return 'unknown';
  return 'other';
}
`;
    onSwitches(text, ([set], context) => {
      const first = detectCodes(set as Sets[number], context, options);
      expect(first?.detection.typed).toBe(false);
      const chain = context.sourceCode.ast.body.at(-1);
      const ifStatement = chain?.type === 'ExportNamedDeclaration' && chain.declaration?.type === 'FunctionDeclaration' ? chain.declaration.body.body[0] : undefined;
      expect(ifStatement?.type).toBe('IfStatement');
      const second = detectCodes(branchesOf(ifStatement as TSESTree.IfStatement, context), context, options);
      expect(second?.detection).not.toBe(first?.detection);
      expect(second?.detection.inScope).toBe(first?.detection.inScope);
    });
  });
});
