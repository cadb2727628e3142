/** Runs the real `delivery-codes` CLI (codegen/cli.ts through tsx) from the project root, and snapshots directories. */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { projectRoot } from '../shared-folder.ts';

export const ROOT = projectRoot();

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI asynchronously, so that independent tests can run it side by side (`describe.concurrent`). */
export function runCli(...args: string[]): Promise<CliResult> {
  return runCliIn(ROOT, ...args);
}

/** The same, from another working directory. */
export function runCliIn(cwd: string, ...args: string[]): Promise<CliResult> {
  const tsx = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
  return new Promise((resolve, reject) => {
    execFile(
      tsx,
      [join(ROOT, 'codegen', 'cli.ts'), ...args],
      { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ status: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

/** Non-empty lines of a command's output. */
export function lines(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}

const created: string[] = [];
// Registered on the suite of the test file that imports this helper: its temporary directories go when it ends.
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'delivery-codes-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Every file under `dir` (relative path → bytes), and every directory as `path/` → empty; undefined when `dir` does not exist. */
export function snapshotDir(dir: string): Map<string, Buffer> | undefined {
  if (!existsSync(dir)) return undefined;
  const files = new Map<string, Buffer>();
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const path = rel === '' ? name : `${rel}/${name}`;
      if (statSync(join(dir, path)).isDirectory()) {
        files.set(`${path}/`, Buffer.alloc(0));
        walk(path);
      } else files.set(path, readFileSync(join(dir, path)));
    }
  };
  walk('');
  return files;
}
