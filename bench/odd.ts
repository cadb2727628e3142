/**
 * `npm run bench -- --odd`: the rules' cost on odd code, kept bounded by measurement rather than by a
 * timed test (tests/reliability/odd-code.test.ts proves they do not throw on the same shapes). Each
 * file is one extreme: a 5,000-case switch, a 400-branch else-if chain (the parser's own limit is near 1,000) over codes no family knows
 * (the slip check's worst case), 200 nested ifs, and 500 retry lists. Untyped, so the numbers are
 * the rules' own work, not the type checker's.
 */
import { FAMILIES } from '../src/generated/index.ts';
import type { Corpus, GeneratedFile } from './generate.ts';

const twilioCodes = (): number[] =>
  FAMILIES.twilio.entries.map((entry) => entry.code).filter((code): code is number => typeof code === 'number');

function bigSwitch(cases: number): string {
  const known = twilioCodes().filter((code) => code !== 30007);
  const lines = ['declare function retry(m: unknown): void; declare function markFailed(m: unknown): void;', 'export function onStatus(errorCode: number, msg: unknown): void {', '  switch (errorCode) {'];
  for (let i = 0; i < cases; i++) {
    const code = i < known.length ? (known[i] as number) : 900_000 + i;
    lines.push(`    case ${code}:`, `      ${i % 2 === 0 ? 'retry(msg)' : 'markFailed(msg)'};`, '      break;');
  }
  lines.push('  }', '}', '');
  return lines.join('\n');
}

function longChain(branches: number): string {
  const lines = ['declare function retry(m: unknown): void;', 'export function onCode(errorCode: number, msg: unknown): void {'];
  for (let i = 0; i < branches; i++) lines.push(`  ${i === 0 ? 'if' : 'else if'} (errorCode === ${70_001 + i * 7}) retry(msg);`);
  lines.push('}', '');
  return lines.join('\n');
}

function deepNesting(depth: number): string {
  const lines = ['declare function retry(m: unknown): void;', 'export function onCode(errorCode: number, msg: unknown, n: number): void {'];
  for (let i = 0; i < depth; i++) lines.push(`${'  '.repeat(i + 1)}if (n > ${i}) {`);
  lines.push(`${'  '.repeat(depth + 1)}if (errorCode === 30003 || errorCode === 30007) retry(msg);`);
  for (let i = depth - 1; i >= 0; i--) lines.push(`${'  '.repeat(i + 1)}}`);
  lines.push('}', '');
  return lines.join('\n');
}

function manyLists(lists: number): string {
  const codes = twilioCodes();
  const lines: string[] = [];
  for (let i = 0; i < lists; i++) {
    const picked = [0, 1, 2].map((k) => codes[(i * 3 + k) % codes.length]);
    lines.push(`export const RETRYABLE_${i} = [${picked.join(', ')}];`);
  }
  lines.push('');
  return lines.join('\n');
}

export function oddCorpus(): Corpus {
  const file = (name: string, text: string): GeneratedFile => ({ path: `src/odd/${name}.ts`, kind: 'util', touchesCodes: true, text });
  return {
    seed: 0,
    files: [
      file('switch-5000-cases', bigSwitch(5_000)),
      file('chain-400-branches', longChain(400)),
      file('nested-200-deep', deepNesting(200)),
      file('retry-lists-500', manyLists(500)),
    ],
  };
}
