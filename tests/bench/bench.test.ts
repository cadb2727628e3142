/**
 * Keeps the bench alive without making `npm test` a benchmark: the corpus
 * generator is deterministic, and `npm run bench` runs end to end at a tiny
 * size (build, generate, seven ESLint configurations, report), printing the
 * tables and, last, the exact summary line.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, generateCorpus } from '../../bench/generate.ts';
import { mulberry32 } from '../../bench/prng.ts';
import { projectRoot } from '../shared-folder.ts';

const ROOT = projectRoot();
const LAST_LINE = /^bench: rule-time-vs-switch-exhaustiveness=\d+\.\d{2} typed-overhead=-?\d+\.\d% untyped-overhead=-?\d+\.\d%$/;

describe('corpus generator', () => {
  it('mulberry32 gives the same sequence for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });

  it('is deterministic: the same seed gives identical files', () => {
    const one = generateCorpus(60, 7);
    const two = generateCorpus(60, 7);
    expect(two.files).toEqual(one.files);
    expect(generateCorpus(60, 8).files.map((file) => file.text)).not.toEqual(one.files.map((file) => file.text));
  });

  it('grows by adding files: a smaller corpus is the start of a larger one', () => {
    const small = generateCorpus(30);
    const large = generateCorpus(90);
    expect(large.files.slice(0, 30)).toEqual(small.files);
  });

  it('looks like messaging code: 10–20 % of the files touch provider codes, typed and untyped', () => {
    const corpus = generateCorpus(400, DEFAULT_SEED);
    const touching = corpus.files.filter((file) => file.touchesCodes);
    expect(touching.length / corpus.files.length).toBeGreaterThanOrEqual(0.1);
    expect(touching.length / corpus.files.length).toBeLessThanOrEqual(0.2);
    const text = corpus.files.map((file) => file.text).join('\n');
    expect(text).toContain("from 'eslint-plugin-delivery-codes/codes'");
    for (const needle of ['TwilioErrorCode', 'SmtpReplyCode', "WebexConnectStatusCode<'sms'>", "CollectAiReasonCode<'email'>"]) {
      expect(text).toContain(needle);
    }
    expect(text).toMatch(/const RETRYABLE_SMTP_CODES\d+ = \[421,[\d, ]*\b451\b/);
    expect(text).toContain('retryQueue.add(');
    expect(text).toContain('switch (response.status)');
    expect(new Set(corpus.files.map((file) => file.path)).size).toBe(corpus.files.length);
  });
});

describe('npm run bench at a tiny size', () => {
  let workDir: string;
  let result: { status: number; stdout: string; stderr: string };

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'delivery-codes-bench-'));
    const tsx = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
    result = await new Promise((resolve, reject) => {
      execFile(
        tsx,
        [join(ROOT, 'bench', 'run.ts'), '--files', '12', '--runs', '1', '--warmup', '0', '--odd', '--work-dir', workDir],
        { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
        (error, stdout, stderr) => {
          if (error && typeof error.code !== 'number') reject(error);
          else resolve({ status: error ? Number(error.code) : 0, stdout, stderr });
        },
      );
    });
  }, 600_000);

  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('exits 0', () => {
    expect(result.stderr + result.stdout).not.toMatch(/ESLint \(.: .*\) exited with/);
    expect(result.status, result.stderr).toBe(0);
  });

  it('prints the table of the configurations and the per-rule times', () => {
    const out = result.stdout;
    expect(out).toContain('### 12 files');
    for (const row of [
      '| (a) typed, no rules |',
      '| (b) typed + switch-exhaustiveness-check |',
      '| (c) typed + delivery-codes recommended |',
      '| (d) untyped parse only |',
      '| (e) untyped + delivery-codes recommended |',
      '| (f) typed + one no-op rule |',
      '| (g) untyped + one no-op rule |',
    ]) {
      expect(out).toContain(row);
    }
    expect(out).toMatch(/\| `@typescript-eslint\/switch-exhaustiveness-check` \| \(b\) \|/);
    expect(out).toMatch(/\| `delivery-codes\/handle-permanent-failures` \| \(c\) \|/);
    expect(out).toMatch(/\| `delivery-codes\/handle-permanent-failures` \| \(e\) \|/);
    expect(out).toContain('### Ratios');
    expect(out).toContain('### Time per file');
  });

  it('times the rules on odd code, each rule with its problems', () => {
    const out = result.stdout;
    expect(out).toMatch(/### Odd code \(switch-5000-cases, chain-400-branches, nested-200-deep, retry-lists-500\)/);
    expect(out).toMatch(/\(d\) parse only .*, \(e\) \+ delivery-codes recommended .*: \(e\)\/\(d\) − 1 = /);
    // The 5,000-case switch leaves out 30007, and the retry lists hold non-retryable Twilio codes.
    expect(out).toMatch(/\| `delivery-codes\/no-retry-non-retryable` \| [^|]+ \| [^|]+ \| [1-9]\d* \|/);
  });

  it('ends with exactly the summary line, with numbers', () => {
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(LAST_LINE);
  });

  it('generated a corpus the TypeScript compiler accepts, generated unions included', () => {
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const check = spawnSync(process.execPath, [tsc, '-p', join(workDir, 'files-12', 'tsconfig.json')], { encoding: 'utf8' });
    expect(check.stdout + check.stderr).toBe('');
    expect(check.status).toBe(0);
  }, 120_000);
});
