/**
 * Reading a condition, or a whole boolean function, for one code value.
 * Three-valued: a test may be true, must be true, or neither; parts that do
 * not mention the subject (`attempts < 3`, `isPermanent(code)`) are unknown
 * and can go either way. A result is only worth a report when a test on the
 * subject itself (`code === 552`, an element of a list, `code >= 500`, `code
 * !== 551`) supports it: that test is the witness.
 *
 * AST only: never asks the type checker; callers pass `typedValue` for the
 * odd expression only the checker can read.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { findVariable } from '@typescript-eslint/utils/ast-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { readCondition, type MatchAtom } from './branches.ts';
import type { CodeValue } from './catalog-index.ts';
import { literalValues, subjectKey, unwrap } from './expressions.ts';
import { forEachNode } from './flow.ts';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** The test that makes a result hold for the value. `literal`: it names the code itself (`=== 552`, a list element). */
export interface Witness {
  readonly node: TSESTree.Node;
  readonly literal: boolean;
}

export interface Truth {
  /** Some reading of the unknown parts makes the test true. */
  readonly may: boolean;
  /** Every reading does. */
  readonly must: boolean;
  /** The subject test that makes it true, when one does. */
  readonly yes?: Witness;
  /** The subject test that makes it false, when one does. */
  readonly no?: TSESTree.Node;
}

export interface Evaluation {
  readonly context: Context;
  /** `subjectKey` of the value under test. */
  readonly key: string;
  readonly value: CodeValue;
  /** Value of an expression the AST cannot read (an imported enum member), resolved earlier. */
  readonly typedValue?: (node: TSESTree.Node) => CodeValue | undefined;
  /**
   * Another spelling of the value that ranges, prefixes and patterns also
   * match: the enhanced status class `5.0.0` of SMTP reply 552, so
   * `status.startsWith('5.')` takes it.
   */
  readonly classValue?: CodeValue;
}

const UNKNOWN: Truth = { may: true, must: false };
const TRUE: Truth = { may: true, must: true };
const FALSE: Truth = { may: false, must: false };

type Condition = NonNullable<ReturnType<typeof readCondition>>;
const conditions = new WeakMap<TSESTree.Node, Condition | null>();

function conditionOf(node: TSESTree.Node, context: Context): Condition | undefined {
  let condition = conditions.get(node);
  if (condition === undefined) {
    condition = readCondition(node, context) ?? null;
    conditions.set(node, condition);
  }
  return condition ?? undefined;
}

const sameValue = (a: CodeValue, b: CodeValue) => a === b || String(a) === String(b);

function singleValue(node: TSESTree.Node, evaluation: Evaluation): CodeValue | undefined {
  const values = literalValues(node, evaluation.context);
  if (values) return values.length === 1 ? values[0] : undefined;
  return evaluation.typedValue?.(node);
}

/** Whether `atom` takes the value; ranges, prefixes and patterns also take its class spelling. */
export function atomMatches(atom: MatchAtom, value: CodeValue, classValue: CodeValue | undefined): boolean {
  if (atom.matches(value)) return true;
  return atom.kind !== 'literal' && classValue !== undefined && atom.matches(classValue);
}

/**
 * The literal atoms of every test on `key` inside `root`, negated ones
 * included (`code !== 551`): what a family detection can count.
 */
export function literalAtomsIn(
  root: TSESTree.Node,
  key: string,
  context: Context,
  visitorKeys: Readonly<Record<string, readonly string[] | undefined>>,
): MatchAtom[] {
  const atoms: MatchAtom[] = [];
  forEachNode(root, visitorKeys, (node) => {
    if (node.type === AST_NODE_TYPES.BinaryExpression && (node.operator === '!==' || node.operator === '!=')) {
      for (const [side, other] of [
        [node.left, node.right],
        [node.right, node.left],
      ] as const) {
        if (subjectKey(side) !== key) continue;
        const values = literalValues(other, context);
        const value = values?.length === 1 ? values[0] : undefined;
        if (value !== undefined) atoms.push({ node: unwrap(other), literal: value, kind: 'literal', matches: (v) => sameValue(v, value) });
      }
      return false;
    }
    if (node.type !== AST_NODE_TYPES.BinaryExpression && node.type !== AST_NODE_TYPES.CallExpression) return false;
    const condition = conditionOf(node, context);
    if (condition?.key === key) atoms.push(...condition.atoms.filter((atom) => atom.literal !== undefined));
    return false;
  });
  return atoms;
}

/**
 * The subject a test is about when the test as a whole is not readable
 * (`!PERMANENT.includes(code)`, `code !== 551 && code !== 553`): the first
 * comparison or membership test inside it.
 */
export function innerSubject(
  root: TSESTree.Node,
  context: Context,
  visitorKeys: Readonly<Record<string, readonly string[] | undefined>>,
): { key: string; subject: TSESTree.Expression } | undefined {
  let found: { key: string; subject: TSESTree.Expression } | undefined;
  forEachNode(root, visitorKeys, (node) => {
    if (node.type === AST_NODE_TYPES.BinaryExpression && (node.operator === '!==' || node.operator === '!=')) {
      for (const [side, other] of [
        [node.left, node.right],
        [node.right, node.left],
      ] as const) {
        const key = subjectKey(side);
        if (key !== undefined && literalValues(other, context)?.length === 1) found ??= { key, subject: side as TSESTree.Expression };
      }
    } else if (node.type === AST_NODE_TYPES.BinaryExpression || node.type === AST_NODE_TYPES.CallExpression) {
      const condition = conditionOf(node, context);
      if (condition) found ??= { key: condition.key, subject: condition.subject };
    }
    return found !== undefined;
  });
  return found;
}

/** The node a report about `atom` points at: the comparison it is part of, else the atom (a list element, a range test). */
export function atomWitnessNode(atom: MatchAtom): TSESTree.Node {
  const parent = atom.node.parent;
  if (
    atom.kind === 'literal' &&
    parent?.type === AST_NODE_TYPES.BinaryExpression &&
    (parent.operator === '===' || parent.operator === '==')
  ) {
    return parent;
  }
  return atom.node;
}

function isNullish(node: TSESTree.Node): boolean {
  const inner = unwrap(node);
  return (
    (inner.type === AST_NODE_TYPES.Literal && inner.value === null) ||
    (inner.type === AST_NODE_TYPES.Identifier && inner.name === 'undefined')
  );
}

function negate(truth: Truth, node: TSESTree.Node): Truth {
  return {
    may: !truth.must,
    must: !truth.may,
    ...(truth.no ? { yes: { node, literal: false } } : {}),
    ...(truth.yes ? { no: node } : {}),
  };
}

/** Equality of the subject with one value: `code === 552`, `code != '21610'`, `code === undefined`. */
function equality(node: TSESTree.BinaryExpression, evaluation: Evaluation): Truth | undefined {
  const negated = node.operator === '!==' || node.operator === '!=';
  if (node.left.type === AST_NODE_TYPES.PrivateIdentifier) return undefined;
  for (const [subject, other] of [
    [node.left, node.right],
    [node.right, node.left],
  ] as const) {
    if (subjectKey(subject) !== evaluation.key) continue;
    // A code is never null or undefined: `code == null` is false for every code.
    if (isNullish(other)) return negated ? { ...TRUE, yes: { node, literal: false } } : { ...FALSE, no: node };
    const value = singleValue(other, evaluation);
    if (value === undefined) return undefined;
    const equal = sameValue(value, evaluation.value);
    if (negated) return equal ? { ...FALSE, no: node } : { ...TRUE, yes: { node, literal: false } };
    return equal ? { ...TRUE, yes: { node, literal: true } } : { ...FALSE, no: node };
  }
  // `list.includes(code) === false`
  for (const [operand, other] of [
    [node.left, node.right],
    [node.right, node.left],
  ] as const) {
    const flag = unwrap(other);
    if (flag.type !== AST_NODE_TYPES.Literal || typeof flag.value !== 'boolean') continue;
    const truth = evaluateTest(operand, evaluation, 1);
    return flag.value !== negated ? truth : negate(truth, node);
  }
  // `typeof code === 'undefined'`: a code is a number or a string. Which of the two is not known
  // (providers send numeric codes as text), so `typeof code === 'number'` stays unknown.
  for (const [operand, other] of [
    [node.left, node.right],
    [node.right, node.left],
  ] as const) {
    const inner = unwrap(operand);
    if (inner.type !== AST_NODE_TYPES.UnaryExpression || inner.operator !== 'typeof') continue;
    if (subjectKey(inner.argument) !== evaluation.key) continue;
    const expected = literalValues(other, evaluation.context);
    if (expected?.length !== 1 || expected[0] === 'number' || expected[0] === 'string') return undefined;
    return negated ? TRUE : FALSE;
  }
  return undefined;
}

function constBoolean(node: TSESTree.Identifier, evaluation: Evaluation, depth: number): Truth | undefined {
  const variable = findVariable(evaluation.context.sourceCode.getScope(node), node.name);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (
    def?.node.type !== AST_NODE_TYPES.VariableDeclarator ||
    def.parent?.type !== AST_NODE_TYPES.VariableDeclaration ||
    def.parent.kind !== 'const' ||
    !def.node.init
  ) {
    return undefined;
  }
  return evaluateTest(def.node.init, evaluation, depth + 1);
}

/** Whether `node` is true for the value under test. */
export function evaluateTest(node: TSESTree.Node, evaluation: Evaluation, depth = 0): Truth {
  if (depth > 8) return UNKNOWN;
  const inner = unwrap(node);
  switch (inner.type) {
    case AST_NODE_TYPES.Literal:
      return inner.value ? TRUE : FALSE;
    case AST_NODE_TYPES.UnaryExpression: {
      if (inner.operator !== '!') return UNKNOWN;
      // A code is never falsy: `!code` is false for every code.
      if (subjectKey(inner.argument) === evaluation.key) return { ...FALSE, no: inner };
      return negate(evaluateTest(inner.argument, evaluation, depth + 1), inner);
    }
    case AST_NODE_TYPES.LogicalExpression: {
      if (inner.operator === '??') return UNKNOWN;
      const left = evaluateTest(inner.left, evaluation, depth + 1);
      const right = evaluateTest(inner.right, evaluation, depth + 1);
      if (inner.operator === '&&') {
        const may = left.may && right.may;
        const must = left.must && right.must;
        // Two negations (`code !== 551 && code !== 553`) hold together: the whole test is the witness.
        const together = left.yes && right.yes && !left.yes.literal && !right.yes.literal;
        const yes = !may ? undefined : together ? { node: inner, literal: false } : (left.yes ?? right.yes);
        const no = !may ? (!left.may ? left.no : right.no) : undefined;
        return { may, must, ...(yes ? { yes } : {}), ...(no ? { no } : {}) };
      }
      const may = left.may || right.may;
      const must = left.must || right.must;
      const yes = left.must ? left.yes : right.must ? right.yes : may ? (left.yes ?? right.yes) : undefined;
      const no = !may ? (left.no ?? right.no) : undefined;
      return { may, must, ...(yes ? { yes } : {}), ...(no ? { no } : {}) };
    }
    case AST_NODE_TYPES.ConditionalExpression: {
      // `code === 552 ? true : …`: a constant branch is true because of the test that chose it.
      const test = evaluateTest(inner.test, evaluation, depth + 1);
      if (test.must) {
        const result = evaluateTest(inner.consequent, evaluation, depth + 1);
        return result.must && !result.yes && test.yes ? { ...result, yes: test.yes } : result;
      }
      if (!test.may) {
        const result = evaluateTest(inner.alternate, evaluation, depth + 1);
        return result.must && !result.yes && test.no ? { ...result, yes: { node: inner, literal: false } } : result;
      }
      return UNKNOWN;
    }
    case AST_NODE_TYPES.Identifier:
      return constBoolean(inner, evaluation, depth) ?? UNKNOWN;
    case AST_NODE_TYPES.BinaryExpression: {
      if (['===', '==', '!==', '!='].includes(inner.operator)) {
        const result = equality(inner, evaluation);
        if (result) return result;
        if (inner.operator === '!==' || inner.operator === '!=') return UNKNOWN;
      }
      return fromCondition(inner, evaluation);
    }
    case AST_NODE_TYPES.CallExpression:
      return fromCondition(inner, evaluation);
    default:
      return UNKNOWN;
  }
}

function fromCondition(node: TSESTree.Node, evaluation: Evaluation): Truth {
  const condition = conditionOf(node, evaluation.context);
  if (!condition || condition.key !== evaluation.key) return UNKNOWN;
  const atom = condition.atoms.find((candidate) => atomMatches(candidate, evaluation.value, evaluation.classValue));
  if (!atom) return { ...FALSE, no: node };
  return { ...TRUE, yes: { node: atomWitnessNode(atom), literal: atom.kind === 'literal' } };
}

// ---------------------------------------------------------------------------
// Boolean functions: `isRetryable(code)`, `shouldRetry(err)`.

interface Path {
  /** What routed the value here: an `if` test, a `case` label; `site` when the return itself is the place to point at. */
  readonly support?: Witness | 'site';
  /** An unknown test was passed on the way: only tests that name the code count. */
  readonly uncertain: boolean;
  readonly broke?: boolean;
}

class GiveUp extends Error {}

const MAX_PATHS = 256;

/**
 * The tests that make `fn` return true for the value (empty when it never
 * does, or when nothing about the subject says it does).
 */
export function trueWitnesses(fn: TSESTree.FunctionLike, evaluation: Evaluation): Witness[] {
  const found = new Map<TSESTree.Node, Witness>();
  let budget = MAX_PATHS;
  const spend = () => {
    if (--budget < 0) throw new GiveUp();
  };

  const record = (argument: TSESTree.Node | null | undefined, site: TSESTree.Node, path: Path) => {
    if (!argument) return;
    const truth = evaluateTest(argument, evaluation);
    if (!truth.may) return;
    let witness: Witness | undefined;
    if (truth.must) witness = truth.yes ?? (path.support === 'site' ? { node: site, literal: false } : path.support);
    else witness = truth.yes;
    if (!witness) return;
    // Ranges, negations and fall-through defaults only count when nothing unknown came first.
    if (!witness.literal && (path.uncertain || !truth.must)) return;
    if (!found.has(witness.node)) found.set(witness.node, witness);
  };

  const runList = (statements: readonly TSESTree.Statement[], start: Path): Path[] => {
    let paths: Path[] = [start];
    for (const statement of statements) {
      const next: Path[] = [];
      for (const path of paths) {
        if (path.broke) next.push(path);
        else next.push(...run(statement, path));
      }
      paths = next;
      if (paths.length === 0) break;
    }
    return paths;
  };

  const run = (statement: TSESTree.Statement, path: Path): Path[] => {
    spend();
    switch (statement.type) {
      case AST_NODE_TYPES.ReturnStatement:
        record(statement.argument, statement, path);
        return [];
      case AST_NODE_TYPES.ThrowStatement:
        return [];
      case AST_NODE_TYPES.BlockStatement:
        return runList(statement.body, path);
      case AST_NODE_TYPES.ExpressionStatement:
      case AST_NODE_TYPES.VariableDeclaration:
      case AST_NODE_TYPES.EmptyStatement:
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.ClassDeclaration:
      case AST_NODE_TYPES.TSTypeAliasDeclaration:
      case AST_NODE_TYPES.TSInterfaceDeclaration:
        return [path];
      case AST_NODE_TYPES.BreakStatement:
        if (statement.label) throw new GiveUp();
        return [{ ...path, broke: true }];
      case AST_NODE_TYPES.IfStatement: {
        const test = evaluateTest(statement.test, evaluation);
        const out: Path[] = [];
        if (test.may) {
          const support = test.yes ?? path.support;
          out.push(...run(statement.consequent, { uncertain: path.uncertain || !test.must, ...(support ? { support } : {}) }));
        }
        if (!test.must) {
          const decided = !test.may && test.no !== undefined;
          const support = path.support ?? (decided ? 'site' : undefined);
          const next: Path = { uncertain: path.uncertain || test.may, ...(support ? { support } : {}) };
          out.push(...(statement.alternate ? run(statement.alternate, next) : [next]));
        }
        return out;
      }
      case AST_NODE_TYPES.SwitchStatement:
        return runSwitch(statement, path);
      case AST_NODE_TYPES.TryStatement: {
        // The catch runs when something in the try throws: any path, not one the value decides.
        const out = runList(statement.block.body, path);
        if (statement.handler) out.push(...runList(statement.handler.body.body, { ...path, uncertain: true }));
        return statement.finalizer ? out.flatMap((next) => (next.broke ? [next] : runList((statement.finalizer as TSESTree.BlockStatement).body, next))) : out;
      }
      default:
        // Loops, try, labels: too much to follow for a predicate; say nothing.
        throw new GiveUp();
    }
  };

  const runSwitch = (statement: TSESTree.SwitchStatement, path: Path): Path[] => {
    const onSubject = subjectKey(statement.discriminant) === evaluation.key;
    const discriminant = unwrap(statement.discriminant);
    const onTrue = discriminant.type === AST_NODE_TYPES.Literal && discriminant.value === true;
    const entries: { index: number; path: Path }[] = [];
    let uncertain = path.uncertain;
    let matched = false;
    statement.cases.forEach((clause, index) => {
      if (matched || !clause.test) return;
      let truth: Truth;
      if (onSubject) {
        const value = singleValue(clause.test, evaluation);
        truth =
          value === undefined
            ? UNKNOWN
            : sameValue(value, evaluation.value)
              ? { ...TRUE, yes: { node: clause, literal: true } }
              : FALSE;
      } else if (onTrue) {
        truth = evaluateTest(clause.test, evaluation);
      } else {
        truth = UNKNOWN;
      }
      if (truth.may) {
        const support = truth.yes ?? path.support;
        entries.push({ index, path: { uncertain: uncertain || !truth.must, ...(support ? { support } : {}) } });
      }
      if (truth.must) matched = true;
      else if (truth.may) uncertain = true;
    });
    if (!matched) {
      const index = statement.cases.findIndex((clause) => clause.test === null);
      const decided = !uncertain && (onSubject || onTrue);
      if (index >= 0) {
        const support: Witness | 'site' | undefined = decided
          ? { node: statement.cases[index] as TSESTree.SwitchCase, literal: false }
          : path.support;
        entries.push({ index, path: { uncertain, ...(support ? { support } : {}) } });
      } else {
        const support = path.support ?? (decided ? 'site' : undefined);
        return [...entries.flatMap((entry) => fromCase(statement, entry.index, entry.path)), { uncertain, ...(support ? { support } : {}) }];
      }
    }
    return entries.flatMap((entry) => fromCase(statement, entry.index, entry.path));
  };

  /** Runs the cases from `index` on (fall-through), and leaves the switch on `break`. */
  const fromCase = (statement: TSESTree.SwitchStatement, index: number, path: Path): Path[] => {
    const statements = statement.cases.slice(index).flatMap((clause) => clause.consequent);
    return runList(statements, path).map((out) => (out.broke ? { ...out, broke: false } : out));
  };

  try {
    if (fn.body?.type === AST_NODE_TYPES.BlockStatement) runList(fn.body.body, { uncertain: false });
    else if (fn.body) record(fn.body, fn.body, { uncertain: false, support: 'site' });
  } catch (error) {
    if (error instanceof GiveUp) return [];
    throw error;
  }
  return [...found.values()];
}

/** Names a function's parameters bind: `code`, `{ code, to }`, `[first]`, `code = 0`. */
export function parameterNames(fn: TSESTree.FunctionLike): Set<string> {
  const names = new Set<string>();
  const add = (pattern: TSESTree.Node | null): void => {
    if (!pattern) return;
    switch (pattern.type) {
      case AST_NODE_TYPES.Identifier:
        names.add(pattern.name);
        break;
      case AST_NODE_TYPES.AssignmentPattern:
        add(pattern.left);
        break;
      case AST_NODE_TYPES.RestElement:
        add(pattern.argument);
        break;
      case AST_NODE_TYPES.ArrayPattern:
        pattern.elements.forEach(add);
        break;
      case AST_NODE_TYPES.ObjectPattern:
        for (const property of pattern.properties) add(property.type === AST_NODE_TYPES.Property ? property.value : property);
        break;
      case AST_NODE_TYPES.TSParameterProperty:
        add(pattern.parameter);
        break;
      default:
        break;
    }
  };
  fn.params.forEach(add);
  return names;
}

/** The first segment of a subject key: `err` for `err.code`. */
export function keyRoot(key: string): string {
  const dot = key.indexOf('.');
  return dot < 0 ? key : key.slice(0, dot);
}
