/**
 * A `switch` or an if/else-if chain seen as "branches over one value": which
 * codes each branch takes (literals, ranges, prefixes, patterns), what runs
 * there, and what the fallback (`default` / final `else`) is. Computed once per
 * node and shared by every rule.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { CodeValue } from './catalog-index.ts';
import { collectionElements, literalValues, subjectKey, unwrap, unwrapConversion } from './expressions.ts';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** One way a branch takes codes. `literal` is set for exact values; ranges and patterns only match. */
export interface MatchAtom {
  /** The node a report about this atom points at: the literal, the element, the range test. */
  readonly node: TSESTree.Node;
  readonly literal?: CodeValue;
  readonly kind: 'literal' | 'range' | 'prefix' | 'pattern';
  /** How a report describes a non-literal atom: `>= 400`, `startsWith('5')`. */
  readonly description?: string;
  matches(value: CodeValue): boolean;
}

export interface Branch {
  /** The `case` clause or `if` statement. */
  readonly node: TSESTree.SwitchCase | TSESTree.IfStatement;
  readonly atoms: readonly MatchAtom[];
  /** The condition says something this analysis does not read. */
  readonly opaque: boolean;
  /** Statements that run for this branch (a `case` that falls through runs the next one's). */
  readonly body: readonly TSESTree.Statement[];
  /** A case test whose value only the type checker can tell. */
  readonly unresolvedTests: readonly TSESTree.Expression[];
}

export interface Fallback {
  readonly node: TSESTree.SwitchCase | TSESTree.Statement;
  readonly body: readonly TSESTree.Statement[];
}

export interface BranchSet {
  readonly kind: 'switch' | 'if-chain';
  /** Where whole-set reports go: the `switch` or the first `if`. */
  readonly head: TSESTree.SwitchStatement | TSESTree.IfStatement;
  /** The expression the branches test, when there is one. */
  readonly subject?: TSESTree.Expression;
  readonly subjectKey?: string;
  readonly branches: readonly Branch[];
  readonly fallback?: Fallback;
}

const RANGE_OPERATORS = new Set(['<', '<=', '>', '>=']);

function literalAtom(node: TSESTree.Node, literal: CodeValue): MatchAtom {
  return {
    node,
    literal,
    kind: 'literal',
    matches: (value) => value === literal || String(value) === String(literal),
  };
}

interface Condition {
  readonly key: string;
  readonly subject: TSESTree.Expression;
  readonly atoms: MatchAtom[];
}

function numberOf(node: TSESTree.Node, context: Context): number | undefined {
  const values = literalValues(node, context);
  return values?.length === 1 && typeof values[0] === 'number' ? values[0] : undefined;
}

function comparison(node: TSESTree.BinaryExpression, context: Context): Condition | undefined {
  if (node.left.type === AST_NODE_TYPES.PrivateIdentifier) return undefined;
  const sides: [TSESTree.Expression, TSESTree.Expression][] = [
    [node.left, node.right],
    [node.right, node.left],
  ];
  if (node.operator === '===' || node.operator === '==') {
    for (const [subject, other] of sides) {
      const key = subjectKey(subject);
      const values = key === undefined ? undefined : literalValues(other, context);
      if (key !== undefined && values?.length === 1) {
        return { key, subject, atoms: [literalAtom(unwrap(other), values[0] as CodeValue)] };
      }
    }
    return undefined;
  }
  if (!RANGE_OPERATORS.has(node.operator)) return undefined;
  for (const [index, [subject, other]] of sides.entries()) {
    const key = subjectKey(subject);
    const bound = numberOf(other, context);
    if (key === undefined || bound === undefined) continue;
    // Normalise to "subject OP bound".
    const flipped: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };
    const op = index === 0 ? node.operator : (flipped[node.operator] as string);
    const test = (v: number) => (op === '<' ? v < bound : op === '<=' ? v <= bound : op === '>' ? v > bound : v >= bound);
    return {
      key,
      subject,
      atoms: [
        {
          node,
          kind: 'range',
          description: `${op} ${bound}`,
          matches: (value) => {
            const n = typeof value === 'number' ? value : /^\d+$/.test(value) ? Number(value) : NaN;
            return !Number.isNaN(n) && test(n);
          },
        },
      ],
    };
  }
  return undefined;
}

function methodCall(node: TSESTree.CallExpression): { object: TSESTree.Expression; method: string; arg?: TSESTree.Node } | undefined {
  const callee = unwrap(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  const arg = node.arguments[0];
  return { object: callee.object, method: callee.property.name, ...(arg ? { arg } : {}) };
}

function callCondition(node: TSESTree.CallExpression, context: Context): Condition | undefined {
  const call = methodCall(node);
  if (!call || !call.arg || call.arg.type === AST_NODE_TYPES.SpreadElement) return undefined;
  if (call.method === 'includes' || call.method === 'has') {
    const key = subjectKey(call.arg);
    const elements = collectionElements(call.object, context);
    if (key === undefined || !elements) return undefined;
    const atoms: MatchAtom[] = [];
    for (const element of elements) {
      const values = literalValues(element, context);
      if (!values) return undefined;
      atoms.push(...values.map((value) => literalAtom(unwrap(element), value)));
    }
    return { key, subject: call.arg as TSESTree.Expression, atoms };
  }
  if (call.method === 'startsWith') {
    const key = subjectKey(call.object);
    const prefix = literalValues(call.arg, context);
    if (key === undefined || prefix?.length !== 1 || typeof prefix[0] !== 'string') return undefined;
    const text = prefix[0];
    return {
      key,
      subject: call.object,
      atoms: [{ node, kind: 'prefix', description: `startsWith('${text}')`, matches: (value) => String(value).startsWith(text) }],
    };
  }
  if (call.method === 'test') {
    const regex = unwrap(call.object);
    const key = subjectKey(call.arg);
    if (key === undefined || regex.type !== AST_NODE_TYPES.Literal || !('regex' in regex) || !regex.regex) return undefined;
    let pattern: RegExp;
    try {
      pattern = new RegExp(regex.regex.pattern, regex.regex.flags.replace(/[gy]/g, ''));
    } catch {
      return undefined;
    }
    return {
      key,
      subject: call.arg as TSESTree.Expression,
      atoms: [{ node, kind: 'pattern', description: `/${regex.regex.pattern}/`, matches: (value) => pattern.test(String(value)) }],
    };
  }
  return undefined;
}

/**
 * The operands of a chain of one logical operator, in source order. Iterative:
 * generated code chains thousands of `||` tests, deeper than the call stack.
 */
function chainOperands(node: TSESTree.LogicalExpression): TSESTree.Node[] {
  const operands: TSESTree.Node[] = [];
  const stack: TSESTree.Node[] = [node];
  while (stack.length > 0) {
    const current = unwrap(stack.pop() as TSESTree.Node);
    if (current.type === AST_NODE_TYPES.LogicalExpression && current.operator === node.operator) stack.push(current.right, current.left);
    else operands.push(current);
  }
  return operands;
}

/** Reads a condition as "subject takes these codes"; undefined when it says anything else. */
export function readCondition(node: TSESTree.Node, context: Context): Condition | undefined {
  const inner = unwrap(node);
  if (inner.type === AST_NODE_TYPES.BinaryExpression) return comparison(inner, context);
  if (inner.type === AST_NODE_TYPES.CallExpression) return callCondition(inner, context);
  if (inner.type !== AST_NODE_TYPES.LogicalExpression || inner.operator === '??') return undefined;
  const parts: Condition[] = [];
  for (const operand of chainOperands(inner)) {
    const part = readCondition(operand, context);
    if (!part || (parts.length > 0 && part.key !== parts[0]?.key)) return undefined;
    parts.push(part);
  }
  const { key, subject } = parts[0] as Condition;
  if (inner.operator === '||') return { key, subject, atoms: parts.flatMap((part) => part.atoms) };
  // `&&` narrows only when every operand is one range: `code >= 500 && code < 600`.
  const ranges = parts.map((part) => (part.atoms.length === 1 && part.atoms[0]?.kind === 'range' ? part.atoms[0] : undefined));
  if (ranges.some((range) => range === undefined)) return undefined;
  const bounds = ranges as MatchAtom[];
  return {
    key,
    subject,
    atoms: [
      {
        node: inner,
        kind: 'range',
        description: bounds.map((range) => range.description).join(' && '),
        matches: (value) => bounds.every((range) => range.matches(value)),
      },
    ],
  };
}

function blockBody(statement: TSESTree.Statement): TSESTree.Statement[] {
  return statement.type === AST_NODE_TYPES.BlockStatement ? statement.body : [statement];
}

function switchBranches(node: TSESTree.SwitchStatement, context: Context): BranchSet {
  const discriminant = unwrap(node.discriminant);
  const onTrue = discriminant.type === AST_NODE_TYPES.Literal && discriminant.value === true;
  const bodyFrom = (index: number) => {
    for (let i = index; i < node.cases.length; i++) {
      const consequent = (node.cases[i] as TSESTree.SwitchCase).consequent;
      if (consequent.length > 0) return consequent.flatMap(blockBody);
    }
    return [];
  };
  const branches: Branch[] = [];
  let fallback: Fallback | undefined;
  let key = onTrue ? undefined : subjectKey(node.discriminant);
  let subject = onTrue ? undefined : node.discriminant;
  node.cases.forEach((clause, index) => {
    const body = bodyFrom(index);
    if (!clause.test) {
      fallback = { node: clause, body };
      return;
    }
    if (onTrue) {
      const condition = readCondition(clause.test, context);
      const agrees = condition && (key === undefined || condition.key === key);
      if (condition && agrees) {
        key = condition.key;
        subject ??= condition.subject;
      }
      branches.push({ node: clause, atoms: agrees ? condition.atoms : [], opaque: !agrees, body, unresolvedTests: [] });
      return;
    }
    const values = literalValues(clause.test, context);
    const test = unwrap(clause.test);
    branches.push({
      node: clause,
      atoms: values?.length === 1 ? [literalAtom(test, values[0] as CodeValue)] : [],
      opaque: false,
      body,
      unresolvedTests: values?.length === 1 ? [] : [clause.test],
    });
  });
  return {
    kind: 'switch',
    head: node,
    ...(subject ? { subject } : {}),
    ...(key !== undefined ? { subjectKey: key } : {}),
    branches,
    ...(fallback ? { fallback } : {}),
  };
}

function ifChainBranches(head: TSESTree.IfStatement, context: Context): BranchSet {
  const branches: Branch[] = [];
  let key: string | undefined;
  let subject: TSESTree.Expression | undefined;
  let fallback: Fallback | undefined;
  let current: TSESTree.Statement | null = head;
  while (current) {
    if (current.type !== AST_NODE_TYPES.IfStatement) {
      fallback = { node: current, body: blockBody(current) };
      break;
    }
    const condition = readCondition(current.test, context);
    const agrees = condition && (key === undefined || condition.key === key);
    if (condition && agrees) {
      key = condition.key;
      subject ??= condition.subject;
    }
    branches.push({
      node: current,
      atoms: agrees ? condition.atoms : [],
      opaque: !agrees,
      body: blockBody(current.consequent),
      unresolvedTests: [],
    });
    current = current.alternate;
  }
  return {
    kind: 'if-chain',
    head,
    ...(subject ? { subject: unwrapConversion(subject) as TSESTree.Expression } : {}),
    ...(key !== undefined ? { subjectKey: key } : {}),
    branches,
    ...(fallback ? { fallback } : {}),
  };
}

/** The `if` that starts a chain: not itself the `else if` of another. */
export function isChainHead(node: TSESTree.IfStatement): boolean {
  return !(node.parent.type === AST_NODE_TYPES.IfStatement && node.parent.alternate === node);
}

const cache = new WeakMap<TSESTree.Node, BranchSet>();

export function branchesOf(node: TSESTree.SwitchStatement | TSESTree.IfStatement, context: Context): BranchSet {
  let set = cache.get(node);
  if (!set) {
    set = node.type === AST_NODE_TYPES.SwitchStatement ? switchBranches(node, context) : ifChainBranches(node, context);
    cache.set(node, set);
  }
  return set;
}

/**
 * The text a plain literal atom matches by: such an atom matches exactly the values whose text is its
 * literal's (`552` and `'552'`), so rules look codes up by it instead of testing each atom. Undefined for
 * ranges, prefixes and patterns.
 */
export function literalKey(atom: MatchAtom): string | undefined {
  return atom.kind === 'literal' && atom.literal !== undefined ? String(atom.literal) : undefined;
}

const literalsOfSet = new WeakMap<BranchSet, readonly MatchAtom[]>();

/** Every literal atom of the set, in source order. Read by every rule and every detection step. */
export function literalAtoms(set: BranchSet): readonly MatchAtom[] {
  let atoms = literalsOfSet.get(set);
  if (!atoms) {
    atoms = set.branches.flatMap((branch) => branch.atoms.filter((atom) => atom.literal !== undefined));
    literalsOfSet.set(set, atoms);
  }
  return atoms;
}
