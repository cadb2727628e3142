/**
 * Writing code the way the file already writes it: its quotes, its
 * indentation, and the generated enum when the file imports it.
 */
import { type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { CodeEntry, FamilyData } from '../codes/types.ts';
type SourceCode = Readonly<TSESLint.SourceCode>;
export declare const CODES_MODULE = "eslint-plugin-delivery-codes/codes";
/** The leading white space of the line `node` starts on. */
export declare function lineIndent(sourceCode: SourceCode, node: TSESTree.Node | TSESTree.Token): string;
/** One level of indentation as the file uses it: from `inner` relative to `outer`, else two spaces. */
export declare function indentUnit(sourceCode: SourceCode, outer: TSESTree.Node, inner: TSESTree.Node | undefined): string;
/** The quote the file writes strings with: the first string literal's, else single. */
export declare function quoteStyle(sourceCode: SourceCode, prefer?: readonly TSESTree.Node[]): "'" | '"';
export declare function quote(text: string, q: "'" | '"'): string;
/** The local name under which the file imports `enumName` from the codes module, if it does. */
export declare function importedEnumName(sourceCode: SourceCode, enumName: string): string | undefined;
export interface CodeWriter {
    /** Source for the code: `TwilioError.Landline`, `30006`, `'30006'`. */
    text(entry: CodeEntry): string;
    /** Whether `text` already names the code (an enum member) or wants a `// Name` comment beside it. */
    readonly namesCodes: boolean;
}
/**
 * How to write a family's codes in this file. `asString` writes numeric codes
 * as text, for branches that compare against the provider's text form.
 */
export declare function codeWriter(sourceCode: SourceCode, family: FamilyData, q: "'" | '"', asString: boolean): CodeWriter;
/** `30005 UnknownDestination, 30006 Landline and 3 more` */
export declare function listCodes(entries: readonly CodeEntry[], max: number): string;
export {};
