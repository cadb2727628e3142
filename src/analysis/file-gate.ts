/**
 * A gate for a whole file, read from its tokens before any listener is set up.
 *
 * Without type information a branch set, list or predicate is some family's
 * only when one of its literals is a catalog code that is no everyday value, or
 * a name in it names a family or matches `codeNamePattern`, or it reads a
 * generated enum's member (family.ts, no-unknown-codes.ts): every such literal
 * and name is a token of the file. A file with none of them cannot be reported, so the rules skip it
 * whole; most files of an application are such files. With type information a
 * case test can take its code from another file, so the gate stays open.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { catalogIndex, type CodeValue } from './catalog-index.ts';
import { typedServices } from './detect.ts';
import { subjectWords } from './expressions.ts';
import { isCommonValue } from './overlaps.ts';
import { detached } from '../utils/detached.ts';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Names that point at a family whatever the options: a family's hint word, a generated enum. Built once per process. */
let familyNames: { readonly words: ReadonlySet<string>; readonly enums: ReadonlySet<string> } | undefined;

/** Asked once per distinct token (see `rememberer`). */
function namesFamily(name: string): boolean {
  if (!familyNames) {
    const index = catalogIndex();
    familyNames = { words: new Set(index.families.flatMap((family) => family.nameHints)), enums: new Set(index.familyByEnumName.keys()) };
  }
  const { words, enums } = familyNames;
  return enums.has(name) || subjectWords(name).some((word) => words.has(word));
}

/**
 * Whether a literal token can stand for a code that tells its family by itself, as a number or as
 * text: everyday values (404, 3, 'delivered') count only beside a family's name (overlaps.ts), and
 * a name is judged on its own token.
 */
function tellingCode(text: string): boolean {
  const index = catalogIndex();
  const number = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  const forms: CodeValue[] = Number.isNaN(number) ? [text] : [text, number, -number];
  return forms.some((value) => !isCommonValue(value) && index.familiesOf(value).length > 0);
}

function numericText(raw: string): string | undefined {
  const number = Number(raw.replace(/_/g, '').replace(/n$/, ''));
  return Number.isFinite(number) ? String(number) : undefined;
}

/** The text of a string or template token without its delimiters; undefined when escapes make it differ from the source. */
function stringText(token: TSESLint.AST.Token): string | undefined {
  const raw = token.value;
  const text = token.type === 'Template' ? raw.replace(/^[`}]/, '').replace(/(?:`|\$\{)$/, '') : raw.slice(1, -1);
  return text.includes('\\') ? undefined : text;
}

/** What a token says whatever the options: a telling code, a family's name, or text the gate cannot read. */
function tokenNamesFamily(token: TSESLint.AST.Token): boolean {
  switch (token.type) {
    case 'Numeric': {
      const text = numericText(token.value);
      return text === undefined || tellingCode(text);
    }
    case 'String':
    case 'Template': {
      const text = stringText(token);
      // A string can be a code, or a key that names the subject (`payload['smtpCode']`).
      return text === undefined || tellingCode(text) || namesFamily(text);
    }
    default:
      return namesFamily(token.value);
  }
}

const JUDGED = new Set(['Numeric', 'String', 'Template', 'Identifier', 'PrivateIdentifier']);
const NAMES = new Set(['String', 'Template', 'Identifier', 'PrivateIdentifier']);
const MAX_REMEMBERED = 50_000;

/** Verdicts by token text: numbers, strings and templates differ from names in their first character, and a private name is judged as a name. */
function rememberer(judge: (token: TSESLint.AST.Token) => boolean): (token: TSESLint.AST.Token) => boolean {
  let known = new Map<string, boolean>();
  return (token) => {
    let verdict = known.get(token.value);
    if (verdict === undefined) {
      if (known.size > MAX_REMEMBERED) known = new Map();
      verdict = judge(token);
      known.set(detached(token.value), verdict);
    }
    return verdict;
  };
}

const namesFamilyCached = rememberer(tokenNamesFamily);
// Patterns come from detectionOptionsFrom, one object per distinct option value.
const byPattern = new WeakMap<RegExp, (token: TSESLint.AST.Token) => boolean>();

function matchesPattern(codeNamePattern: RegExp): (token: TSESLint.AST.Token) => boolean {
  let matches = byPattern.get(codeNamePattern);
  if (!matches) {
    matches = rememberer((token) => codeNamePattern.test(token.type === 'String' || token.type === 'Template' ? (stringText(token) ?? '') : token.value));
    byPattern.set(codeNamePattern, matches);
  }
  return matches;
}

interface FileVerdicts {
  /** Whether a token names a family or a telling code, whatever the options. */
  readonly family: boolean;
  /** Whether a name matches the pattern, by pattern. */
  readonly byPattern: Map<RegExp, boolean>;
}

const verdicts = new WeakMap<SourceCode, FileVerdicts>();

/**
 * Whether the file may hold provider codes as the rules read them without type
 * information. The tokens are read once per file for what every rule shares,
 * and once more per subject-name pattern only when that says no.
 */
export function untypedFileMayHoldCodes(sourceCode: SourceCode, codeNamePattern: RegExp): boolean {
  const tokens = sourceCode.ast.tokens as readonly TSESLint.AST.Token[] | undefined;
  // A parser that gives no tokens gives nothing to judge by.
  if (!tokens) return true;
  let file = verdicts.get(sourceCode);
  if (!file) {
    file = { family: tokens.some((token) => JUDGED.has(token.type) && namesFamilyCached(token)), byPattern: new Map() };
    verdicts.set(sourceCode, file);
  }
  if (file.family) return true;
  let verdict = file.byPattern.get(codeNamePattern);
  if (verdict === undefined) {
    const matches = matchesPattern(codeNamePattern);
    verdict = tokens.some((token) => NAMES.has(token.type) && matches(token));
    file.byPattern.set(codeNamePattern, verdict);
  }
  return verdict;
}

/** Whether a rule can leave this file alone: no type information, and no token that could make a report. */
export function skipsFile(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, codeNamePattern: RegExp): boolean {
  return typedServices(context) === undefined && !untypedFileMayHoldCodes(context.sourceCode, codeNamePattern);
}
