/**
 * `npm run bench [-- --files 400 --runs 5]`: builds the plugin, generates the
 * synthetic messaging project at each size, and times seven ESLint
 * configurations on it, interleaved, each in its own process:
 *
 *   (a) typed lint (typescript-eslint parser with type information), no rules
 *   (b) (a) + @typescript-eslint/switch-exhaustiveness-check
 *   (c) (a) + this plugin's recommended config
 *   (d) untyped parse only
 *   (e) (d) + this plugin's recommended config
 *   (f) (a) + one rule that does nothing, (g) (d) + the same: any rule at all
 *       makes ESLint collect more garbage (8–16 % more time here), which every
 *       real config pays, so (f)/(g) show what the plugin itself adds (see modes.ts)
 *
 * Prints a table per size, the ratios and the time per file, and as its last
 * line exactly:
 *   bench: rule-time-vs-switch-exhaustiveness=R typed-overhead=X% untyped-overhead=Y%
 * (at the largest size run).
 *
 * Options:
 *   --files N      one corpus size (repeatable, or comma-separated; default 100, 400, 1600)
 *   --runs N       timed repetitions per configuration (default 5)
 *   --warmup N     untimed runs of (c) per size first, to warm the file cache (default 1)
 *   --seed N       PRNG seed of the corpus (default 0x5eed)
 *   --work-dir D   where the corpora and configs go (default bench/.work)
 *   --skip-build   reuse the build from the previous run in the work dir instead of building again
 *   --clock C      wall (default) or cpu: which process time the overheads in the targets and the last line use;
 *                  cpu holds up when other work competes for the cores, wall is what a user waits
 *   --baseline B   none (default: (a)/(d), no rules, as the issue defines the overheads) or noop ((f)/(g),
 *                  one rule that does nothing, so what ESLint pays for any rule is not charged to the plugin)
 *   --cpu-prof     also run (c) and (e) once per size under `node --cpu-prof` and print where the plugin's time goes
 *   --odd          also time (d) and (e) on odd code (a 5,000-case switch, a 400-branch chain, 200 nested ifs,
 *                  500 retry lists; bench/odd.ts): the rules' cost there must stay bounded
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateCorpus, writeCorpus } from './generate.ts';
import { runEslint, type RunOptions, type Sample } from './measure.ts';
import { MODES, writeConfigs, type Mode, type ModeId } from './modes.ts';
import { profileReport, summarizeProfile } from './profile.ts';
import { finalLine, ms, oddReport, sizeReport, summaryReport, type ClaimOptions, type SizeResult } from './report.ts';
import { oddCorpus } from './odd.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_SIZES = [100, 400, 1600] as const;

export interface BenchOptions {
  readonly sizes: readonly number[];
  readonly runs: number;
  readonly warmup: number;
  readonly seed: number;
  readonly workDir: string;
  readonly build: boolean;
  readonly cpuProf: boolean;
  readonly claim: ClaimOptions;
  readonly odd: boolean;
}

function positiveInt(name: string, text: string, min = 1): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} wants an integer ≥ ${min}, not '${text}'`);
  return value;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      files: { type: 'string', multiple: true },
      runs: { type: 'string' },
      warmup: { type: 'string' },
      seed: { type: 'string' },
      'work-dir': { type: 'string' },
      'skip-build': { type: 'boolean' },
      'cpu-prof': { type: 'boolean' },
      clock: { type: 'string' },
      baseline: { type: 'string' },
      odd: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  const sizes = (values.files ?? []).flatMap((text) => text.split(',')).map((text) => positiveInt('files', text.trim(), 4));
  const workDir = values['work-dir'] ?? join(ROOT, 'bench', '.work');
  const clock = values.clock ?? 'wall';
  if (clock !== 'wall' && clock !== 'cpu') throw new Error(`--clock wants wall or cpu, not '${clock}'`);
  const baseline = values.baseline ?? 'none';
  if (baseline !== 'none' && baseline !== 'noop') throw new Error(`--baseline wants none or noop, not '${baseline}'`);
  return {
    sizes: sizes.length > 0 ? [...new Set(sizes)].sort((a, b) => a - b) : [...DEFAULT_SIZES],
    runs: positiveInt('runs', values.runs ?? '5'),
    warmup: positiveInt('warmup', values.warmup ?? '1', 0),
    seed: values.seed === undefined ? DEFAULT_SEED : positiveInt('seed', values.seed, 0),
    workDir: isAbsolute(workDir) ? workDir : resolve(process.cwd(), workDir),
    build: !values['skip-build'],
    cpuProf: values['cpu-prof'] ?? false,
    claim: { clock, baseline },
    odd: values.odd ?? false,
  };
}

const progress = (text: string) => process.stderr.write(`${text}\n`);

/** One ESLint process; a failure is retried once (a shared machine can lose files under a running process), then it stands. */
async function measure(mode: Mode, run: RunOptions): Promise<Sample> {
  try {
    return await runEslint(mode, run);
  } catch (error) {
    progress(`bench: (${mode.id}) failed, retrying once: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
    return runEslint(mode, run);
  }
}

/**
 * The build the package ships (`tsc -p tsconfig.build.json`, what `npm run
 * build` runs), emitted into the work dir rather than dist/: the bench then
 * neither clobbers nor trips over a dist/ that something else is rebuilding.
 * The built index reads the package's name and version from the package.json
 * beside it, so that is copied along.
 */
function build(buildDir: string): void {
  progress(`bench: building the plugin (tsc -p tsconfig.build.json --outDir ${relative(ROOT, buildDir) || buildDir})`);
  rmSync(buildDir, { recursive: true, force: true });
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', buildDir], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    // tsc still emits on type errors; a half-finished edit elsewhere in the tree should not stop a measurement.
    progress(`bench: warning: tsc exited with ${result.status}; timing what it emitted\n${`${result.stdout}${result.stderr}`.split('\n').slice(0, 10).join('\n')}`);
  }
  copyFileSync(join(ROOT, 'package.json'), join(buildDir, 'package.json'));
}

/** A work dir outside the project (a test's temp dir) gets a link to its node_modules, so the build resolves its dependencies. */
function linkNodeModules(workDir: string): void {
  const inside = relative(ROOT, workDir);
  if (inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)) return;
  const link = join(workDir, 'node_modules');
  if (!existsSync(link)) symlinkSync(join(ROOT, 'node_modules'), link, 'junction');
}

function urls(buildDir: string) {
  const plugin = join(buildDir, 'src', 'index.js');
  const codesTypes = join(buildDir, 'src', 'codes', 'index.d.ts');
  for (const file of [plugin, codesTypes]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run the bench without --skip-build`);
  }
  const require = createRequire(import.meta.url);
  return {
    config: { typescriptEslint: pathToFileURL(require.resolve('typescript-eslint')).href, plugin: pathToFileURL(plugin).href },
    codesTypes,
    isPluginScript: (url: string) => url.startsWith(pathToFileURL(buildDir).href + '/'),
  };
}

async function benchSize(files: number, options: BenchOptions, paths: ReturnType<typeof urls>): Promise<{ result: SizeResult; profiles: string[] }> {
  const projectDir = join(options.workDir, `files-${files}`);
  mkdirSync(projectDir, { recursive: true });
  const corpus = generateCorpus(files, options.seed);
  writeCorpus(projectDir, corpus, { codesTypes: paths.codesTypes });
  writeConfigs(projectDir, paths.config);
  const run = { root: ROOT, projectDir };
  const c = MODES.find((mode) => mode.id === 'c') as (typeof MODES)[number];
  for (let i = 0; i < options.warmup; i++) {
    const sample = await measure(c, run);
    progress(`bench: ${files} files, warm-up (c) ${ms(sample.wallMs)}`);
  }
  const loadBefore = loadavg()[0] ?? 0;
  const samples = Object.fromEntries(MODES.map((mode) => [mode.id, [] as Sample[]])) as Record<ModeId, Sample[]>;
  for (let rep = 1; rep <= options.runs; rep++) {
    for (const mode of MODES) {
      const sample = await measure(mode, run);
      samples[mode.id].push(sample);
      progress(`bench: ${files} files, run ${rep}/${options.runs} (${mode.id}) ${ms(sample.wallMs)}`);
    }
  }
  const loadAfter = loadavg()[0] ?? 0;
  const profiles: string[] = [];
  if (options.cpuProf) {
    for (const mode of MODES.filter((m) => m.plugin)) {
      const dir = join(projectDir, 'profiles', mode.id);
      rmSync(dir, { recursive: true, force: true });
      await runEslint(mode, { ...run, nodeArgs: ['--cpu-prof', '--cpu-prof-interval', '250', '--cpu-prof-dir', dir] });
      const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
      if (!file) throw new Error(`no .cpuprofile written to ${dir}`);
      const summary = summarizeProfile(join(dir, file), ROOT, paths.isPluginScript);
      profiles.push(profileReport(`CPU profile, ${files} files, (${mode.id}) ${mode.label} — ${join(dir, file)}`, summary));
    }
  }
  const result: SizeResult = {
    files,
    codeFiles: corpus.files.filter((file) => file.touchesCodes).length,
    lines: corpus.files.reduce((sum, file) => sum + file.text.split('\n').length - 1, 0),
    runs: options.runs,
    samples,
    load: { before: loadBefore, after: loadAfter, cpus: availableParallelism() },
  };
  return { result, profiles };
}

/** The odd-code corpus, untyped, with and without the plugin: medians of the rules' time and of the whole run. */
async function benchOdd(options: BenchOptions, paths: ReturnType<typeof urls>): Promise<string> {
  const projectDir = join(options.workDir, 'odd');
  mkdirSync(projectDir, { recursive: true });
  const corpus = oddCorpus();
  writeCorpus(projectDir, corpus, { codesTypes: paths.codesTypes });
  writeConfigs(projectDir, paths.config);
  const run = { root: ROOT, projectDir };
  const modes = MODES.filter((mode) => mode.id === 'd' || mode.id === 'e');
  const samples = new Map<ModeId, Sample[]>(modes.map((mode) => [mode.id, []]));
  for (let rep = 1; rep <= options.runs; rep++) {
    for (const mode of modes) {
      const sample = await measure(mode, run);
      samples.get(mode.id)?.push(sample);
      progress(`bench: odd code, run ${rep}/${options.runs} (${mode.id}) ${ms(sample.wallMs)}`);
    }
  }
  return oddReport(corpus, samples.get('d') ?? [], samples.get('e') ?? []);
}

export async function bench(options: BenchOptions, print: (text: string) => void = console.log): Promise<SizeResult[]> {
  const buildDir = join(options.workDir, 'build');
  mkdirSync(options.workDir, { recursive: true });
  linkNodeModules(options.workDir);
  if (options.build) build(buildDir);
  const paths = urls(buildDir);
  const results: SizeResult[] = [];
  for (const files of options.sizes) {
    const { result, profiles } = await benchSize(files, options, paths);
    results.push(result);
    print(sizeReport(result));
    print('');
    for (const profile of profiles) print(`${profile}\n`);
  }
  if (options.odd) print(`${await benchOdd(options, paths)}\n`);
  print(summaryReport(results, options.claim));
  print('');
  print(finalLine(results.at(-1) as SizeResult, options.claim));
  return results;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await bench(parseOptions(process.argv.slice(2)));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
