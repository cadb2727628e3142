/**
 * One ESLint process for one configuration: wall time from spawn to exit, and
 * ESLint's own per-rule and parse times from `--stats` in the JSON report.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { configFileName, type Mode } from './modes.ts';

export interface Sample {
  readonly mode: Mode;
  readonly wallMs: number;
  /** User + system CPU time of the ESLint process (all its threads), from `process.cpuUsage()` at exit. */
  readonly cpuMs: number;
  /** Files in the report. */
  readonly files: number;
  /** Summed over files: rule id → ms (listeners and `create`). */
  readonly ruleMs: Readonly<Record<string, number>>;
  readonly parseMs: number;
  /** Summed `times.passes[].total`: what ESLint spent on the files, parse and rules included. */
  readonly lintMs: number;
  /** Problems reported, by rule id. */
  readonly problems: Readonly<Record<string, number>>;
}

interface TimeEntry {
  readonly total: number;
}

interface StatsPass {
  readonly parse?: TimeEntry;
  readonly rules?: Readonly<Record<string, TimeEntry>>;
  readonly total?: number;
}

interface LintResult {
  readonly filePath: string;
  readonly messages: readonly { readonly ruleId: string | null; readonly fatal?: boolean; readonly message: string; readonly line?: number }[];
  readonly stats?: { readonly times?: { readonly passes?: readonly StatsPass[] } };
}

export interface RunOptions {
  readonly root: string;
  readonly projectDir: string;
  /** Extra arguments for `node` itself (`--cpu-prof …`). */
  readonly nodeArgs?: readonly string[];
}

/** The environment of an ESLint child: no timing switches, no loaders inherited from `tsx` or the test runner. */
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env['TIMING'];
  delete env['NODE_OPTIONS'];
  delete env['DEBUG'];
  env['NO_COLOR'] = '1';
  return env;
}

/**
 * Preloaded into every ESLint process (all configurations alike): writes the
 * process's CPU time to the file in BENCH_CPU_FILE at exit, so the bench can
 * show CPU time next to wall time. CPU time hardly moves when other processes
 * compete for the cores; wall time does.
 */
const CPU_PRELOAD = `data:text/javascript,${encodeURIComponent(
  [
    "import { writeFileSync } from 'node:fs';",
    'const file = process.env.BENCH_CPU_FILE;',
    "if (file) process.on('exit', () => { const u = process.cpuUsage(); writeFileSync(file, String(u.user + u.system)); });",
  ].join('\n'),
)}`;

function readCpuMs(file: string): number {
  try {
    return Number(readFileSync(file, 'utf8')) / 1000;
  } catch {
    return Number.NaN;
  }
}

export function parseReport(mode: Mode, wallMs: number, results: readonly LintResult[], cpuMs = Number.NaN): Sample {
  const ruleMs: Record<string, number> = {};
  const problems: Record<string, number> = {};
  let parseMs = 0;
  let lintMs = 0;
  for (const result of results) {
    for (const message of result.messages) {
      if (message.fatal || message.ruleId === null) {
        throw new Error(`(${mode.id}) ${result.filePath}:${message.line ?? 0}: ${message.message}`);
      }
      problems[message.ruleId] = (problems[message.ruleId] ?? 0) + 1;
    }
    const passes = result.stats?.times?.passes;
    if (!passes) throw new Error(`(${mode.id}) no --stats times for ${result.filePath}`);
    for (const pass of passes) {
      parseMs += pass.parse?.total ?? 0;
      lintMs += pass.total ?? 0;
      for (const [rule, time] of Object.entries(pass.rules ?? {})) ruleMs[rule] = (ruleMs[rule] ?? 0) + time.total;
    }
  }
  return { mode, wallMs, cpuMs, files: results.length, ruleMs, parseMs, lintMs, problems };
}

export function runEslint(mode: Mode, options: RunOptions): Promise<Sample> {
  const eslintBin = join(options.root, 'node_modules', 'eslint', 'bin', 'eslint.js');
  const report = join(options.projectDir, `report.${mode.id}.json`);
  const cpuFile = join(options.projectDir, `cpu.${mode.id}.txt`);
  rmSync(report, { force: true });
  rmSync(cpuFile, { force: true });
  const args = [
    ...(options.nodeArgs ?? []),
    '--import',
    CPU_PRELOAD,
    eslintBin,
    '--config',
    configFileName(mode),
    '--format',
    'json',
    '--output-file',
    report,
    '--stats',
    '--concurrency',
    'off',
    '--no-warn-ignored',
    'src',
  ];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: options.projectDir, env: { ...childEnv(), BENCH_CPU_FILE: cpuFile }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      // 0: no problems, 1: problems found (expected: the corpus has findings), 2: ESLint failed.
      if (code !== 0 && code !== 1) {
        reject(new Error(`ESLint (${mode.id}: ${mode.label}) exited with ${code}:\n${output}`));
        return;
      }
      try {
        const results = JSON.parse(readFileSync(report, 'utf8')) as LintResult[];
        resolve(parseReport(mode, wallMs, results, readCpuMs(cpuFile)));
      } catch (error) {
        reject(error instanceof Error ? new Error(`${error.message}\n${output}`) : error);
      }
    });
  });
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
