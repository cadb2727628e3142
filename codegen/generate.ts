/**
 * Turns validated catalog families into the `codes` module: one TypeScript
 * file per family plus an index. Pure: returns file names and contents, so the
 * CLI can compare (`--check`) or write them all at once.
 */
import {
  Project,
  StructureKind,
  VariableDeclarationKind,
  type EnumDeclarationStructure,
  type FunctionDeclarationStructure,
  type ImportDeclarationStructure,
  type OptionalKind,
  type SourceFile,
  type StatementStructures,
  type TypeAliasDeclarationStructure,
  type VariableStatementStructure,
  type WriterFunction,
} from 'ts-morph';
import { isRetryablePolicy } from '../src/codes/vocabulary.ts';
import type { CatalogEntry, CatalogFamily } from '../catalog/schema.ts';
import type { LoadedFamily } from '../catalog/load.ts';
import { familyNames, reservedFileProblem } from './names.ts';

export { camelCase, familyNames, pascalCase } from './names.ts';
import { familyHeader, ruleDataFiles } from './rule-data.ts';

export { CODES_MARKER_TAG } from '../src/codes/marker.ts';
import { CODES_MARKER_TAG } from '../src/codes/marker.ts';

export interface GeneratedFile {
  name: string;
  text: string;
}

export interface GenerateOptions {
  /** Module that provides `CodeEntry`, `FamilyData` and `PermanentFailureHandlers`, relative to the output directory. */
  typesImport: string;
  /** The command to name in each file's header. */
  command: string;
  /** Also write the JSON the lint rules load (codegen/rule-data.ts): only the bundled catalog feeds the rules. */
  ruleData?: boolean;
}

export const DEFAULT_GENERATE_OPTIONS: GenerateOptions = {
  typesImport: '../codes/types.ts',
  command: 'npm run codegen',
  ruleData: true,
};

/**
 * Catalog text as JSDoc: it must never close the comment early, and must not
 * add a tag. TypeScript starts a tag at almost any `@` (`@deprecated`,
 * `{@link}`, `@,` mid-line, and `@ ` at the start of a line, which turns the
 * rest of the text into a nameless tag), and a tag is not harmless:
 * `@deprecated` changes how editors show a name, and the rules find code types
 * by their `@deliveryCodes` tag. A backslash keeps an `@` plain text, so every
 * one gets it; Markdown hovers still show `@`.
 */
function docText(text: string | number): string {
  return String(text).replace(/\*\//g, '*\\/').replace(/@/g, '\\@');
}

/**
 * A string as a TypeScript literal. ts-morph's writer follows strings to know
 * where comments are, and takes any quote right after a backslash for an
 * escaped one: a string ending in a backslash (`"C:\\"`) would look open to it,
 * a later `/*` inside another string would look like a comment, and the writer
 * would then "close" it with a stray `*\/` before the next JSDoc. Trailing
 * backslashes are therefore written as `\x5c`, which it reads correctly.
 */
function stringLiteral(value: string): string {
  return JSON.stringify(value).replace(/((?:\\\\)+)"$/, (_, run: string) => `${'\\x5c'.repeat(run.length / 2)}"`);
}

function literal(code: string | number): string {
  return typeof code === 'number' ? String(code) : stringLiteral(code);
}

/**
 * A table key. `"__proto__": …` in an object literal sets the object's
 * prototype instead of adding a key, so that one code is written as a
 * computed key, which does add it.
 */
function tableKey(code: string | number): string {
  return code === '__proto__' ? `[${literal(code)}]` : literal(code);
}

function unionOf(codes: Iterable<string | number>): string {
  const unique = [...new Set(codes)];
  return unique.length === 0 ? 'never' : unique.map(literal).join(' | ');
}

function sortedEntries(entries: readonly CatalogEntry[]): CatalogEntry[] {
  return [...entries].sort((a, b) => {
    if (typeof a.code === 'number' && typeof b.code === 'number') return a.code - b.code;
    return String(a.code) < String(b.code) ? -1 : String(a.code) > String(b.code) ? 1 : 0;
  });
}

export const isPermanent = (e: CatalogEntry) => e.outcome === 'failed' && e.permanence === 'permanent';
export const isRetryable = (e: CatalogEntry) => e.outcome === 'failed' && isRetryablePolicy(e.retry);
export const isNonRetryable = (e: CatalogEntry) => e.outcome === 'failed' && (e.retry === 'never' || e.retry === 'after-fix');

function entryDoc(entry: CatalogEntry): string {
  const parts = [`${docText(entry.code)}${entry.channel ? ` (${entry.channel})` : ''}: ${docText(entry.summary)}`];
  if (entry.title !== undefined) parts.push(`Title: "${docText(entry.title)}"`);
  if (entry.outcome === 'failed') {
    parts.push(`Failure: ${entry.permanence}, retry ${entry.retry}, action ${entry.action} (${entry.basis}).`);
  } else {
    parts.push(`Outcome: ${entry.outcome}.`);
  }
  return parts.join('\n\n');
}

/** A value as TypeScript literal source: identifier keys bare, every string escaped by JSON rules. */
function sourceLiteral(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sourceLiteral).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value).map(
      ([key, field]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${sourceLiteral(field)}`,
    );
    return `{ ${fields.join(', ')} }`;
  }
  return typeof value === 'string' ? stringLiteral(value) : JSON.stringify(value);
}

function marker(familyId: string, subset?: string): string {
  return `@${CODES_MARKER_TAG} ${familyId}${subset ? ` ${subset}` : ''}`;
}

function headerText(loaded: LoadedFamily | undefined, options: GenerateOptions): string {
  // A line break in a path (a directory may have one in its name) would end the comment and start code.
  const path = loaded?.file.replace(/\\/g, '/').replace(/[\r\n\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const from = path === undefined ? 'from the catalog' : `from ${path}`;
  return `// Generated by \`${options.command}\` ${from}. Do not edit by hand.\n`;
}

function header(file: SourceFile, loaded: LoadedFamily | undefined, options: GenerateOptions): void {
  file.insertStatements(0, headerText(loaded, options));
}

/**
 * A family file's statements, gathered first and added to the file in one go:
 * ts-morph parses the whole file again after every insertion, which made a
 * family of thousands of codes (Twilio's dictionary) slow to generate.
 */
class Statements {
  readonly list: (string | StatementStructures | WriterFunction)[] = [];
  /** The blank line ts-morph puts between type aliases and a variable statement added after them. */
  blankLine(): void {
    this.list.push((writer) => writer.blankLine());
  }
  addImportDeclaration(structure: OptionalKind<ImportDeclarationStructure>): void {
    this.list.push({ ...structure, kind: StructureKind.ImportDeclaration });
  }
  addEnum(structure: OptionalKind<EnumDeclarationStructure>): void {
    this.list.push({ ...structure, kind: StructureKind.Enum });
  }
  addTypeAlias(structure: OptionalKind<TypeAliasDeclarationStructure>): void {
    this.list.push({ ...structure, kind: StructureKind.TypeAlias });
  }
  addVariableStatement(structure: OptionalKind<VariableStatementStructure>): void {
    this.list.push({ ...structure, kind: StructureKind.VariableStatement });
  }
  addFunction(structure: OptionalKind<FunctionDeclarationStructure>): void {
    this.list.push({ ...structure, kind: StructureKind.Function });
  }
}

function addFamilyFile(project: Project, loaded: LoadedFamily, options: GenerateOptions): SourceFile {
  const family = loaded.data;
  const n = familyNames(family);
  const entries = sortedEntries(family.entries);
  const channels = family.channels?.map((c) => c.id) ?? [];
  // The loader allows only kebab-case ids; callers that skip it must not get a file name that leaves the output directory.
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(family.family) || reservedFileProblem(family.family) !== undefined) {
    throw new Error(`family id ${JSON.stringify(family.family)} cannot name a generated file`);
  }
  const file = project.createSourceFile(`${family.family}.ts`, '', { overwrite: true });
  const out = new Statements();
  out.list.push(headerText(loaded, options));

  out.addImportDeclaration({
    isTypeOnly: true,
    moduleSpecifier: options.typesImport,
    namedImports: ['CodeEntry', 'FamilyData', 'PermanentFailureHandlers'],
  });

  out.addEnum({
    name: n.enumName,
    isExported: true,
    docs: [`${docText(family.displayName)} codes by name. ${docText(family.description)}\n\n${marker(family.family)}`],
    members: entries.map((entry) => ({
      name: entry.name,
      // As source text, not `value`: ts-morph would write a string value with its own quoting, which has the same blind spot.
      initializer: literal(entry.code),
      docs: [entryDoc(entry)],
    })),
  });

  const subsets: { name: string; doc: string; tag?: string; pick: (e: CatalogEntry) => boolean }[] = [
    { name: n.allCodes, doc: `Every ${docText(family.displayName)} code`, pick: () => true },
    { name: n.permanent, doc: `${docText(family.displayName)} codes of permanent failures`, tag: 'permanent', pick: isPermanent },
    {
      name: n.retryable,
      doc: `${docText(family.displayName)} failures that may be sent again unchanged (retry safe or done by the provider)`,
      tag: 'retryable',
      pick: isRetryable,
    },
    {
      name: n.nonRetryable,
      doc: `${docText(family.displayName)} failures that must not be sent again unchanged (retry never or after a fix)`,
      tag: 'non-retryable',
      pick: isNonRetryable,
    },
  ];

  if (channels.length > 0) {
    out.addTypeAlias({
      name: n.channel,
      isExported: true,
      type: unionOf(channels),
      docs: [`Channels of ${docText(family.displayName)}; a code's meaning depends on its channel.`],
    });
    for (const subset of subsets) {
      const byChannel = channels
        .map((channel) => `readonly ${JSON.stringify(channel)}: ${unionOf(entries.filter((e) => e.channel === channel && subset.pick(e)).map((e) => e.code))};`)
        .join('\n');
      out.addTypeAlias({
        name: subset.name,
        isExported: true,
        typeParameters: [{ name: 'C', constraint: n.channel, default: n.channel }],
        type: `{\n${byChannel}\n}[C]`,
        docs: [`${subset.doc}, per channel.\n\n${marker(family.family, subset.tag)}`],
      });
    }
  } else {
    for (const subset of subsets) {
      out.addTypeAlias({
        name: subset.name,
        isExported: true,
        type: unionOf(entries.filter(subset.pick).map((e) => e.code)),
        docs: [`${subset.doc}.\n\n${marker(family.family, subset.tag)}`],
      });
    }
  }

  if (family.sentAsString) {
    out.addTypeAlias({
      name: n.codeStrings,
      isExported: true,
      type: `\`\${${n.allCodes}}\``,
      docs: [`${docText(family.displayName)} codes as the provider sends them in text fields (\`"30007"\`).\n\n${marker(family.family)}`],
    });
  }

  const handlerArgs = channels.length > 0 ? `${n.permanent}<C>, ${n.allCodes}<C>, R` : `${n.permanent}, ${n.allCodes}, R`;
  out.addTypeAlias({
    name: n.handlers,
    isExported: true,
    typeParameters: channels.length > 0 ? ['R = unknown', `C extends ${n.channel} = ${n.channel}`] : ['R = unknown'],
    type: `PermanentFailureHandlers<${handlerArgs}>`,
    docs: [`A handler per permanent ${docText(family.displayName)} failure; use with \`satisfies\` so a missing one fails to compile.`],
  });

  const tableType =
    channels.length > 0
      ? `{ readonly [C in ${n.channel}]: { readonly [K in ${n.allCodes}<C>]: CodeEntry<K> } }`
      : `{ readonly [K in ${n.allCodes}]: CodeEntry<K> }`;
  const tableBody =
    channels.length > 0
      ? `{\n${channels
          .map(
            (channel) =>
              `${JSON.stringify(channel)}: {\n${entries
                .filter((e) => e.channel === channel)
                .map((e) => `${tableKey(e.code)}: ${sourceLiteral(e)},`)
                .join('\n')}\n},`,
          )
          .join('\n')}\n}`
      : `{\n${entries.map((e) => `${tableKey(e.code)}: ${sourceLiteral(e)},`).join('\n')}\n}`;
  out.blankLine();
  out.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`Catalog metadata of every ${docText(family.displayName)} code${channels.length > 0 ? ', by channel' : ''}.`],
    declarations: [{ name: n.table, type: tableType, initializer: tableBody }],
  });

  const header = familyHeader(family);
  const allEntries =
    channels.length > 0
      ? `Object.values(${n.table}).flatMap((byCode) => Object.values(byCode) as CodeEntry[])`
      : `Object.values(${n.table}) as CodeEntry[]`;
  out.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`${docText(family.displayName)}: header and every entry, for tools that walk the catalog.`],
    declarations: [
      {
        name: n.family,
        type: 'FamilyData',
        initializer: `{ ...${sourceLiteral(header)}, entries: ${allEntries} }`,
      },
    ],
  });

  addGuards(out, family, n, channels.length > 0);
  file.addStatements(out.list);
  return file;
}

function addGuards(out: Statements, family: CatalogFamily, n: ReturnType<typeof familyNames>, hasChannels: boolean): void {
  const codeCheck = family.codeType === 'number' ? `typeof value === 'number'` : `typeof value === 'string'`;
  if (hasChannels) {
    out.addFunction({
      name: n.guard,
      isExported: true,
      typeParameters: [{ name: 'C', constraint: n.channel, default: n.channel }],
      parameters: [
        { name: 'value', type: 'unknown' },
        { name: 'channel', type: 'C', hasQuestionToken: true },
      ],
      returnType: `value is ${n.allCodes}<C>`,
      docs: [`Whether \`value\` is a ${docText(family.displayName)} code (of \`channel\`, when given).`],
      statements: `if (!(${codeCheck})) return false;
const channels = channel === undefined ? Object.values(${n.table}) : Object.hasOwn(${n.table}, channel) ? [${n.table}[channel]] : [];
return channels.some((byCode) => Object.hasOwn(byCode, value));`,
    });
    return;
  }
  // `test` reads the entry; without one, membership alone decides (and no unused local is emitted).
  const guards: { name: string; type: string; doc: string; test?: string }[] = [
    { name: n.guard, type: n.allCodes, doc: `a ${docText(family.displayName)} code` },
    {
      name: n.permanentGuard,
      type: n.permanent,
      doc: `the code of a permanent ${docText(family.displayName)} failure`,
      test: `entry.outcome === 'failed' && entry.permanence === 'permanent'`,
    },
    {
      name: n.retryableGuard,
      type: n.retryable,
      doc: `a ${docText(family.displayName)} failure that may be sent again unchanged`,
      test: `entry.outcome === 'failed' && (entry.retry === 'safe' || entry.retry === 'provider-retries')`,
    },
  ];
  for (const guard of guards) {
    out.addFunction({
      name: guard.name,
      isExported: true,
      parameters: [{ name: 'value', type: 'unknown' }],
      returnType: `value is ${guard.type}`,
      docs: [`Whether \`value\` is ${guard.doc}.`],
      statements:
        guard.test === undefined
          ? `return ${codeCheck} && Object.hasOwn(${n.table}, value);`
          : `if (!(${codeCheck}) || !Object.hasOwn(${n.table}, value)) return false;
const entry: CodeEntry = ${n.table}[value as ${n.allCodes}];
return ${guard.test};`,
    });
  }
  if (family.sentAsString) {
    out.addFunction({
      name: n.stringGuard,
      isExported: true,
      parameters: [{ name: 'value', type: 'unknown' }],
      returnType: `value is ${n.codeStrings}`,
      docs: [`Whether \`value\` is a ${docText(family.displayName)} code in its text form (\`"30007"\`).`],
      // Keys are compared as text, so "030007" or "3e4" is no code even though Number() would make it one.
      statements: `return typeof value === 'string' && /^\\d+$/.test(value) && Object.hasOwn(${n.table}, value);`,
    });
  }
}

function addIndexFile(project: Project, families: readonly LoadedFamily[], options: GenerateOptions): SourceFile {
  const file = project.createSourceFile('index.ts', '', { overwrite: true });
  const ordered = [...families].sort((a, b) => a.data.family.localeCompare(b.data.family));
  for (const { data } of ordered) {
    file.addExportDeclaration({ moduleSpecifier: `./${data.family}.ts` });
  }
  for (const { data } of ordered) {
    file.addImportDeclaration({ moduleSpecifier: `./${data.family}.ts`, namedImports: [familyNames(data).family] });
  }
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ['Every provider family of the catalog, by id.'],
    declarations: [
      {
        name: 'FAMILIES',
        initializer: `{\n${ordered.map(({ data }) => `${JSON.stringify(data.family)}: ${familyNames(data).family},`).join('\n')}\n} as const`,
      },
    ],
  });
  file.addTypeAlias({ name: 'FamilyId', isExported: true, type: 'keyof typeof FAMILIES', docs: ['Id of a provider family.'] });
  void options;
  return file;
}

export function generateCodes(families: readonly LoadedFamily[], options: GenerateOptions = DEFAULT_GENERATE_OPTIONS): GeneratedFile[] {
  const project = new Project({ useInMemoryFileSystem: true });
  const files = families.map((loaded) => {
    return addFamilyFile(project, loaded, options);
  });
  const index = addIndexFile(project, families, options);
  header(index, undefined, options);
  const modules = [...files, index].map((file) => {
    file.formatText({ indentSize: 2, convertTabsToSpaces: true, ensureNewLineAtEndOfFile: true });
    return { name: file.getBaseName(), text: file.getFullText() };
  });
  if (!options.ruleData) return modules;
  const generatedBy = (loaded: LoadedFamily | undefined) => headerText(loaded, options).replace(/^\/\/ /, '').trim();
  return [...modules, ...ruleDataFiles(families, sortedEntries, generatedBy)];
}
