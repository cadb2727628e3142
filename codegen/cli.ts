#!/usr/bin/env node
/**
 * The `delivery-codes` command: look codes up in the catalog (`explain`, `list`),
 * generate the codes module from catalogs (`generate`) and summarise them (`summary`).
 *
 * Exit codes: 0 done, 1 not found or catalog problems, 2 usage errors.
 * `generate` and `summary` load the YAML catalog (and ts-morph) only when they run,
 * so the lookups start fast.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { cac, type CAC } from 'cac';
import type { CatalogEntry } from '../catalog/schema.ts';
import type { GenerateOptions } from './generate.ts';
import { checkFilters, closestMatches, FilterError, listEntries, lookupCode, type Filters } from '../src/cli/lookup.ts';
import { packageInfo, packageRoot } from '../src/cli/package.ts';
import { explainLines, listJson, listLines, suggestionLines } from '../src/cli/render.ts';
import { stylesFor } from '../src/cli/style.ts';

// Found by walking up, so the built CLI (dist/codegen/cli.js) finds the same catalog as the source.
const projectRoot = packageRoot(import.meta.url);
const defaultCatalog = join(projectRoot, 'catalog');
const defaultOut = join(projectRoot, 'src', 'generated');

const EXIT_OK = 0;
const EXIT_NOT_FOUND = 1;
const EXIT_USAGE = 2;

function show(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

/** A command line the CLI cannot act on: printed with a pointer to `--help`, exit 2. */
class UsageError extends Error {
  override name = 'UsageError';
}

function catalogDirOf(flags: { catalog?: string }): string {
  const dir = resolve(flags.catalog ?? defaultCatalog);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`--catalog ${show(dir)} is not a directory`);
  return dir;
}

interface GenerateFlags {
  catalog?: string;
  out?: string;
  check?: boolean;
}

export async function runGenerate(flags: GenerateFlags): Promise<number> {
  const [{ formatProblem, loadCatalogDir }, { generateCodes, DEFAULT_GENERATE_OPTIONS }, { staleFiles, writeGenerated }] =
    await Promise.all([import('../catalog/load.ts'), import('./generate.ts'), import('./write.ts')]);
  // An installed package has no src/: it must not write its own output into node_modules.
  if (flags.out === undefined && !existsSync(defaultOut)) {
    throw new UsageError('--out <dir> is required: the default output, src/generated, exists only in a checkout of this project');
  }
  const catalogDir = catalogDirOf(flags);
  const outDir = resolve(flags.out ?? defaultOut);
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) throw new UsageError(`--out ${show(outDir)} is not a directory`);
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
  try {
    writeGenerated(outDir, files);
  } catch (error) {
    // The writer checks every name before it writes anything; other failures are the file system's (permissions, space).
    if (!(error instanceof Error)) throw error;
    console.error(`${stylesFor(process.stderr).red('error:')} ${error.message}`);
    return 1;
  }
  const entries = loaded.families.reduce((n, f) => n + f.data.entries.length, 0);
  console.log(`wrote ${files.length} files to ${show(outDir)} (${loaded.families.length} families, ${entries} entries)`);
  return 0;
}

interface SummaryFlags {
  catalog?: string;
}

/** One line per family: how many entries, how many must not be resent, and how well each is sourced. */
export async function runSummary(flags: SummaryFlags): Promise<number> {
  const [{ formatProblem, loadCatalogDir }, { isNonRetryable, isPermanent }] = await Promise.all([
    import('../catalog/load.ts'),
    import('./generate.ts'),
  ]);
  const catalogDir = catalogDirOf(flags);
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

interface ExplainFlags {
  family?: string;
  channel?: string;
}

/** cac turns option values that look like numbers into numbers, and repeated options into arrays. */
function textOption(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean' || Array.isArray(value)) throw new UsageError(`--${name} takes one value`);
  return String(value);
}

function filtersOf(flags: ExplainFlags): Filters {
  const family = textOption(flags.family, 'family');
  const channel = textOption(flags.channel, 'channel');
  const filters = { ...(family === undefined ? {} : { family }), ...(channel === undefined ? {} : { channel }) };
  try {
    checkFilters(filters);
  } catch (error) {
    if (error instanceof FilterError) throw new UsageError(error.message);
    throw error;
  }
  return filters;
}

export function runExplain(code: string, flags: ExplainFlags): number {
  const filters = filtersOf(flags);
  if (code.trim() === '') throw new UsageError('the code is empty');
  const found = lookupCode(code, filters);
  if (found.length > 0) {
    const s = stylesFor(process.stdout);
    const blocks = found.map((item) => explainLines(item, s).join('\n'));
    console.log(blocks.join('\n\n'));
    return EXIT_OK;
  }
  const s = stylesFor(process.stderr);
  const scope = [filters.family && `family ${filters.family}`, filters.channel && `channel ${filters.channel}`].filter(Boolean);
  console.error(`${s.red('not found:')} no catalog entry for ${JSON.stringify(code.trim())}${scope.length > 0 ? ` in ${scope.join(', ')}` : ''}`);
  const suggestions = closestMatches(code, filters);
  if (suggestions.length === 0) console.error('no close matches; `delivery-codes list` shows every code');
  else console.error(['closest matches:', ...suggestionLines(suggestions, s)].join('\n'));
  return EXIT_NOT_FOUND;
}

interface ListFlags extends ExplainFlags {
  permanent?: boolean;
  nonRetryable?: boolean;
  json?: boolean;
}

export function runList(flags: ListFlags): number {
  if (flags.permanent && flags.nonRetryable) throw new UsageError('--permanent and --non-retryable exclude each other: pick one');
  const items = listEntries({ ...filtersOf(flags), permanent: !!flags.permanent, nonRetryable: !!flags.nonRetryable });
  if (flags.json) {
    console.log(listJson(items));
    return EXIT_OK;
  }
  const s = stylesFor(process.stdout);
  if (items.length > 0) console.log(listLines(items, s).join('\n'));
  console.log(s.dim(`${items.length} ${items.length === 1 ? 'entry' : 'entries'}`));
  return EXIT_OK;
}

function buildCli(version: string): CAC {
  const cli = cac('delivery-codes');
  cli
    .command('explain <code>', 'Show every family and channel that knows a code: meaning, classification, sources')
    .option('--family <family>', 'Only this family (twilio, smtp, …)')
    .option('--channel <channel>', 'Only this channel, for families with channels (sms, whatsapp, …)')
    .example('  $ delivery-codes explain 30007')
    .example("  $ delivery-codes explain 'Message blocked by STOP'")
    .example('  $ delivery-codes explain 7203 --family webex-connect --channel sms')
    .action((code: string, flags: ExplainFlags) => runExplain(String(code), flags));
  cli
    .command('list', 'List catalog entries as a table or as JSON')
    .option('--family <family>', 'Only this family')
    .option('--channel <channel>', 'Only this channel')
    .option('--permanent', 'Only permanent failures')
    .option('--non-retryable', 'Only failures that must not be sent again unchanged')
    .option('--json', 'Print a JSON array of entries, each with its family id')
    .action((flags: ListFlags) => runList(flags));
  cli
    .command('generate', 'Generate the typed codes module from catalog YAML files')
    .option('--catalog <dir>', 'Directory of catalog YAML files (default: the bundled catalog)')
    .option('--out <dir>', 'Output directory (default: src/generated)')
    .option('--check', 'Exit 1, naming each stale file, when the output differs from what would be generated')
    .action((flags: GenerateFlags) => runGenerate(flags));
  cli
    .command('summary', 'Print each catalog family with its entry counts by classification and basis')
    .option('--catalog <dir>', 'Directory of catalog YAML files (default: the bundled catalog)')
    .action((flags: SummaryFlags) => runSummary(flags));
  cli.help();
  // cac prints "name/version platform" for --version: this CLI prints the version alone.
  cli.version(version);
  cli.showVersionOnExit = false;
  return cli;
}

function usageError(cli: CAC, message: string): number {
  const command = cli.matchedCommand?.name;
  console.error(`${stylesFor(process.stderr).red('error:')} ${message}`);
  console.error(`run \`delivery-codes ${command ? `${command} ` : ''}--help\` for usage`);
  return EXIT_USAGE;
}

async function main(argv: string[]): Promise<number> {
  const { version } = packageInfo(projectRoot);
  const cli = buildCli(version);
  cli.parse(argv, { run: false });
  if (cli.options.help) return EXIT_OK;
  if (cli.options.version) {
    console.log(version);
    return EXIT_OK;
  }
  if (!cli.matchedCommand) {
    if (cli.args.length === 0) {
      cli.outputHelp();
      return EXIT_USAGE;
    }
    return usageError(cli, `unknown command: ${cli.args[0]}`);
  }
  try {
    return ((await cli.runMatchedCommand()) as number | undefined) ?? EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) return usageError(cli, error.message);
    if (error instanceof Error && error.name === 'CACError') {
      const hint = /^Unused args/.test(error.message) && cli.matchedCommand.name === 'explain' ? ' (quote a code that has spaces)' : '';
      return usageError(cli, `${error.message}${hint}`);
    }
    throw error;
  }
}

// `delivery-codes list | head` closes the pipe early: stop quietly instead of throwing EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv);
