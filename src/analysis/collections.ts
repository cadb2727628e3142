/**
 * The codes a collection lists: array, `Set`, `Map` keys, object-literal keys,
 * through spreads, `Object.freeze`, `as const` / `satisfies` and constants of
 * the same file. For lists of codes to retry, an entry whose value says "do
 * not retry" (`false`, `0`, `'never'`) is not listed, and a map whose values
 * are all display text is a label table, not a retry list.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { CodeValue } from './catalog-index.ts';
import { constInit, literalValues, unwrap } from './expressions.ts';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export interface ListedCode {
  /** Where a report about this entry points: the element, the `Map` key, the object key. */
  readonly node: TSESTree.Node;
  readonly value: CodeValue;
}

export interface Listing {
  readonly codes: readonly ListedCode[];
  /** Elements only the type checker can read (an imported enum member). */
  readonly unresolved: readonly TSESTree.Expression[];
}

const MAX_DEPTH = 4;
const NO_RETRY_TEXT = /^(?:never|no|none|false|off|skip|permanent|hard|fail(?:ed|ure)?|drop|discard|suppress\w*|dead|stop)$/i;
const RETRY_FLAG_KEYS = /^(?:retry|retryable|retriable|shouldRetry|requeue)$/;

/** Unwraps `Object.freeze(x)` on top of the TypeScript-only wrappers. */
function unwrapCollection(node: TSESTree.Node): TSESTree.Node {
  const inner = unwrap(node);
  if (inner.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrap(inner.callee);
    const arg = inner.arguments[0];
    if (
      callee.type === AST_NODE_TYPES.MemberExpression &&
      callee.object.type === AST_NODE_TYPES.Identifier &&
      callee.object.name === 'Object' &&
      callee.property.type === AST_NODE_TYPES.Identifier &&
      callee.property.name === 'freeze' &&
      arg &&
      arg.type !== AST_NODE_TYPES.SpreadElement
    ) {
      return unwrapCollection(arg);
    }
  }
  return inner;
}

/** Whether `node` is a collection literal this module reads (not a value that merely names one). */
export function isCollectionLiteral(node: TSESTree.Node, context: Context, objects: boolean): boolean {
  const inner = unwrapCollection(node);
  if (inner.type === AST_NODE_TYPES.ArrayExpression) return true;
  if (inner.type === AST_NODE_TYPES.ObjectExpression) return objects;
  if (inner.type === AST_NODE_TYPES.NewExpression) {
    const callee = unwrap(inner.callee);
    return callee.type === AST_NODE_TYPES.Identifier && ['Set', 'Map', 'ReadonlySet', 'ReadonlyMap'].includes(callee.name);
  }
  if (inner.type === AST_NODE_TYPES.Identifier) {
    const init = constInit(context, inner);
    return init !== undefined && init.type !== AST_NODE_TYPES.TSEnumDeclaration && isCollectionLiteral(init, context, objects);
  }
  return false;
}

/** A value next to a key that says "not retried": `false`, `0`, `null`, `'never'`, `{ retry: false }`. */
function saysNoRetry(value: TSESTree.Node): boolean {
  const inner = unwrap(value);
  if (inner.type === AST_NODE_TYPES.Literal) {
    if (inner.value === false || inner.value === null || inner.value === 0) return true;
    return typeof inner.value === 'string' && NO_RETRY_TEXT.test(inner.value);
  }
  if (inner.type === AST_NODE_TYPES.Identifier) return inner.name === 'undefined';
  if (inner.type === AST_NODE_TYPES.ObjectExpression) {
    return inner.properties.some(
      (property) =>
        property.type === AST_NODE_TYPES.Property &&
        !property.computed &&
        property.key.type === AST_NODE_TYPES.Identifier &&
        RETRY_FLAG_KEYS.test(property.key.name) &&
        unwrap(property.value).type === AST_NODE_TYPES.Literal &&
        (unwrap(property.value) as TSESTree.Literal).value === false,
    );
  }
  return false;
}

/** Display text: `'Mailbox full'`. A map whose every value is such text labels codes, it does not retry them. */
function isDisplayText(value: TSESTree.Node): boolean {
  const inner = unwrap(value);
  if (inner.type === AST_NODE_TYPES.Literal) return typeof inner.value === 'string' && /\s/.test(inner.value.trim());
  if (inner.type === AST_NODE_TYPES.TemplateLiteral) return inner.quasis.some((quasi) => /\s/.test(quasi.value.cooked ?? ''));
  return false;
}

interface Builder {
  codes: ListedCode[];
  unresolved: TSESTree.Expression[];
  /** Values of keyed entries (Map, object), to tell a label table. */
  values: TSESTree.Node[];
}

function addElement(element: TSESTree.Node, builder: Builder, context: Context): void {
  const values = literalValues(element, context);
  if (values?.length === 1) {
    builder.codes.push({ node: unwrap(element), value: values[0] as CodeValue });
    return;
  }
  const inner = unwrap(element);
  if (!values && (inner.type === AST_NODE_TYPES.Identifier || inner.type === AST_NODE_TYPES.MemberExpression)) {
    builder.unresolved.push(inner);
  }
}

function read(node: TSESTree.Node, builder: Builder, context: Context, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  const inner = unwrapCollection(node);
  switch (inner.type) {
    case AST_NODE_TYPES.Identifier: {
      const init = constInit(context, inner);
      return init !== undefined && init.type !== AST_NODE_TYPES.TSEnumDeclaration && read(init, builder, context, depth + 1);
    }
    case AST_NODE_TYPES.ArrayExpression: {
      for (const element of inner.elements) {
        if (!element) continue;
        if (element.type === AST_NODE_TYPES.SpreadElement) read(element.argument, builder, context, depth + 1);
        else addElement(element, builder, context);
      }
      return true;
    }
    case AST_NODE_TYPES.NewExpression: {
      const callee = unwrap(inner.callee);
      const arg = inner.arguments[0];
      if (callee.type !== AST_NODE_TYPES.Identifier) return false;
      if (!arg) return ['Set', 'Map', 'ReadonlySet', 'ReadonlyMap'].includes(callee.name);
      if (arg.type === AST_NODE_TYPES.SpreadElement) return false;
      if (callee.name === 'Set' || callee.name === 'ReadonlySet') return read(arg, builder, context, depth + 1);
      if (callee.name === 'Map' || callee.name === 'ReadonlyMap') return readMapEntries(arg, builder, context);
      return false;
    }
    case AST_NODE_TYPES.ObjectExpression: {
      for (const property of inner.properties) {
        if (property.type === AST_NODE_TYPES.SpreadElement) {
          read(property.argument, builder, context, depth + 1);
          continue;
        }
        builder.values.push(property.value);
        if (saysNoRetry(property.value)) continue;
        if (property.computed) {
          addElement(property.key, builder, context);
        } else if (property.key.type === AST_NODE_TYPES.Literal) {
          // An object key is text either way: `{ '421': … }` is `{ 421: … }`.
          const key = property.key.value;
          if (typeof key === 'number') builder.codes.push({ node: property.key, value: key });
          else if (typeof key === 'string') builder.codes.push({ node: property.key, value: /^\d+$/.test(key) ? Number(key) : key });
        }
        // `{ ExceededStorage: … }`: an identifier key is a name, not a code.
      }
      return true;
    }
    default:
      return false;
  }
}

function readMapEntries(node: TSESTree.Node, builder: Builder, context: Context): boolean {
  let inner = unwrapCollection(node);
  if (inner.type === AST_NODE_TYPES.Identifier) {
    const init = constInit(context, inner);
    if (!init) return false;
    inner = unwrapCollection(init);
  }
  if (inner.type !== AST_NODE_TYPES.ArrayExpression) return false;
  for (const entry of inner.elements) {
    const pair = entry && entry.type !== AST_NODE_TYPES.SpreadElement ? unwrap(entry) : undefined;
    if (pair?.type !== AST_NODE_TYPES.ArrayExpression) continue;
    const [key, value] = pair.elements;
    if (!key || key.type === AST_NODE_TYPES.SpreadElement) continue;
    if (value && value.type !== AST_NODE_TYPES.SpreadElement) {
      builder.values.push(value);
      if (saysNoRetry(value)) continue;
    }
    addElement(key, builder, context);
  }
  return true;
}

/**
 * The codes `node` lists, or undefined when it is not a collection this
 * module reads, or is a label table (every value display text).
 */
export function listedCodes(node: TSESTree.Node, context: Context): Listing | undefined {
  const builder: Builder = { codes: [], unresolved: [], values: [] };
  if (!read(node, builder, context, 0)) return undefined;
  if (builder.values.length > 0 && builder.values.every(isDisplayText)) return undefined;
  return { codes: builder.codes, unresolved: builder.unresolved };
}
