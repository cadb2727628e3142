/**
 * The `../shared` folder (seed documents and reference data) sits beside the
 * project in development and CI, but not in every clone. Tests that read it
 * call `sharedFolder()` and wrap themselves in `describe.skipIf(!shared)`;
 * everything else must run without it.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED_MISSING_WARNING =
  'skipped: ../shared not found — cross-checks against ../shared/seeds and ../shared/reference did not run';

/** The directory holding package.json, found by walking up from this file. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above tests/');
    dir = parent;
  }
  return dir;
}

let warned = false;

/** Absolute path of `../shared` beside the project root, or undefined (with one plain warning) when it is absent. */
export function sharedFolder(): string | undefined {
  const path = resolve(projectRoot(), '..', 'shared');
  if (existsSync(path) && statSync(path).isDirectory()) return path;
  if (!warned) {
    warned = true;
    console.warn(SHARED_MISSING_WARNING);
  }
  return undefined;
}
