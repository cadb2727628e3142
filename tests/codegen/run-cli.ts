/** Runs the real `delivery-codes` CLI (codegen/cli.ts through tsx) from the project root, and snapshots directories. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../shared-folder.ts';

export const ROOT = projectRoot();

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(...args: string[]): CliResult {
  const tsx = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
  const result = spawnSync(tsx, [join('codegen', 'cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Non-empty lines of a command's output. */
export function lines(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}

export function tempDir(prefix = 'delivery-codes-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
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
