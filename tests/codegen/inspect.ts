/**
 * Reading generated output back the way its users do: the TypeScript parser
 * for its declarations and JSDoc, and `import` for its values. Tests compare
 * what comes back with the catalog they generated it from.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

export interface DocComment {
  /** The declaration the comment belongs to (`AcmeError`, `AcmeError.Blocked`, `acmeTable`). */
  owner: string;
  /** The comment's text without its tags, as an editor shows it. */
  text: string;
  tags: { name: string; text: string }[];
  /** Inline `{@link}` tags anywhere in the comment: each would make catalog text resolve a name. */
  links: number;
}

export interface GeneratedShape {
  /** Names of the file's top-level declarations, exported or not. */
  declarations: string[];
  docs: DocComment[];
  /** Every statement's kind, in order: text that escaped a comment would add statements. */
  statementKinds: string[];
}

const LINK_KINDS = new Set([ts.SyntaxKind.JSDocLink, ts.SyntaxKind.JSDocLinkCode, ts.SyntaxKind.JSDocLinkPlain]);

function linksIn(comment: string | ts.NodeArray<ts.JSDocComment> | undefined): number {
  return typeof comment === 'string' || comment === undefined ? 0 : comment.filter((part) => LINK_KINDS.has(part.kind)).length;
}

function nameOf(node: ts.Node): string | undefined {
  if (ts.isVariableStatement(node)) return nameOf(node.declarationList.declarations[0]!);
  const name = ts.getNameOfDeclaration(node as ts.Declaration);
  if (name === undefined) return undefined;
  const own = ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : name.getText();
  return ts.isEnumMember(node) ? `${nameOf(node.parent)}.${own}` : own;
}

export function readGenerated(path: string): GeneratedShape {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const docs: DocComment[] = [];
  const visit = (node: ts.Node) => {
    for (const doc of (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? []) {
      docs.push({
        owner: nameOf(node) ?? ts.SyntaxKind[node.kind],
        text: ts.getTextOfJSDocComment(doc.comment) ?? '',
        tags: (doc.tags ?? []).map((tag) => ({ name: tag.tagName.text, text: ts.getTextOfJSDocComment(tag.comment) ?? '' })),
        links: linksIn(doc.comment) + (doc.tags ?? []).reduce((n, tag) => n + linksIn(tag.comment), 0),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return {
    declarations: file.statements.map(nameOf).filter((name): name is string => name !== undefined),
    docs,
    statementKinds: file.statements.map((statement) => ts.SyntaxKind[statement.kind]),
  };
}

/**
 * The generator escapes `*\/` and `@` in JSDoc with a backslash; without
 * backslashes, the comment must read as the catalog text does. TypeScript drops
 * white space at the start of a comment line, including some that `trim()`
 * keeps (U+0085, U+200B), so a text that starts a line may lose it.
 */
export function plain(text: string): string {
  return text.replaceAll('\\', '').replace(/^[\s\u0085\u200b]+/, '');
}

/** Imports a generated module (TypeScript, through the test runner's transform). */
export async function importGenerated(path: string): Promise<Record<string, unknown>> {
  return (await import(pathToFileURL(path).href)) as Record<string, unknown>;
}
