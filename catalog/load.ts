/**
 * Reads and validates catalog YAML files. Every problem is reported with the
 * file, line and column of the offending node, and nothing is returned unless
 * the whole catalog is valid, so a generator built on this never writes from
 * half-valid data.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { isMap, isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import { identifiersFromEnumName, identifiersFromFamilyId } from '../codegen/names.ts';
import { crossCheck, familySchema, type CatalogFamily } from './schema.ts';

export interface CatalogProblem {
  file: string;
  line: number;
  col: number;
  field: string;
  message: string;
}

export interface LoadedFamily {
  /** Path of the YAML file as given (relative to the working directory when possible). */
  file: string;
  data: CatalogFamily;
}

export type LoadResult = { ok: true; families: LoadedFamily[] } | { ok: false; problems: CatalogProblem[] };

export function formatProblem(p: CatalogProblem): string {
  return `${p.file}:${p.line}:${p.col} ${p.field}: ${p.message}`;
}

/** `entries[3].sources[0].doc` */
export function fieldName(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(file)' : out;
}

function positionOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[], key?: string) {
  // Walk down as far as the document goes: a missing field points at its parent.
  let node: unknown = doc.contents;
  for (const part of path) {
    if (!isNode(node) || !('get' in node)) break;
    const next = (node as { get(k: unknown, keepScalar: boolean): unknown }).get(part, true);
    if (next === undefined) break;
    node = next;
  }
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === key);
    if (pair && isNode(pair.key)) node = pair.key;
  }
  const offset = isNode(node) && node.range ? node.range[0] : 0;
  return counter.linePos(offset);
}

function zodProblems(
  issues: readonly z.core.$ZodIssue[],
  raw: unknown,
  file: string,
  doc: Document,
  counter: LineCounter,
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const { line, col } = positionOf(doc, counter, issue.path, key);
        problems.push({ file, line, col, field: fieldName([...issue.path, key]), message: 'unknown field' });
      }
      continue;
    }
    const { line, col } = positionOf(doc, counter, issue.path);
    problems.push({ file, line, col, field: fieldName(issue.path), message: describeIssue(issue, valueAt(raw, issue.path)) });
  }
  return problems;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** What a YAML value is, in the words of someone who wrote it. */
function kindOf(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return String(value);
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = { object: 'a mapping', array: 'a list', string: 'text', number: 'a number', boolean: 'true or false' };

// zod does not keep the input in its issues, so the value is looked up in the parsed YAML.
function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type') {
    return value === undefined ? 'is required' : `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${kindOf(value)}`;
  }
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return issue.message;
}

/**
 * Catalog files are read whole and parsed in memory, and generating takes
 * about 2 seconds per thousand entries: a file past this size is refused
 * before it is read. The largest bundled family (Twilio) is under 1 MB, and
 * 20,000 entries take about 5 MB.
 */
export const MAX_CATALOG_FILE_BYTES = 8 * 1024 * 1024;

/** A header field valid on its own, with where it is: what the checks across files need. */
interface Located {
  value: string;
  line: number;
  col: number;
}

interface FileReport {
  problems: CatalogProblem[];
  /** The family, when the file has no problems. */
  data?: CatalogFamily;
  family?: Located;
  enumName?: Located;
}

function readCatalogFile(path: string, displayPath: string): FileReport {
  const problem = (line: number, col: number, field: string, message: string): FileReport => ({
    problems: [{ file: displayPath, line, col, field, message }],
  });
  let source: string;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return problem(1, 1, '(file)', 'is not a file');
    if (stat.size > MAX_CATALOG_FILE_BYTES) {
      const limit = `${MAX_CATALOG_FILE_BYTES} (${MAX_CATALOG_FILE_BYTES / 1024 / 1024} MiB)`;
      return problem(1, 1, '(file)', `is ${stat.size} bytes, over the limit of ${limit} for one catalog file`);
    }
    source = readFileSync(path, 'utf8');
  } catch (error) {
    return problem(1, 1, '(file)', `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => {
        const { line, col } = counter.linePos(error.pos[0]);
        return { file: displayPath, line, col, field: '(yaml)', message: error.message.split('\n')[0] ?? error.code };
      }),
    };
  }
  if (doc.contents === null) return problem(1, 1, '(file)', 'is empty: a catalog file holds one family');
  let raw: unknown;
  try {
    raw = doc.toJS();
  } catch (error) {
    // The yaml package refuses aliases that expand without bound ("billion laughs"); point at the first alias.
    let offset = 0;
    visit(doc, { Alias: (_, node) => ((offset = node.range?.[0] ?? 0), visit.BREAK) });
    const { line, col } = counter.linePos(offset);
    return problem(line, col, '(yaml)', error instanceof Error ? error.message : String(error));
  }
  const at = (path: readonly PropertyKey[]) => positionOf(doc, counter, path);
  const parsed = familySchema.safeParse(raw);
  const problems = parsed.success ? [] : zodProblems(parsed.error.issues, raw, displayPath, doc, counter);
  for (const p of crossCheck(raw, basename(path).replace(/\.ya?ml$/, ''))) {
    problems.push({ file: displayPath, ...at(p.path), field: fieldName(p.path), message: p.message });
  }
  const located = (key: 'family' | 'enumName'): Located | undefined => {
    const value = (raw as Record<string, unknown> | null)?.[key];
    return familySchema.shape[key].safeParse(value).success ? { value: value as string, ...at([key]) } : undefined;
  };
  const report: FileReport = { problems: problems.sort((a, b) => a.line - b.line || a.col - b.col) };
  if (parsed.success && problems.length === 0) report.data = parsed.data;
  const family = located('family');
  const enumName = located('enumName');
  if (family) report.family = family;
  if (enumName) report.enumName = enumName;
  return report;
}

export function loadCatalogFile(path: string, displayPath = path): LoadResult {
  const { problems, data } = readCatalogFile(path, displayPath);
  return data === undefined ? { ok: false, problems } : { ok: true, families: [{ file: displayPath, data }] };
}

/** Loads every `*.yaml` file of a directory, sorted by file name; all problems of all files are collected. */
export function loadCatalogDir(dir: string): LoadResult {
  const files = readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  const families: LoadedFamily[] = [];
  const problems: CatalogProblem[] = [];
  const reports: (FileReport & { file: string })[] = [];
  if (files.length === 0) {
    problems.push({ file: dir, line: 1, col: 1, field: '(catalog)', message: 'no *.yaml catalog files found' });
  }
  for (const name of files) {
    const path = join(dir, name);
    const shown = relative(process.cwd(), path) || path;
    const file = shown.startsWith('..') ? path : shown;
    const report = readCatalogFile(path, file);
    reports.push({ ...report, file });
    if (report.data) families.push({ file, data: report.data });
    problems.push(...report.problems);
  }
  problems.push(...clashesBetweenFamilies(reports));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, families };
}

/**
 * Two families must not generate the same file or identifier: the second
 * would overwrite the first's file, or make the combined index ambiguous. The
 * first file (by name) keeps the name; each later one is told which file has
 * it. Files with other problems take part, so all clashes show in one run.
 */
function clashesBetweenFamilies(reports: readonly (FileReport & { file: string })[]): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const owners = new Map<string, string>();
  for (const report of reports) {
    const fields = [
      { field: 'family', at: report.family, names: (v: string) => [`${v}.ts`, ...identifiersFromFamilyId(v)], own: (v: string) => `${v}.ts` },
      { field: 'enumName', at: report.enumName, names: identifiersFromEnumName, own: (v: string) => v },
    ] as const;
    const claimed: string[] = [];
    for (const { field, at, names, own } of fields) {
      if (at === undefined) continue;
      const mine = names(at.value);
      const clash = mine.find((name) => owners.has(name));
      if (clash !== undefined) {
        const first = owners.get(clash)!;
        const message =
          clash === own(at.value) ? `"${at.value}" is already used by ${first}` : `generates "${clash}", which ${first} generates too`;
        problems.push({ file: report.file, line: at.line, col: at.col, field, message });
      }
      claimed.push(...mine);
    }
    for (const name of claimed) if (!owners.has(name)) owners.set(name, report.file);
  }
  return problems;
}
