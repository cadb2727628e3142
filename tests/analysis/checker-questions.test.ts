/**
 * What the rules ask the type checker, counted: the bench measures their cost, these tests pin the
 * gates that keep it low so a change that asks about every switch fails here, not only in a profile.
 */
import { join } from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import type { ParserServicesWithTypeInformation, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { literalTypeValue } from '../../src/analysis/types.ts';
import plugin from '../../src/index.ts';
import { TYPED_FILE, typedFixtureDir } from '../rules/rule-tester.ts';

type Services = {
  getTypeAtLocation?: (node: TSESTree.Node) => unknown;
  program?: { getTypeChecker(): { getSymbolAtLocation(node: { parent?: { getText(): string } }): unknown } };
};

interface Questions {
  /** Source text of every node whose type the checker was asked for. */
  readonly types: string[];
  /** Source text around every name the checker was asked to resolve to a symbol (an enum member's enum). */
  readonly symbols: string[];
}

/** Lints `text` with type information and the given rules, and records what the checker was asked. */
function checkerQuestions(text: string, rules: Linter.RulesRecord): Questions {
  const asked: Questions = { types: [], symbols: [] };
  const restores: (() => void)[] = [];
  const countingParser = {
    meta: { name: 'counting-typescript-eslint-parser' },
    parseForESLint(code: string, options: Record<string, unknown>) {
      const result = tsParser.parseForESLint(code, options) as ReturnType<typeof tsParser.parseForESLint> & { services: Services };
      const original = result.services.getTypeAtLocation;
      if (original) {
        result.services.getTypeAtLocation = (node) => {
          asked.types.push(code.slice(node.range[0], node.range[1]));
          return original(node);
        };
      }
      // The program and its checker outlive this lint: the counting wrapper is taken off afterwards.
      const checker = result.services.program?.getTypeChecker();
      if (checker) {
        const resolve = checker.getSymbolAtLocation;
        checker.getSymbolAtLocation = (node) => {
          asked.symbols.push(node.parent?.getText() ?? '');
          return resolve.call(checker, node);
        };
        restores.push(() => (checker.getSymbolAtLocation = resolve));
      }
      return result;
    },
  };
  const linter = new Linter({ cwd: typedFixtureDir });
  try {
    const messages = linter.verify(
      text,
      [
        {
          files: ['**/*.ts'],
          plugins: { 'delivery-codes': plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
          languageOptions: {
            parser: countingParser as unknown as Linter.Parser,
            parserOptions: { project: './tsconfig.json', tsconfigRootDir: typedFixtureDir, disallowAutomaticSingleRunInference: true },
          },
          rules,
        },
      ],
      TYPED_FILE,
    );
    expect(messages.filter((message) => message.fatal)).toEqual([]);
  } finally {
    for (const restore of restores) restore();
  }
  return asked;
}

/** The nodes whose types the checker was asked for. */
function questions(text: string, rules: Linter.RulesRecord): string[] {
  return checkerQuestions(text, rules).types;
}

const recommended = plugin.configs.recommended.rules as Linter.RulesRecord;

/** A switch over an application enum that lives in another file, as most do: only the checker knows its values. */
const orderSwitch = (enumName: string) => `import { ${enumName} } from './types.ts';
export function label(status: ${enumName}): string {
  switch (status) {
    case ${enumName}.Pending: return 'pending';
    case ${enumName}.Paid: return 'paid';
    case ${enumName}.Shipped: return 'shipped';
    case ${enumName}.Cancelled: return 'cancelled';
  }
  return 'unknown';
}
`;

describe('the type checker is asked only where a provider code may be', () => {
  it('an enum declared in the file is read from its declaration', () => {
    const text = `enum Local { A = 0, B = 1 }\nexport function f(x: Local) {\n  switch (x) { case Local.A: return 1; case Local.B: return 2; }\n  return 0;\n}\n`;
    expect(questions(text, recommended)).toEqual([]);
  });

  it('a switch over an application enum of small numbers: its first and last case are read from their declarations, no type', () => {
    expect(checkerQuestions(orderSwitch('OrderStatus'), recommended)).toEqual({
      types: [],
      symbols: ['OrderStatus.Pending', 'OrderStatus.Cancelled'],
    });
  });

  it('a switch over an application enum of words: its first case only', () => {
    expect(checkerQuestions(orderSwitch('OrderState'), recommended)).toEqual({ types: [], symbols: ['OrderState.Pending'] });
  });

  it('an enum member without a constant value is asked for its type', () => {
    expect(checkerQuestions(orderSwitch('Measured'), recommended)).toEqual({
      types: ['Measured.Pending'],
      symbols: ['Measured.Pending'],
    });
  });

  it('a guard on a value whose name is a family word asks nothing', () => {
    const text = `export function check(email: unknown, errors: string[]) {\n  if (typeof email === 'string' && !email.includes('@')) errors.push('email');\n}\n`;
    expect(questions(text, recommended)).toEqual([]);
  });

  it('no-retry-non-retryable asks nothing in a file that never retries', () => {
    const text = `type ErrorCode = number;\nexport function handle(errorCode: ErrorCode) {\n  switch (errorCode) {\n    case 30003: return 'unreachable';\n    case 30007: return 'filtered';\n  }\n  return 'other';\n}\n`;
    expect(questions(text, { 'delivery-codes/no-retry-non-retryable': 'error' })).toEqual([]);
    // The same switch is still read by the rule about permanent failures.
    expect(questions(text, { 'delivery-codes/handle-permanent-failures': 'error' })).toEqual(['errorCode']);
  });

  it('…and reads the same switch once a retry appears in the file', () => {
    const text = `declare function retry(): void;\ntype ErrorCode = number;\nexport function handle(errorCode: ErrorCode) {\n  switch (errorCode) {\n    case 30003: retry(); break;\n    case 30007: retry(); break;\n  }\n}\n`;
    expect(questions(text, { 'delivery-codes/no-retry-non-retryable': 'error' })).toEqual(['errorCode']);
  });

  it('a subject whose annotation says number, and which nothing mentions before, is not asked about', () => {
    const text = `export function handle(errorCode: number) {\n  switch (errorCode) {\n    case 30003: return 'unreachable';\n    case 30007: return 'filtered';\n  }\n  return 'other';\n}\n`;
    expect(questions(text, recommended)).toEqual([]);
  });

  it('…but one a test before it may have narrowed to literals is', () => {
    const text = `export function handle(errorCode: number) {\n  if (errorCode === 30003 || errorCode === 30007) {\n    switch (errorCode) {\n      case 30003: return 'unreachable';\n      case 30007: return 'filtered';\n    }\n  }\n  return 'other';\n}\n`;
    expect(questions(text, recommended)).toEqual(['errorCode']);
  });

  it('…and so is one that is assigned, or annotated with a named type', () => {
    const assigned = `export function handle(errorCode: number) {\n  errorCode = errorCode || 30003;\n  switch (errorCode) {\n    case 30003: return 'unreachable';\n    case 30007: return 'filtered';\n  }\n  return 'other';\n}\n`;
    expect(questions(assigned, recommended)).toEqual(['errorCode']);
    const named = `type Code = 30003 | 30007;\nexport function handle(errorCode: Code) {\n  switch (errorCode) {\n    case 30003: return 'unreachable';\n    case 30007: return 'filtered';\n  }\n  return 'other';\n}\n`;
    expect(questions(named, recommended)).toEqual(['errorCode']);
  });
});

describe('enum members read from their declarations', () => {
  it('have the value of their literal type, for every kind of member', () => {
    const text = `import { AppSmtpCode, OrderState, OrderStatus, Measured } from './types.ts';
import * as types from './types.ts';
enum Implicit { A, B, C = 10, D }
const enum Folded { Low = -1, Shift = 1 << 3, Both = Low | Shift, Joined = 'a' + 'b' }
declare enum Ambient { X = 5, Y = 'y' }
enum Mixed { Text = 'text', Count = 'text'.length }
export const seen = [
  AppSmtpCode.Deferred, AppSmtpCode.Refused, OrderState.Paid, OrderStatus.Pending, OrderStatus['Cancelled'], Measured.Pending, Measured.Paid,
  Implicit.A, Implicit.B, Implicit.C, Implicit.D, Folded.Low, Folded.Shift, Folded.Both, Folded.Joined, Ambient.X, Ambient.Y,
  Mixed.Text, Mixed.Count, types.OrderStatus.Paid, Math.PI, [1].length,
];
`;
    const parsed = tsParser.parseForESLint(text, {
      filePath: join(typedFixtureDir, TYPED_FILE),
      project: './tsconfig.json',
      tsconfigRootDir: typedFixtureDir,
      disallowAutomaticSingleRunInference: true,
    });
    const services = parsed.services as ParserServicesWithTypeInformation;
    const declaration = parsed.ast.body.at(-1) as TSESTree.ExportNamedDeclaration;
    const list = ((declaration.declaration as TSESTree.VariableDeclaration).declarations[0]?.init as TSESTree.ArrayExpression).elements;
    const checker = services.program.getTypeChecker();
    const read = list.map((element) => literalTypeValue(element as TSESTree.Expression, services));
    const typed = list.map((element) => {
      const type = checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(element as TSESTree.Expression));
      return type.isNumberLiteral() || type.isStringLiteral() ? type.value : undefined;
    });
    expect(read).toEqual(typed);
    // The values themselves, so that agreeing on nothing cannot pass.
    expect(read).toEqual([421, 554, 'paid', 0, 3, undefined, 8, 0, 1, 10, 11, -1, 8, -1, 'ab', 5, 'y', 'text', undefined, 1, undefined, undefined]);
  });
});
