/**
 * Writing code the way the file already writes it: its quotes, its
 * indentation, and the generated enum when the file imports it.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
export const CODES_MODULE = 'eslint-plugin-delivery-codes/codes';
/** The leading white space of the line `node` starts on. */
export function lineIndent(sourceCode, node) {
    const line = sourceCode.lines[node.loc.start.line - 1] ?? '';
    return /^\s*/.exec(line)?.[0] ?? '';
}
/** One level of indentation as the file uses it: from `inner` relative to `outer`, else two spaces. */
export function indentUnit(sourceCode, outer, inner) {
    if (inner && inner.loc.start.line !== outer.loc.start.line) {
        const outerIndent = lineIndent(sourceCode, outer);
        const innerIndent = lineIndent(sourceCode, inner);
        if (innerIndent.length > outerIndent.length && innerIndent.startsWith(outerIndent))
            return innerIndent.slice(outerIndent.length);
    }
    return '  ';
}
/** The quote the file writes strings with: the first string literal's, else single. */
export function quoteStyle(sourceCode, prefer) {
    const raws = (prefer ?? [])
        .filter((node) => node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string')
        .map((node) => node.raw);
    const token = sourceCode.ast.tokens.find((t) => t.type === 'String' || t.type === 'Template');
    const raw = raws[0] ?? (token?.type === 'String' ? token.value : undefined);
    return raw?.startsWith('"') ? '"' : "'";
}
export function quote(text, q) {
    const escaped = text.replace(/\\/g, '\\\\').replace(new RegExp(q, 'g'), `\\${q}`).replace(/\n/g, '\\n');
    return `${q}${escaped}${q}`;
}
/** The local name under which the file imports `enumName` from the codes module, if it does. */
export function importedEnumName(sourceCode, enumName) {
    for (const statement of sourceCode.ast.body) {
        if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.source.value !== CODES_MODULE)
            continue;
        if (statement.importKind === 'type')
            continue;
        for (const specifier of statement.specifiers) {
            if (specifier.type === AST_NODE_TYPES.ImportSpecifier &&
                specifier.importKind !== 'type' &&
                (specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value) === enumName) {
                return specifier.local.name;
            }
        }
    }
    return undefined;
}
/**
 * How to write a family's codes in this file. `asString` writes numeric codes
 * as text, for branches that compare against the provider's text form.
 */
export function codeWriter(sourceCode, family, q, asString) {
    const enumLocal = importedEnumName(sourceCode, family.enumName);
    if (enumLocal && !asString)
        return { text: (entry) => `${enumLocal}.${entry.name}`, namesCodes: true };
    return {
        text: (entry) => (typeof entry.code === 'number' && !asString ? String(entry.code) : quote(String(entry.code), q)),
        namesCodes: false,
    };
}
/** `30005 UnknownDestination, 30006 Landline and 3 more` */
export function listCodes(entries, max) {
    const shown = entries.slice(0, Math.max(1, max)).map((entry) => `${entry.code} ${entry.name}`);
    const rest = entries.length - shown.length;
    return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}
