/**
 * Writing code the way the file already writes it: its quotes, its
 * indentation, and the generated enum when the file imports it.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { findVariable } from '@typescript-eslint/utils/ast-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { RuleEntry, RuleFamily } from '../analysis/rule-entry.ts';

type SourceCode = Readonly<TSESLint.SourceCode>;

export const CODES_MODULE = 'eslint-plugin-delivery-codes/codes';

/** The leading white space of the line `node` starts on. */
export function lineIndent(sourceCode: SourceCode, node: TSESTree.Node | TSESTree.Token): string {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? '';
  return /^\s*/.exec(line)?.[0] ?? '';
}

/** One level of indentation as the file uses it: from `inner` relative to `outer`, else two spaces. */
export function indentUnit(sourceCode: SourceCode, outer: TSESTree.Node, inner: TSESTree.Node | undefined): string {
  if (inner && inner.loc.start.line !== outer.loc.start.line) {
    const outerIndent = lineIndent(sourceCode, outer);
    const innerIndent = lineIndent(sourceCode, inner);
    if (innerIndent.length > outerIndent.length && innerIndent.startsWith(outerIndent)) return innerIndent.slice(outerIndent.length);
  }
  return '  ';
}

/** The quote the file writes strings with: the first string literal's, else single. */
export function quoteStyle(sourceCode: SourceCode, prefer?: readonly TSESTree.Node[]): "'" | '"' {
  const raws = (prefer ?? [])
    .filter((node): node is TSESTree.StringLiteral => node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string')
    .map((node) => node.raw);
  const token = sourceCode.ast.tokens.find((t) => t.type === 'String' || t.type === 'Template');
  const raw = raws[0] ?? (token?.type === 'String' ? token.value : undefined);
  return raw?.startsWith('"') ? '"' : "'";
}

export function quote(text: string, q: "'" | '"'): string {
  const escaped = text.replace(/\\/g, '\\\\').replace(new RegExp(q, 'g'), `\\${q}`).replace(/\n/g, '\\n');
  return `${q}${escaped}${q}`;
}

/** The local name under which the file imports `enumName` from the codes module, if it does. */
export function importedEnumName(sourceCode: SourceCode, enumName: string): string | undefined {
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.source.value !== CODES_MODULE) continue;
    if (statement.importKind === 'type') continue;
    for (const specifier of statement.specifiers) {
      if (
        specifier.type === AST_NODE_TYPES.ImportSpecifier &&
        specifier.importKind !== 'type' &&
        (specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value) === enumName
      ) {
        return specifier.local.name;
      }
    }
  }
  return undefined;
}

export interface CodeWriter {
  /** Source for the code: `TwilioError.Landline`, `30006`, `'30006'`. */
  text(entry: RuleEntry): string;
  /** Whether `text` already names the code (an enum member) or wants a `// Name` comment beside it. */
  readonly namesCodes: boolean;
}

/**
 * How to write a family's codes in this file. `asString` writes numeric codes
 * as text, for branches that compare against the provider's text form.
 */
export function codeWriter(sourceCode: SourceCode, family: RuleFamily, q: "'" | '"', asString: boolean): CodeWriter {
  const enumLocal = importedEnumName(sourceCode, family.enumName);
  if (enumLocal && !asString) return { text: (entry) => `${enumLocal}.${entry.name}`, namesCodes: true };
  return {
    text: (entry) => (typeof entry.code === 'number' && !asString ? String(entry.code) : quote(String(entry.code), q)),
    namesCodes: false,
  };
}

/** `30005 UnknownDestination, 30006 Landline and 3 more` */
export function listCodes(entries: readonly RuleEntry[], max: number): string {
  // APNs and Postmark codes are their own names: `BadDeviceToken`, not `BadDeviceToken BadDeviceToken`.
  const shown = entries.slice(0, Math.max(1, max)).map((entry) => (String(entry.code) === entry.name ? entry.name : `${entry.code} ${entry.name}`));
  const rest = entries.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}

/** How code at one place names a generated enum, and the import that makes the name exist. */
export interface EnumAccess {
  /** `SmtpReply`, a renamed import's `Reply`, or a namespace import's `codes.SmtpReply`. */
  readonly name: string;
  /** Present when the file does not import the enum yet. */
  readonly addImport?: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;
}

type ImportBinding = TSESTree.ImportSpecifier | TSESTree.ImportNamespaceSpecifier;

/** Whether `local` at `node` is the binding `specifier` introduces, not something that shadows it. */
function resolvesTo(sourceCode: SourceCode, node: TSESTree.Node, local: string, specifier: ImportBinding): boolean {
  const variable = findVariable(sourceCode.getScope(node), local);
  return variable?.defs.some((def) => def.node === specifier) ?? false;
}

function isTypeOnly(declaration: TSESTree.ImportDeclaration, specifier?: TSESTree.ImportSpecifier): boolean {
  return declaration.importKind === 'type' || specifier?.importKind === 'type';
}

/** Whether adding a binding named `name` to the module would collide with one code at `node` already sees. */
function nameTaken(sourceCode: SourceCode, node: TSESTree.Node, name: string): boolean {
  if (findVariable(sourceCode.getScope(node), name)) return true;
  // An undeclared global the file uses by this name would be shadowed by the import.
  return sourceCode.scopeManager?.globalScope?.through.some((reference) => reference.identifier.name === name) ?? false;
}

/** `/*! license */`, `/// <reference />`, `// @ts-check`, `/* eslint-disable */`, `/* global x */`: they must stay first. */
const PINNED_COMMENT = /^[!/]|^\s*(?:@|eslint|global\b|jshint|istanbul|c8\b)/;

/**
 * Where an import goes when the file has none: after a shebang, directives,
 * pinned comments and a header comment set off by a blank line; above a
 * comment that documents the first statement.
 */
function topInsertion(sourceCode: SourceCode): { at: number; before: boolean } {
  const body = sourceCode.ast.body;
  const isDirective = (s: TSESTree.Node | undefined) => s?.type === AST_NODE_TYPES.ExpressionStatement && s.directive !== undefined;
  let directives = 0;
  while (isDirective(body[directives])) directives++;
  const lastDirective = body[directives - 1];
  if (lastDirective) return { at: lastDirective.range[1], before: false };
  const first = body[0];
  if (!first) return { at: sourceCode.text.length, before: false };
  const leading = sourceCode.getCommentsBefore(first).filter((c) => !sourceCode.text.startsWith('#!', c.range[0]));
  const items: (TSESTree.Comment | TSESTree.Node)[] = [...leading, first];
  let index = 0;
  leading.forEach((comment, i) => {
    const next = items[i + 1] as TSESTree.Comment | TSESTree.Node;
    if (PINNED_COMMENT.test(comment.value) || next.loc.start.line > comment.loc.end.line + 1) index = i + 1;
  });
  return { at: (items[index] as TSESTree.Comment | TSESTree.Node).range[0], before: true };
}

/**
 * How code at `node` can name `family`'s generated enum from
 * `eslint-plugin-delivery-codes/codes` (or the family's own subpath): an
 * import it already has, else a specifier merged into a value import of that
 * module, else a new declaration after the last import. Undefined when the
 * enum's name is taken by something else there, or the file cannot have
 * imports (`sourceType` from the rule's language options: a CommonJS file's
 * AST may still say `module`).
 */
export function enumAccess(
  sourceCode: SourceCode,
  family: RuleFamily,
  node: TSESTree.Node,
  sourceType: string | undefined,
): EnumAccess | undefined {
  const modules = new Set([CODES_MODULE, `${CODES_MODULE}/${family.id}`]);
  const imports = sourceCode.ast.body.filter(
    (s): s is TSESTree.ImportDeclaration => s.type === AST_NODE_TYPES.ImportDeclaration,
  );
  const fromCodes = imports.filter((declaration) => modules.has(declaration.source.value));
  let namespace: string | undefined;
  for (const declaration of fromCodes) {
    if (isTypeOnly(declaration)) continue;
    for (const specifier of declaration.specifiers) {
      const local = specifier.local.name;
      if (specifier.type === AST_NODE_TYPES.ImportSpecifier && !isTypeOnly(declaration, specifier)) {
        const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
        if (imported === family.enumName && resolvesTo(sourceCode, node, local, specifier)) return { name: local };
      }
      if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier && resolvesTo(sourceCode, node, local, specifier)) {
        namespace ??= local;
      }
    }
  }
  if (namespace) return { name: `${namespace}.${family.enumName}` };
  const isModule = (sourceType ?? sourceCode.ast.sourceType) === 'module' || imports.length > 0;
  if (!isModule || nameTaken(sourceCode, node, family.enumName)) return undefined;

  const name = family.enumName;
  const mergeInto = [...fromCodes]
    .sort((a, b) => Number(b.source.value === CODES_MODULE) - Number(a.source.value === CODES_MODULE))
    .find((declaration) => !isTypeOnly(declaration) && declaration.specifiers.at(-1)?.type === AST_NODE_TYPES.ImportSpecifier);
  const lastSpecifier = mergeInto?.specifiers.at(-1);
  if (lastSpecifier) return { name, addImport: (fixer) => fixer.insertTextAfter(lastSpecifier, `, ${name}`) };

  const eol = sourceCode.text.includes('\r\n') ? '\r\n' : '\n';
  const lastImport = imports.at(-1);
  const q = lastImport ? (lastImport.source.raw.startsWith('"') ? '"' : "'") : quoteStyle(sourceCode);
  const sample =
    lastImport ??
    sourceCode.ast.body.find((s) => s.type === AST_NODE_TYPES.ExpressionStatement || s.type === AST_NODE_TYPES.VariableDeclaration);
  const semi = sample ? sourceCode.getLastToken(sample)?.value === ';' : true;
  const declaration = `import { ${name} } from ${quote(CODES_MODULE, q)}${semi ? ';' : ''}`;
  if (lastImport) {
    // A comment that ends the last import's line stays on that line.
    const after = sourceCode.getTokenAfter(lastImport, { includeComments: true });
    const trailing = after?.loc.start.line === lastImport.loc.end.line && (after.type === 'Line' || after.type === 'Block');
    const anchor = trailing ? after : lastImport;
    return { name, addImport: (fixer) => fixer.insertTextAfterRange(anchor.range, `${eol}${declaration}`) };
  }
  const top = topInsertion(sourceCode);
  const text = top.before ? `${declaration}${eol}${eol}` : `${eol}${declaration}`;
  return { name, addImport: (fixer) => fixer.insertTextAfterRange([top.at, top.at], text) };
}
