/**
 * Reads and validates catalog YAML files. Every problem is reported with the
 * file, line and column of the offending node, and nothing is returned unless
 * the whole catalog is valid, so a generator built on this never writes from
 * half-valid data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { isMap, isNode, LineCounter, parseDocument } from 'yaml';
import { crossCheck, familySchema } from "./schema.js";
export function formatProblem(p) {
    return `${p.file}:${p.line}:${p.col} ${p.field}: ${p.message}`;
}
/** `entries[3].sources[0].doc` */
export function fieldName(path) {
    let out = '';
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else
            out += out === '' ? String(part) : `.${String(part)}`;
    }
    return out === '' ? '(file)' : out;
}
function positionOf(doc, counter, path, key) {
    // Walk down as far as the document goes: a missing field points at its parent.
    let node = doc.contents;
    for (const part of path) {
        if (!isNode(node) || !('get' in node))
            break;
        const next = node.get(part, true);
        if (next === undefined)
            break;
        node = next;
    }
    if (key !== undefined && isMap(node)) {
        const pair = node.items.find((item) => isNode(item.key) && item.key.value === key);
        if (pair && isNode(pair.key))
            node = pair.key;
    }
    const offset = isNode(node) && node.range ? node.range[0] : 0;
    return counter.linePos(offset);
}
function zodProblems(issues, file, doc, counter) {
    const problems = [];
    for (const issue of issues) {
        if (issue.code === 'unrecognized_keys') {
            for (const key of issue.keys) {
                const { line, col } = positionOf(doc, counter, issue.path, key);
                problems.push({ file, line, col, field: fieldName([...issue.path, key]), message: 'unknown field' });
            }
            continue;
        }
        const { line, col } = positionOf(doc, counter, issue.path);
        problems.push({ file, line, col, field: fieldName(issue.path), message: describeIssue(issue) });
    }
    return problems;
}
function describeIssue(issue) {
    if (issue.code === 'invalid_type' && issue.input === undefined)
        return 'is required';
    if (issue.code === 'invalid_value')
        return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    return issue.message;
}
export function loadCatalogFile(path, displayPath = path) {
    const counter = new LineCounter();
    const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        return {
            ok: false,
            problems: doc.errors.map((error) => {
                const { line, col } = counter.linePos(error.pos[0]);
                return { file: displayPath, line, col, field: '(yaml)', message: error.message.split('\n')[0] ?? error.code };
            }),
        };
    }
    const parsed = familySchema.safeParse(doc.toJS());
    if (!parsed.success)
        return { ok: false, problems: zodProblems(parsed.error.issues, displayPath, doc, counter) };
    const cross = crossCheck(parsed.data, basename(path).replace(/\.ya?ml$/, ''));
    if (cross.length > 0) {
        return {
            ok: false,
            problems: cross.map((p) => {
                const { line, col } = positionOf(doc, counter, p.path);
                return { file: displayPath, line, col, field: fieldName(p.path), message: p.message };
            }),
        };
    }
    return { ok: true, families: [{ file: displayPath, data: parsed.data }] };
}
/** Loads every `*.yaml` file of a directory, sorted by file name; all problems of all files are collected. */
export function loadCatalogDir(dir) {
    const files = readdirSync(dir)
        .filter((name) => /\.ya?ml$/.test(name))
        .sort();
    const families = [];
    const problems = [];
    if (files.length === 0) {
        problems.push({ file: dir, line: 1, col: 1, field: '(catalog)', message: 'no *.yaml catalog files found' });
    }
    for (const name of files) {
        const path = join(dir, name);
        const shown = relative(process.cwd(), path) || path;
        const result = loadCatalogFile(path, shown.startsWith('..') ? path : shown);
        if (result.ok)
            families.push(...result.families);
        else
            problems.push(...result.problems);
    }
    problems.push(...clashesBetweenFamilies(families));
    return problems.length > 0 ? { ok: false, problems } : { ok: true, families };
}
/** Generated identifiers of two families must not collide in the combined `codes` module. */
function clashesBetweenFamilies(families) {
    const problems = [];
    const seen = new Map();
    for (const { file, data } of families) {
        const first = seen.get(data.enumName);
        if (first === undefined)
            seen.set(data.enumName, file);
        else
            problems.push({ file, line: 1, col: 1, field: 'enumName', message: `"${data.enumName}" is already used by ${first}` });
    }
    return problems;
}
