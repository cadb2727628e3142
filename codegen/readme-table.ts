/**
 * The families table of README.md, generated from the catalog so that the
 * counts it shows can never drift: the README holds it between two markers,
 * and a test compares that block with `familiesBlock()`.
 *
 *   npx tsx codegen/readme-table.ts           # print the block
 *   npx tsx codegen/readme-table.ts --write   # replace the block in README.md (the markers must be there)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatProblem, loadCatalogDir, type LoadedFamily } from '../catalog/load.ts';
import type { CatalogEntry, CatalogFamily } from '../catalog/schema.ts';

export const FAMILIES_START = '<!-- families:start -->';
export const FAMILIES_END = '<!-- families:end -->';

const isPermanent = (e: CatalogEntry) => e.outcome === 'failed' && e.permanence === 'permanent';

function codeForm(data: CatalogFamily): string {
  if (data.codeType === 'string') return 'text';
  return data.sentAsString ? 'number (also as text)' : 'number';
}

/** Markdown cells must not break the table. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** One row per family, sorted by id, and a total row. */
export function familiesTable(families: readonly LoadedFamily[]): string {
  const ordered = [...families].sort((a, b) => a.data.family.localeCompare(b.data.family));
  const head = ['family', 'provider', 'codes', 'entries', 'permanent', 'documented', 'inferred'];
  const count = (data: CatalogFamily, pick: (e: CatalogEntry) => boolean) => data.entries.filter(pick).length;
  const rows = ordered.map(({ data }) => [
    `\`${data.family}\``,
    cell(data.displayName),
    codeForm(data),
    String(data.entries.length),
    String(count(data, isPermanent)),
    String(count(data, (e) => e.basis === 'documented')),
    String(count(data, (e) => e.basis === 'inferred')),
  ]);
  const total = head.map((_, i) => {
    if (i === 0) return '**total**';
    if (i < 3) return '';
    return String(rows.reduce((sum, row) => sum + Number(row[i]), 0));
  });
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const align = head.map((_, i) => (i < 3 ? '---' : '---:'));
  return [line(head), line(align), ...rows.map(line), line(total)].join('\n');
}

/** The whole block as README.md holds it, markers included. */
export function familiesBlock(families: readonly LoadedFamily[]): string {
  return `${FAMILIES_START}\n${familiesTable(families)}\n${FAMILIES_END}`;
}

/** The block README.md holds now, markers included, or a reason why there is none. */
export function readmeBlock(readme: string): { ok: true; block: string } | { ok: false; reason: string } {
  const start = readme.indexOf(FAMILIES_START);
  const end = readme.indexOf(FAMILIES_END);
  if (start === -1 || end === -1) {
    const missing = [start === -1 ? FAMILIES_START : undefined, end === -1 ? FAMILIES_END : undefined].filter(Boolean).join(' and ');
    return { ok: false, reason: `README.md has no ${missing} marker${start === -1 && end === -1 ? 's' : ''}: put both around the families table` };
  }
  if (end < start) return { ok: false, reason: `README.md has ${FAMILIES_END} before ${FAMILIES_START}` };
  if (readme.indexOf(FAMILIES_START, start + 1) !== -1 || readme.indexOf(FAMILIES_END, end + 1) !== -1) {
    return { ok: false, reason: 'README.md has more than one families block' };
  }
  return { ok: true, block: readme.slice(start, end + FAMILIES_END.length) };
}

/** README text with its families block replaced; throws when the markers are missing. */
export function withFamiliesBlock(readme: string, block: string): string {
  const found = readmeBlock(readme);
  if (!found.ok) throw new Error(found.reason);
  return readme.replace(found.block, () => block);
}

function main(argv: readonly string[]): number {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const loaded = loadCatalogDir(join(root, 'catalog'));
  if (!loaded.ok) {
    for (const problem of loaded.problems) console.error(formatProblem(problem));
    return 1;
  }
  const block = familiesBlock(loaded.families);
  if (!argv.includes('--write')) {
    console.log(block);
    return 0;
  }
  const path = join(root, 'README.md');
  try {
    const before = readFileSync(path, 'utf8');
    const after = withFamiliesBlock(before, block);
    if (after !== before) writeFileSync(path, after);
    console.log(after === before ? 'README.md families table is up to date' : 'README.md families table updated');
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
