/** The package this code runs from: found by walking up to package.json, so the same code works from source and from dist/. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The directory holding the package.json above `from` (a file URL or path). */
export function packageRoot(from: string | URL = import.meta.url): string {
  let dir = dirname(typeof from === 'string' && !from.startsWith('file:') ? from : fileURLToPath(from));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${String(from)}`);
    dir = parent;
  }
  return dir;
}

export interface PackageInfo {
  readonly name: string;
  readonly version: string;
}

export function packageInfo(root = packageRoot()): PackageInfo {
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageInfo;
  return { name, version };
}
