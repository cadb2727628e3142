/**
 * Just enough control flow for "does this code get to that retry": whether a
 * branch body leaves for good (return, throw, continue; `break` where it
 * leaves the statements that follow), the statement list a statement sits in,
 * the unconditional statements after it, and the enclosing function.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

/**
 * Whether running `body` never reaches the statement after it. `breakLeaves`:
 * a `break` leaves too (an `if` branch: the break ends the loop or switch
 * around it); in a `case` body it only ends the switch, so it does not.
 */
export function definitelyLeaves(body: readonly TSESTree.Statement[], breakLeaves: boolean): boolean {
  const last = body.at(-1);
  if (!last) return false;
  switch (last.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
    case AST_NODE_TYPES.ContinueStatement:
      return true;
    case AST_NODE_TYPES.BreakStatement:
      return breakLeaves || last.label !== null;
    case AST_NODE_TYPES.BlockStatement:
      return definitelyLeaves(last.body, breakLeaves);
    case AST_NODE_TYPES.IfStatement:
      return (
        last.alternate !== null &&
        definitelyLeaves([last.consequent], breakLeaves) &&
        definitelyLeaves([last.alternate], breakLeaves)
      );
    default:
      return false;
  }
}

/** Whether a `case` body ends the case (break, return, throw, continue) rather than falling into the next. */
export function endsCase(body: readonly TSESTree.Statement[]): boolean {
  const last = body.at(-1);
  if (!last) return false;
  if (last.type === AST_NODE_TYPES.BreakStatement) return true;
  return definitelyLeaves(body, true);
}

/** The statement list `statement` is part of, if it is directly in one. */
export function statementList(statement: TSESTree.Statement): readonly TSESTree.Statement[] | undefined {
  const parent = statement.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.Program:
      return parent.body as TSESTree.Statement[];
    case AST_NODE_TYPES.BlockStatement:
    case AST_NODE_TYPES.StaticBlock:
      return parent.body;
    case AST_NODE_TYPES.SwitchCase:
      return parent.consequent;
    case AST_NODE_TYPES.TSModuleBlock:
      return parent.body as TSESTree.Statement[];
    default:
      return undefined;
  }
}

const UNCONDITIONAL = new Set<string>([
  AST_NODE_TYPES.ExpressionStatement,
  AST_NODE_TYPES.VariableDeclaration,
  AST_NODE_TYPES.ReturnStatement,
  AST_NODE_TYPES.ThrowStatement,
]);

/**
 * The statements that run right after `list[index]` whatever happens: plain
 * statements up to the first that leaves, stopping at the first compound
 * statement (an `if`, a loop, a `try`), whose effect depends on more than the code.
 */
export function unconditionalAfter(list: readonly TSESTree.Statement[], index: number): TSESTree.Statement[] {
  const out: TSESTree.Statement[] = [];
  for (const statement of list.slice(index + 1)) {
    if (!UNCONDITIONAL.has(statement.type)) break;
    out.push(statement);
    if (statement.type === AST_NODE_TYPES.ReturnStatement || statement.type === AST_NODE_TYPES.ThrowStatement) break;
  }
  return out;
}

export function isFunctionNode(node: TSESTree.Node): node is TSESTree.FunctionLike {
  return (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

/** The function `node` runs in, if any. */
export function enclosingFunction(node: TSESTree.Node): TSESTree.FunctionLike | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return current;
  }
  return undefined;
}

/** The name a function goes by: its own, the variable, property or method it is assigned to. */
export function functionName(fn: TSESTree.FunctionLike): string | undefined {
  if ((fn.type === AST_NODE_TYPES.FunctionDeclaration || fn.type === AST_NODE_TYPES.FunctionExpression) && fn.id) return fn.id.name;
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id.name;
  if (
    (parent?.type === AST_NODE_TYPES.Property ||
      parent?.type === AST_NODE_TYPES.MethodDefinition ||
      parent?.type === AST_NODE_TYPES.PropertyDefinition) &&
    !parent.computed
  ) {
    return keyName(parent.key);
  }
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression) return targetName(parent.left);
  return undefined;
}

/** `foo` for `foo`, `'foo'`, `#foo`; undefined for computed keys. */
export function keyName(key: TSESTree.Node): string | undefined {
  if (key.type === AST_NODE_TYPES.Identifier || key.type === AST_NODE_TYPES.PrivateIdentifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string') return key.value;
  return undefined;
}

/** The name an assignment target goes by: `retryable`, `this.retryable`, `config.retryCodes`. */
export function targetName(target: TSESTree.Node): string | undefined {
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  if (target.type === AST_NODE_TYPES.MemberExpression && !target.computed) return keyName(target.property);
  return undefined;
}

/** The name of a called function or method: `retry`, `queue.add` → `add`. */
export function calleeName(callee: TSESTree.Node): string | undefined {
  let inner = callee;
  while (inner.type === AST_NODE_TYPES.TSNonNullExpression || inner.type === AST_NODE_TYPES.ChainExpression) inner = inner.expression;
  if (inner.type === AST_NODE_TYPES.Identifier) return inner.name;
  if (inner.type === AST_NODE_TYPES.MemberExpression && !inner.computed) return keyName(inner.property);
  return undefined;
}

/**
 * Visits `root` and everything under it in source order, not entering nested
 * functions (other than `root` itself). `visit` returning true stops the walk.
 */
export function forEachNode(
  root: TSESTree.Node,
  visitorKeys: Readonly<Record<string, readonly string[] | undefined>>,
  visit: (node: TSESTree.Node) => boolean | void,
): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as TSESTree.Node;
    if (visit(node) === true) return;
    if (node !== root && isFunctionNode(node)) continue;
    const children: TSESTree.Node[] = [];
    for (const key of visitorKeys[node.type] ?? []) {
      const value = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) {
        for (const item of value) if (item && typeof item === 'object' && 'type' in item) children.push(item as TSESTree.Node);
      } else if (value && typeof value === 'object' && 'type' in value) {
        children.push(value as TSESTree.Node);
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as TSESTree.Node);
  }
}
