/**
 * Type facts for a branch subject. Called only for subjects that already
 * passed the AST gate, so a file without provider-code branches never asks
 * the checker anything.
 */
import { createRequire } from 'node:module';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';
import { CODES_MARKER_TAG } from '../codes/marker.ts';
import type { CodeValue } from './catalog-index.ts';
import { plainlyTyped, propertyName } from './expressions.ts';
import type { TypeFacts } from './family.ts';

function markerOf(symbol: ts.Symbol | undefined, checker: ts.TypeChecker): string | undefined {
  const tag = symbol?.getJsDocTags(checker).find((t) => t.name === CODES_MARKER_TAG);
  const text = tag?.text?.map((part) => part.text).join('') ?? '';
  return text.trim().split(/\s+/)[0] || undefined;
}

/** The enum an enum-member literal type belongs to. */
function enumSymbolOf(type: ts.Type): ts.Symbol | undefined {
  const declaration = type.symbol?.valueDeclaration;
  const parent = declaration?.parent as (ts.Node & { symbol?: ts.Symbol }) | undefined;
  return parent?.symbol;
}

/** `null`, `undefined` and `void` are intrinsic types; their flag bits differ between TypeScript versions, their names do not. */
function isNullish(type: ts.Type): boolean {
  const name = (type as ts.Type & { intrinsicName?: string }).intrinsicName;
  return name === 'null' || name === 'undefined' || name === 'void';
}

// Several rules ask about the same subject and case tests; the checker answers each node once per file.
const factsCache = new WeakMap<TSESTree.Node, TypeFacts | null>();
const literalCache = new WeakMap<TSESTree.Node, CodeValue | null>();

/**
 * What the checker says about a subject's type. A subject whose declaration already says `number` or
 * `string` at this point (plainlyTyped) pins no codes down, and the checker is not asked.
 */
export function typeFactsOf(
  node: TSESTree.Node,
  services: ParserServicesWithTypeInformation,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TypeFacts | undefined {
  let facts = factsCache.get(node);
  if (facts === undefined) {
    facts = node.type === AST_NODE_TYPES.Identifier && plainlyTyped(sourceCode, node) ? null : (computeTypeFacts(node, services) ?? null);
    factsCache.set(node, facts);
  }
  return facts ?? undefined;
}

// Facts depend on the type alone, and subjects of one type (`TwilioErrorCode`, 1,954 members) share the checker's
// type object: reading it once also lets detectTyped answer once per type.
const factsByType = new WeakMap<ts.Type, TypeFacts | null>();

function computeTypeFacts(node: TSESTree.Node, services: ParserServicesWithTypeInformation): TypeFacts | undefined {
  const type = services.getTypeAtLocation(node);
  let facts = factsByType.get(type);
  if (facts === undefined) {
    facts = factsOfType(type, services.program.getTypeChecker()) ?? null;
    factsByType.set(type, facts);
  }
  return facts ?? undefined;
}

function factsOfType(type: ts.Type, checker: ts.TypeChecker): TypeFacts | undefined {
  const members = type.isUnion() ? type.types : [type];
  const values: CodeValue[] = [];
  let markedFamily = markerOf(type.aliasSymbol, checker);
  for (const member of members) {
    if (isNullish(member)) continue;
    const value = literalOfType(member);
    if (value !== undefined) {
      values.push(value);
      markedFamily ??= markerOf(enumSymbolOf(member), checker) ?? markerOf(member.aliasSymbol, checker);
      continue;
    }
    // `number`, `string`, `any`, objects: the type does not pin the codes down.
    return undefined;
  }
  if (values.length === 0) return undefined;
  const channelArg = type.aliasTypeArguments?.[0];
  const channel = channelArg?.isStringLiteral() ? channelArg.value : undefined;
  return { values, ...(markedFamily ? { markedFamily } : {}), ...(channel ? { channel } : {}) };
}

/** The literal value of one expression (a case test the AST could not resolve), if its type is a literal. */
export function literalTypeValue(node: TSESTree.Node, services: ParserServicesWithTypeInformation): CodeValue | undefined {
  let value = literalCache.get(node);
  if (value === undefined) {
    value = enumMemberConstant(node, services) ?? literalOfType(services.getTypeAtLocation(node)) ?? null;
    literalCache.set(node, value);
  }
  return value ?? undefined;
}

function literalOfType(type: ts.Type): CodeValue | undefined {
  return type.isNumberLiteral() || type.isStringLiteral() ? type.value : undefined;
}

/**
 * TypeScript as the parser loaded it, for its symbol flags: asked for only with type information, so an untyped
 * lint never loads it. Null when it cannot be resolved from here; the checker is then asked for types instead.
 */
let loadedTypescript: typeof ts | null | undefined;
function typescriptModule(): typeof ts | null {
  if (loadedTypescript === undefined) {
    try {
      loadedTypescript = createRequire(import.meta.url)('typescript') as typeof ts;
    } catch {
      loadedTypescript = null;
    }
  }
  return loadedTypescript;
}

/**
 * `Enum.Member` of an enum declared elsewhere (`case OrderStatus.Paid:`), read from the member's declaration:
 * resolving a name and folding the enum's constants costs far less than computing the expression's type, and a
 * member with a constant value has the literal type of that value. Undefined when the object is no enum or the
 * member has no constant value; the caller then asks for the type. Only symbol flags are read here: syntax kind
 * numbers differ between TypeScript versions, these flags have not.
 */
function enumMemberConstant(node: TSESTree.Node, services: ParserServicesWithTypeInformation): CodeValue | undefined {
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.object.type !== AST_NODE_TYPES.Identifier) return undefined;
  const name = propertyName(node);
  const typescript = typescriptModule();
  if (name === undefined || !typescript) return undefined;
  const { SymbolFlags } = typescript;
  const checker = services.program.getTypeChecker();
  let symbol = checker.getSymbolAtLocation(services.esTreeNodeToTSNodeMap.get(node.object));
  if (symbol && symbol.flags & SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  if (!symbol || !(symbol.flags & SymbolFlags.Enum)) return undefined;
  const member = symbol.exports?.get(typescript.escapeLeadingUnderscores(name));
  if (!member || !(member.flags & SymbolFlags.EnumMember) || !member.valueDeclaration) return undefined;
  return checker.getConstantValue(member.valueDeclaration as ts.EnumMember);
}
