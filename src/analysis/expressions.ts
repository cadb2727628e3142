/**
 * Static reading of expressions: which literal values an expression stands
 * for (through constants, `as const` objects and enums in the same file, and
 * the generated enums), and which value an expression is about.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { findVariable } from '@typescript-eslint/utils/ast-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { catalogIndex, type CodeValue } from './catalog-index.ts';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const MAX_DEPTH = 6;

/** Strips wrappers that do not change the value: parentheses are already gone in ESTree. */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** `String(x)`, `Number(x)`, `parseInt(x, 10)` and `x.toString()` hold the same code as `x`. */
export function unwrapConversion(node: TSESTree.Node): TSESTree.Node {
  const inner = unwrap(node);
  if (inner.type !== AST_NODE_TYPES.CallExpression) return inner;
  const callee = unwrap(inner.callee);
  if (
    callee.type === AST_NODE_TYPES.Identifier &&
    ['String', 'Number', 'parseInt'].includes(callee.name) &&
    inner.arguments[0] &&
    inner.arguments[0].type !== AST_NODE_TYPES.SpreadElement
  ) {
    return unwrapConversion(inner.arguments[0]);
  }
  if (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    callee.property.type === AST_NODE_TYPES.Identifier &&
    ['toString', 'trim', 'toUpperCase'].includes(callee.property.name) &&
    inner.arguments.length === 0
  ) {
    return unwrapConversion(callee.object);
  }
  return inner;
}

export function propertyName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return node.property.name;
  const prop = unwrap(node.property);
  if (prop.type === AST_NODE_TYPES.Literal && (typeof prop.value === 'string' || typeof prop.value === 'number')) {
    return String(prop.value);
  }
  if (prop.type === AST_NODE_TYPES.TemplateLiteral && prop.expressions.length === 0) return prop.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/**
 * A stable text for "the same value" across conditions: `err?.code`,
 * `err!.code` and `err['code']` are all `err.code`.
 */
export function subjectKey(node: TSESTree.Node): string | undefined {
  const inner = unwrapConversion(node);
  if (inner.type === AST_NODE_TYPES.Identifier) return inner.name;
  if (inner.type === AST_NODE_TYPES.ThisExpression) return 'this';
  if (inner.type === AST_NODE_TYPES.MemberExpression) {
    const object = subjectKey(inner.object);
    const name = propertyName(inner);
    return object !== undefined && name !== undefined ? `${object}.${name}` : undefined;
  }
  return undefined;
}

/** The words of a subject: `payload.ErrorCode` → ['payload', 'error', 'code']. */
export function subjectWords(key: string): string[] {
  return key
    .split(/[._$\s-]+|(?<=[a-z0-9])(?=[A-Z])/)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
}

/** The last segment of a subject key: `payload.ErrorCode` → `ErrorCode`. */
export function subjectLeaf(key: string): string {
  return key.slice(key.lastIndexOf('.') + 1);
}

const PLAIN_TYPE_KEYWORDS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.TSNumberKeyword,
  AST_NODE_TYPES.TSStringKeyword,
  AST_NODE_TYPES.TSBigIntKeyword,
  AST_NODE_TYPES.TSAnyKeyword,
  AST_NODE_TYPES.TSUnknownKeyword,
]);

/**
 * Whether `id`'s type at this point is plainly its annotation, `number`, `string`, `bigint`, `any` or
 * `unknown`, with no checker to ask: a parameter or `const` so annotated, never assigned, that nothing
 * mentions before `id`. A test before it could have narrowed it to literals (TypeScript narrows
 * `code: number` to `30003 | 30007` inside `if (code === 30003 || code === 30007)`); a test after it
 * cannot, even in a loop, where the entry path keeps the whole annotated type.
 */
export function plainlyTyped(sourceCode: Readonly<TSESLint.SourceCode>, id: TSESTree.Identifier): boolean {
  const variable = findVariable(sourceCode.getScope(id), id.name);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || !def || def.name.type !== AST_NODE_TYPES.Identifier) return false;
  const declaredConst = def.node.type === AST_NODE_TYPES.VariableDeclarator && def.parent?.type === AST_NODE_TYPES.VariableDeclaration && def.parent.kind === 'const';
  if (def.type !== 'Parameter' && !declaredConst) return false;
  const annotation = def.name.typeAnnotation?.typeAnnotation;
  if (!annotation || !PLAIN_TYPE_KEYWORDS.has(annotation.type)) return false;
  return variable.references.every((reference) => reference.init === true || (reference.isReadOnly() && reference.identifier.range[0] >= id.range[0]));
}

/** The initializer of the single `const` (or the enum declaration) `id` refers to, in this file. */
export function constInit(context: Context, id: TSESTree.Identifier): TSESTree.Node | undefined {
  const variable = findVariable(context.sourceCode.getScope(id), id.name);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!def) return undefined;
  if (def.node.type === AST_NODE_TYPES.VariableDeclarator && def.parent?.type === AST_NODE_TYPES.VariableDeclaration) {
    return def.parent.kind === 'const' && def.node.init ? def.node.init : undefined;
  }
  if (def.node.type === AST_NODE_TYPES.TSEnumDeclaration) return def.node;
  return undefined;
}

/** Values of the members of an enum declared in this file, counting up implicit numeric members. */
function enumMemberValue(decl: TSESTree.TSEnumDeclaration, name: string, context: Context, depth: number): CodeValue | undefined {
  let next: number | undefined = 0;
  for (const member of decl.body.members) {
    const memberName =
      member.id.type === AST_NODE_TYPES.Identifier ? member.id.name : String((member.id as TSESTree.StringLiteral).value);
    let value: CodeValue | undefined;
    if (member.initializer) {
      const values = literalValues(member.initializer, context, depth + 1);
      value = values?.length === 1 ? values[0] : undefined;
    } else {
      value = next;
    }
    next = typeof value === 'number' ? value + 1 : undefined;
    if (memberName === name) return value;
  }
  return undefined;
}

function objectProperty(node: TSESTree.Node, name: string, context: Context, depth: number): CodeValue[] | undefined {
  const object = unwrap(node);
  if (object.type === AST_NODE_TYPES.TSEnumDeclaration) {
    const value = enumMemberValue(object, name, context, depth);
    return value === undefined ? undefined : [value];
  }
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    const key =
      property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : String((property.key as TSESTree.Literal).value);
    if (key === name) return literalValues(property.value, context, depth + 1);
  }
  return undefined;
}

/** A member of a generated enum (`TwilioError.CarrierViolation`, also through a namespace import). */
function generatedEnumMember(node: TSESTree.MemberExpression): CodeValue | undefined {
  const name = propertyName(node);
  const object = unwrap(node.object);
  const enumName =
    object.type === AST_NODE_TYPES.Identifier
      ? object.name
      : object.type === AST_NODE_TYPES.MemberExpression
        ? propertyName(object)
        : undefined;
  if (name === undefined || enumName === undefined) return undefined;
  const family = catalogIndex().familyByEnumName.get(enumName);
  return family?.entries.find((entry) => entry.name === name)?.code;
}

/**
 * The literal values `node` evaluates to, or undefined when it cannot be
 * known from this file alone. An array or set yields its elements.
 */
export function literalValues(node: TSESTree.Node, context: Context, depth = 0): CodeValue[] | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const inner = unwrap(node);
  switch (inner.type) {
    case AST_NODE_TYPES.Literal:
      return typeof inner.value === 'number' || typeof inner.value === 'string' ? [inner.value] : undefined;
    case AST_NODE_TYPES.TemplateLiteral: {
      const cooked = inner.expressions.length === 0 ? inner.quasis[0]?.value.cooked : undefined;
      return typeof cooked === 'string' ? [cooked] : undefined;
    }
    case AST_NODE_TYPES.UnaryExpression: {
      if (inner.operator !== '-') return undefined;
      const values = literalValues(inner.argument, context, depth + 1);
      return values?.length === 1 && typeof values[0] === 'number' ? [-values[0]] : undefined;
    }
    case AST_NODE_TYPES.Identifier: {
      const init = constInit(context, inner);
      return init && init.type !== AST_NODE_TYPES.TSEnumDeclaration ? literalValues(init, context, depth + 1) : undefined;
    }
    case AST_NODE_TYPES.MemberExpression: {
      const name = propertyName(inner);
      const object = unwrap(inner.object);
      if (name !== undefined && object.type === AST_NODE_TYPES.Identifier) {
        const init = constInit(context, object);
        if (init) return objectProperty(init, name, context, depth);
      }
      const generated = generatedEnumMember(inner);
      return generated === undefined ? undefined : [generated];
    }
    case AST_NODE_TYPES.ArrayExpression: {
      const values: CodeValue[] = [];
      for (const element of inner.elements) {
        if (!element || element.type === AST_NODE_TYPES.SpreadElement) return undefined;
        const elementValues = literalValues(element, context, depth + 1);
        if (!elementValues) return undefined;
        values.push(...elementValues);
      }
      return values;
    }
    case AST_NODE_TYPES.NewExpression: {
      const callee = unwrap(inner.callee);
      const arg = inner.arguments[0];
      if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'Set' && arg && arg.type !== AST_NODE_TYPES.SpreadElement) {
        return literalValues(arg, context, depth + 1);
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** The element nodes of an array or `new Set([...])` literal, for reports on one element. */
export function collectionElements(node: TSESTree.Node, context: Context, depth = 0): TSESTree.Node[] | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const inner = unwrap(node);
  if (inner.type === AST_NODE_TYPES.ArrayExpression) {
    return inner.elements.filter((e): e is TSESTree.Expression => !!e && e.type !== AST_NODE_TYPES.SpreadElement);
  }
  if (inner.type === AST_NODE_TYPES.NewExpression) {
    const arg = inner.arguments[0];
    return arg && arg.type !== AST_NODE_TYPES.SpreadElement ? collectionElements(arg, context, depth + 1) : undefined;
  }
  if (inner.type === AST_NODE_TYPES.Identifier) {
    const init = constInit(context, inner);
    return init ? collectionElements(init, context, depth + 1) : undefined;
  }
  return undefined;
}
