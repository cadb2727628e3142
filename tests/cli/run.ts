/** Spawning the `delivery-codes` CLI (source through tsx, or the build) and other commands, without a shell. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../shared-folder.ts';

export const ROOT = projectRoot();
export const TSX = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
export const SOURCE_CLI = join(ROOT, 'codegen', 'cli.ts');
export const BUILT_CLI = join(ROOT, 'dist', 'codegen', 'cli.js');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The command, its exit and its output, for assertion messages. */
  report: string;
}

export interface RunOptions {
  cwd?: string;
  /** The whole environment of the child (default: this process's, without colour variables). */
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** This process's environment without the variables that switch colours on or off. */
export function plainEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['NO_COLOR', 'FORCE_COLOR', 'CLICOLOR', 'CLICOLOR_FORCE']) delete env[key];
  return { ...env, ...extra };
}

export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<Run> {
  const cwd = options.cwd ?? ROOT;
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: options.env ?? plainEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      stderr += `\n[killed after ${options.timeoutMs} ms]`;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 150_000);
    const finish = (status: number | null) => {
      clearTimeout(timer);
      const report = `$ (cd ${cwd} && ${[command, ...args].join(' ')}) → ${status}\n--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`;
      resolve({ status, stdout, stderr, report });
    };
    child.on('error', (error) => {
      stderr += `\n[spawn failed: ${error.message}]`;
      finish(null);
    });
    child.on('close', finish);
  });
}

/** `delivery-codes …` from source, through tsx. */
export function cli(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  return run(TSX, [SOURCE_CLI, ...args], options);
}

/** `delivery-codes …` from the build, with plain node (no tsx). */
export function builtCli(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  return run(process.execPath, [BUILT_CLI, ...args], options);
}

/** Non-empty lines. */
export function lines(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}

export const ANSI = /\u001b\[[0-9;]*m/;
