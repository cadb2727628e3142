/**
 * `dist/` for the end-to-end tests, built at most once per change of the sources, whichever test
 * file (vitest worker process) asks first.
 *
 * - Cheap when dist is up to date: a content hash of every build input is compared with the one
 *   recorded after the last build by this helper (node_modules/.cache/delivery-codes-e2e/).
 * - Safe across parallel test files: one builder at a time, under a lock directory; a waiter
 *   re-checks the hash once it holds the lock, so the second file does not rebuild.
 * - Clean: tsc emits into a fresh directory that then replaces dist/, so files whose source was
 *   deleted never linger in dist/ (and never reach the packed tarball).
 * - Same compiler and config as `npm run build` (`tsc -p tsconfig.build.json`); a type error fails
 *   the build, as it fails `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from '../shared-folder.ts';

export const ROOT = projectRoot();
export const DIST = join(ROOT, 'dist');
const CACHE = join(ROOT, 'node_modules', '.cache', 'delivery-codes-e2e');
const STAMP = join(CACHE, 'build-stamp.json');
/**
 * The last failed build: test files that waited for it fail at once with its output instead of
 * building again. Honoured only briefly, so a failure that was not the sources' fault (an
 * `npm ci` running at the same time) does not outlive the test run.
 */
const FAILED = join(CACHE, 'build-failed.json');
const FAILED_TTL_MS = 120_000;
const LOCK = join(CACHE, 'build.lock');
const LOCK_WAIT_MS = 180_000;
/** A lock older than this whose owner cannot be checked is taken as abandoned. */
const LOCK_STALE_MS = 300_000;

/** Files whose content decides the build output (tsconfig.build.json: src, rules, catalog/*.ts, codegen). */
function buildInputs(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(path);
    }
  };
  walk(join(ROOT, 'src'));
  walk(join(ROOT, 'rules'));
  walk(join(ROOT, 'codegen'));
  for (const name of readdirSync(join(ROOT, 'catalog'))) {
    if (name.endsWith('.ts')) files.push(join(ROOT, 'catalog', name));
  }
  files.push(
    join(ROOT, 'tsconfig.json'),
    join(ROOT, 'tsconfig.build.json'),
    join(ROOT, 'node_modules', 'typescript', 'package.json'),
  );
  return files.sort();
}

function fingerprint(): string {
  const hash = createHash('sha256');
  for (const file of buildInputs()) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function upToDate(print: string): boolean {
  if (!existsSync(join(DIST, 'src', 'index.js')) || !existsSync(STAMP)) return false;
  try {
    return (JSON.parse(readFileSync(STAMP, 'utf8')) as { fingerprint?: string }).fingerprint === print;
  } catch {
    return false;
  }
}

function knownFailure(print: string): string | undefined {
  try {
    const failed = JSON.parse(readFileSync(FAILED, 'utf8')) as { fingerprint?: string; message?: string; at?: number };
    const fresh = typeof failed.at === 'number' && Date.now() - failed.at < FAILED_TTL_MS;
    return fresh && failed.fingerprint === print ? failed.message : undefined;
  } catch {
    return undefined;
  }
}

function ownerAlive(): boolean {
  try {
    const pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0) return Date.now() - statSync(LOCK).mtimeMs < LOCK_STALE_MS;
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code === 'EPERM') return true;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      // The lock directory exists but its pid file is not written yet (or the lock just went away).
      try {
        return Date.now() - statSync(LOCK).mtimeMs < LOCK_STALE_MS;
      } catch {
        return false;
      }
    }
    return false;
  }
}

async function withLock<T>(work: () => T): Promise<T> {
  mkdirSync(CACHE, { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!ownerAlive()) {
        rmSync(LOCK, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`build-once: timed out after ${LOCK_WAIT_MS} ms waiting for ${LOCK}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface BuildResult {
  /** False when dist/ was already up to date. */
  built: boolean;
  ms: number;
}

/** Make dist/ match the sources; throws with the compiler's output when the build fails. */
export async function buildOnce(): Promise<BuildResult> {
  const started = Date.now();
  if (upToDate(fingerprint())) return { built: false, ms: Date.now() - started };
  return withLock(() => {
    const print = fingerprint();
    if (upToDate(print)) return { built: false, ms: Date.now() - started };
    const failedBefore = knownFailure(print);
    if (failedBefore) throw new Error(`${failedBefore}\n(the same sources failed to build for another test file)`);
    const out = join(CACHE, `dist-${process.pid}`);
    rmSync(out, { recursive: true, force: true });
    const tsc = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json', '--outDir', out],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
    );
    if (tsc.status !== 0) {
      rmSync(out, { recursive: true, force: true });
      const message =
        `build-once: \`tsc -p tsconfig.build.json\` failed (status ${tsc.status}, signal ${tsc.signal}${tsc.error ? `, ${tsc.error.message}` : ''}):\n` +
        `${tsc.stdout}${tsc.stderr}`;
      // A timeout or a kill says nothing about the sources: only a compiler verdict is remembered.
      if (tsc.status !== null) writeFileSync(FAILED, JSON.stringify({ fingerprint: print, message, at: Date.now() }));
      throw new Error(message);
    }
    const old = join(CACHE, `dist-old-${process.pid}`);
    rmSync(old, { recursive: true, force: true });
    if (existsSync(DIST)) renameSync(DIST, old);
    renameSync(out, DIST);
    rmSync(old, { recursive: true, force: true });
    writeFileSync(STAMP, JSON.stringify({ fingerprint: print, builtAt: new Date().toISOString() }));
    rmSync(FAILED, { force: true });
    return { built: true, ms: Date.now() - started };
  });
}
