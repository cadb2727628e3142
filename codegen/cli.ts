#!/usr/bin/env node
/** The `delivery-codes` command: generate the codes module from catalogs, and describe codes. */
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cac } from 'cac';
import { formatProblem, loadCatalogDir } from '../catalog/load.ts';
import type { CatalogEntry } from '../catalog/schema.ts';
import { generateCodes, isNonRetryable, isPermanent, DEFAULT_GENERATE_OPTIONS, type GenerateOptions } from './generate.ts';
import { staleFiles, writeGenerated } from './write.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const defaultCatalog = join(projectRoot, 'catalog');
const defaultOut = join(projectRoot, 'src', 'generated');

function show(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

interface GenerateFlags {
  catalog?: string;
  out?: string;
  check?: boolean;
}

export function runGenerate(flags: GenerateFlags): number {
  const catalogDir = resolve(flags.catalog ?? defaultCatalog);
  const outDir = resolve(flags.out ?? defaultOut);
  const loaded = loadCatalogDir(catalogDir);
  if (!loaded.ok) {
    for (const problem of loaded.problems) console.error(formatProblem(problem));
    console.error(`${loaded.problems.length} catalog problem(s); nothing written.`);
    return 1;
  }
  const ownCatalog = catalogDir === defaultCatalog && outDir === defaultOut;
  // A user's own catalog gets a self-contained module: the types it needs come from the published package.
  const options: GenerateOptions = ownCatalog
    ? DEFAULT_GENERATE_OPTIONS
    : { typesImport: 'eslint-plugin-delivery-codes/codes', command: 'delivery-codes generate' };
  // The bundled catalog's headers name its files from the project root, whatever the working directory.
  const families = ownCatalog
    ? loaded.families.map((f) => ({ ...f, file: relative(projectRoot, resolve(f.file)) }))
    : loaded.families;
  const files = generateCodes(families, options);
  if (flags.check) {
    const stale = staleFiles(outDir, files);
    for (const path of stale) console.error(`stale: ${show(path)}`);
    if (stale.length > 0) {
      console.error(`${stale.length} generated file(s) out of date; run \`${options.command}\`.`);
      return 1;
    }
    console.log(`${files.length} generated files up to date in ${show(outDir)}`);
    return 0;
  }
  writeGenerated(outDir, files);
  const entries = loaded.families.reduce((n, f) => n + f.data.entries.length, 0);
  console.log(`wrote ${files.length} files to ${show(outDir)} (${loaded.families.length} families, ${entries} entries)`);
  return 0;
}

interface SummaryFlags {
  catalog?: string;
}

/** One line per family: how many entries, how many must not be resent, and how well each is sourced. */
export function runSummary(flags: SummaryFlags): number {
  const catalogDir = resolve(flags.catalog ?? defaultCatalog);
  const loaded = loadCatalogDir(catalogDir);
  if (!loaded.ok) {
    for (const problem of loaded.problems) console.error(formatProblem(problem));
    console.error(`${loaded.problems.length} catalog problem(s).`);
    return 1;
  }
  const head = ['family', 'entries', 'permanent', 'non-retryable', 'documented', 'inferred'];
  const rows = loaded.families.map(({ data }) => {
    const count = (pick: (e: CatalogEntry) => boolean) => String(data.entries.filter(pick).length);
    const channels = data.channels ? ` (${data.channels.length} channels)` : '';
    return [
      `${data.family}${channels}`,
      String(data.entries.length),
      count(isPermanent),
      count(isNonRetryable),
      count((e) => e.basis === 'documented'),
      count((e) => e.basis === 'inferred'),
    ];
  });
  const total = head.map((_, i) => (i === 0 ? 'total' : String(rows.reduce((n, row) => n + Number(row[i]), 0))));
  const table = [head, ...rows, total];
  const widths = head.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(`${show(catalogDir)}: ${loaded.families.length} provider families, ${total[1]} entries`);
  console.log('');
  for (const row of table) console.log(line(row));
  console.log('');
  console.log('permanent: failures that will not go away by themselves; non-retryable: must not be sent again unchanged.');
  console.log('documented: the provider states the classification; inferred: derived from its description.');
  return 0;
}

function main(argv: string[]): void {
  const cli = cac('delivery-codes');
  cli
    .command('generate', 'Generate the typed codes module from catalog YAML files')
    .option('--catalog <dir>', 'Directory of catalog YAML files (default: the bundled catalog)')
    .option('--out <dir>', 'Output directory (default: src/generated)')
    .option('--check', 'Exit 1, naming each stale file, when the output differs from what would be generated')
    .action((flags: GenerateFlags) => {
      process.exitCode = runGenerate(flags);
    });
  cli
    .command('summary', 'Print each catalog family with its entry counts by classification and basis')
    .option('--catalog <dir>', 'Directory of catalog YAML files (default: the bundled catalog)')
    .action((flags: SummaryFlags) => {
      process.exitCode = runSummary(flags);
    });
  cli.help();
  cli.parse(argv, { run: false });
  if (!cli.matchedCommand && cli.args.length === 0 && !cli.options.help) {
    cli.outputHelp();
    process.exitCode = 2;
    return;
  }
  if (!cli.matchedCommand && !cli.options.help) {
    console.error(`unknown command: ${cli.args[0]}`);
    process.exitCode = 2;
    return;
  }
  cli.runMatchedCommand();
}

main(process.argv);
