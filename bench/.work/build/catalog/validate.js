/** Validates catalog files given on the command line (default: every file in catalog/). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, loadCatalogDir, loadCatalogFile } from "./load.js";
const files = process.argv.slice(2);
const problems = [];
let count = 0;
const results = files.length > 0 ? files.map((f) => loadCatalogFile(f)) : [loadCatalogDir(dirname(fileURLToPath(import.meta.url)))];
for (const result of results) {
    if (result.ok)
        count += result.families.reduce((n, f) => n + f.data.entries.length, 0);
    else
        problems.push(...result.problems);
}
for (const p of problems)
    console.error(formatProblem(p));
if (problems.length > 0)
    process.exit(1);
console.log(`catalog ok: ${count} entries`);
