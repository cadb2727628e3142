/**
 * Medians, ratios and the printed tables (Markdown, so they paste into the
 * README's performance section as they are).
 */
import type { Corpus } from './generate.ts';
import { median, type Sample } from './measure.ts';
import { MODES, NOOP_RULE, PLUGIN_PREFIX, SWITCH_RULE, type ModeId } from './modes.ts';

export interface SizeResult {
  readonly files: number;
  /** 1-minute load average before and after the runs (`os.loadavg()`; 0 where the platform has none), and the CPU count. */
  readonly load?: { readonly before: number; readonly after: number; readonly cpus: number };
  readonly codeFiles: number;
  readonly lines: number;
  readonly runs: number;
  readonly samples: Readonly<Record<ModeId, readonly Sample[]>>;
}

export interface ModeSummary {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly parseMs: number;
  readonly lintMs: number;
  /** This plugin's rules, summed per run, median over runs. */
  readonly pluginRuleMs: number;
  readonly switchRuleMs: number;
  /** Median per rule id. */
  readonly ruleMs: Readonly<Record<string, number>>;
  readonly problems: Readonly<Record<string, number>>;
}

export interface Ratios {
  readonly ruleVsSwitch: number;
  /** The lowest and highest of the per-run ratios (run i of (c) against run i of (b), which ran side by side). */
  readonly ruleVsSwitchRange: readonly [number, number];
  /** (c)/(a) − 1 and (e)/(d) − 1 on median wall times, as fractions. */
  readonly typedOverhead: number;
  readonly untypedOverhead: number;
  /** The same, as the median of per-run ratios (runs are interleaved, so each pair ran side by side). */
  readonly typedOverheadPaired: number;
  readonly untypedOverheadPaired: number;
  /** The same on the processes' CPU time, which competing processes disturb far less than wall time. */
  readonly typedOverheadCpu: number;
  readonly untypedOverheadCpu: number;
  /** (c)/(f) − 1 and (e)/(g) − 1: over ESLint with one no-op rule, i.e. what this plugin itself adds. Wall and CPU. */
  readonly typedOverNoop: number;
  readonly untypedOverNoop: number;
  readonly typedOverNoopCpu: number;
  readonly untypedOverNoopCpu: number;
  /**
   * (f)/(a) − 1 and (g)/(d) − 1 on median wall times: what one rule that does nothing costs ESLint, the part of
   * the overheads over no rules that no plugin can remove (README, Performance).
   */
  readonly typedNoopCost: number;
  readonly untypedNoopCost: number;
  /** The plugin's own rule time as a share of the baseline wall time: the overhead without process noise. */
  readonly typedRuleShare: number;
  readonly untypedRuleShare: number;
}

const pluginMs = (sample: Sample) =>
  Object.entries(sample.ruleMs).reduce((sum, [rule, ms]) => (rule.startsWith(PLUGIN_PREFIX) ? sum + ms : sum), 0);

export function summarize(samples: readonly Sample[]): ModeSummary {
  const rules = new Set(samples.flatMap((sample) => Object.keys(sample.ruleMs)));
  return {
    wallMs: median(samples.map((s) => s.wallMs)),
    cpuMs: median(samples.map((s) => s.cpuMs)),
    parseMs: median(samples.map((s) => s.parseMs)),
    lintMs: median(samples.map((s) => s.lintMs)),
    pluginRuleMs: median(samples.map(pluginMs)),
    switchRuleMs: median(samples.map((s) => s.ruleMs[SWITCH_RULE] ?? 0)),
    ruleMs: Object.fromEntries([...rules].sort().map((rule) => [rule, median(samples.map((s) => s.ruleMs[rule] ?? 0))])),
    problems: samples[0]?.problems ?? {},
  };
}

export function summaries(result: SizeResult): Record<ModeId, ModeSummary> {
  return Object.fromEntries(MODES.map((mode) => [mode.id, summarize(result.samples[mode.id])])) as Record<ModeId, ModeSummary>;
}

function pairedOverhead(result: SizeResult, base: ModeId, withPlugin: ModeId): number {
  const bases = result.samples[base];
  const others = result.samples[withPlugin];
  return median(others.map((sample, i) => sample.wallMs / (bases[i]?.wallMs ?? Number.NaN) - 1));
}

/** Per-run rule-time ratios: how far a single run strays from the medians' ratio on this machine. */
function ruleVsSwitchRange(result: SizeResult): [number, number] {
  const switches = result.samples.b;
  const perRun = result.samples.c.map((sample, i) => pluginMs(sample) / (switches[i]?.ruleMs[SWITCH_RULE] ?? Number.NaN)).filter(Number.isFinite);
  return perRun.length === 0 ? [Number.NaN, Number.NaN] : [Math.min(...perRun), Math.max(...perRun)];
}

export function ratios(result: SizeResult): Ratios {
  const s = summaries(result);
  return {
    ruleVsSwitch: s.c.pluginRuleMs / s.b.switchRuleMs,
    ruleVsSwitchRange: ruleVsSwitchRange(result),
    typedOverhead: s.c.wallMs / s.a.wallMs - 1,
    untypedOverhead: s.e.wallMs / s.d.wallMs - 1,
    typedOverheadPaired: pairedOverhead(result, 'a', 'c'),
    untypedOverheadPaired: pairedOverhead(result, 'd', 'e'),
    typedOverheadCpu: s.c.cpuMs / s.a.cpuMs - 1,
    untypedOverheadCpu: s.e.cpuMs / s.d.cpuMs - 1,
    typedOverNoop: s.c.wallMs / s.f.wallMs - 1,
    untypedOverNoop: s.e.wallMs / s.g.wallMs - 1,
    typedOverNoopCpu: s.c.cpuMs / s.f.cpuMs - 1,
    untypedOverNoopCpu: s.e.cpuMs / s.g.cpuMs - 1,
    typedNoopCost: s.f.wallMs / s.a.wallMs - 1,
    untypedNoopCost: s.g.wallMs / s.d.wallMs - 1,
    typedRuleShare: s.c.pluginRuleMs / s.a.wallMs,
    untypedRuleShare: s.e.pluginRuleMs / s.d.wallMs,
  };
}

// ---------------------------------------------------------------------------
// Formatting.

export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  if (value >= 10) return `${value.toFixed(0)} ms`;
  return `${value.toFixed(2)} ms`;
}

export function perFile(value: number, files: number): string {
  const per = value / files;
  if (!Number.isFinite(per)) return 'n/a';
  return per >= 1 ? `${per.toFixed(2)} ms` : `${(per * 1000).toFixed(0)} µs`;
}

export function percent(fraction: number): string {
  return Number.isFinite(fraction) ? `${(fraction * 100).toFixed(1)}%` : 'n/a';
}

const thousands = (n: number) => n.toLocaleString('en-US');

function table(header: readonly string[], align: readonly ('l' | 'r')[], rows: readonly (readonly string[])[]): string {
  const lines = [`| ${header.join(' | ')} |`, `|${align.map((a) => (a === 'r' ? '---:' : ':---')).join('|')}|`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

const problemsOf = (summary: ModeSummary) => Object.values(summary.problems).reduce((sum, n) => sum + n, 0);

export function sizeReport(result: SizeResult): string {
  const s = summaries(result);
  const n = result.files;
  const head = `### ${thousands(n)} files (${result.codeFiles} touch provider codes, ${thousands(result.lines)} lines), ${result.runs} run${result.runs === 1 ? '' : 's'} each, medians`;
  const modes = table(
    ['configuration', 'wall', 'wall / file', 'CPU', 'ESLint parse', 'measured rules', 'rules / file', 'problems'],
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    MODES.map((mode) => {
      const summary = s[mode.id];
      const rules = mode.switchExhaustiveness ? summary.switchRuleMs : mode.plugin ? summary.pluginRuleMs : Number.NaN;
      return [
        `(${mode.id}) ${mode.label}`,
        ms(summary.wallMs),
        perFile(summary.wallMs, n),
        ms(summary.cpuMs),
        ms(summary.parseMs),
        Number.isNaN(rules) ? '–' : ms(rules),
        Number.isNaN(rules) ? '–' : perFile(rules, n),
        String(problemsOf(summary)),
      ];
    }),
  );
  const ruleRows: string[][] = [];
  for (const mode of MODES) {
    for (const [rule, time] of Object.entries(s[mode.id].ruleMs)) {
      if (rule === NOOP_RULE) continue;
      ruleRows.push([`\`${rule}\``, `(${mode.id})`, ms(time), perFile(time, n), String(s[mode.id].problems[rule] ?? 0)]);
    }
  }
  const rules = table(['rule (ESLint --stats)', 'in', 'time', 'per file', 'problems'], ['l', 'l', 'r', 'r', 'r'], ruleRows);
  const load = result.load
    ? `\n\nload average ${result.load.before.toFixed(1)} before, ${result.load.after.toFixed(1)} after, on ${result.load.cpus} CPUs${
        Math.max(result.load.before, result.load.after) > result.load.cpus ? ' — other work competed for the CPUs: wall times (and ESLint\'s rule times) are inflated; CPU times hold up better' : ''
      }`
    : '';
  return `${head}\n\n${modes}\n\n${rules}${load}`;
}

export interface Targets {
  readonly ruleVsSwitch: number;
  readonly typedOverhead: number;
  readonly untypedOverhead: number;
  /** Largest size's per-file plugin rule time ÷ smallest size's. */
  readonly perFileGrowth: number;
}

/** Which process time the overhead ratios (targets, last line) are computed on. */
export type Clock = 'wall' | 'cpu';
/** What the overheads in the targets and the last line are over: (a)/(d) with no rules, as the issue defines them, or (f)/(g) with one no-op rule. */
export type Baseline = 'none' | 'noop';

export interface ClaimOptions {
  readonly clock: Clock;
  readonly baseline: Baseline;
}

export const DEFAULT_CLAIM: ClaimOptions = { clock: 'wall', baseline: 'none' };

function overheads(r: Ratios, { clock, baseline }: ClaimOptions): { typed: number; untyped: number } {
  if (baseline === 'noop') {
    return clock === 'cpu' ? { typed: r.typedOverNoopCpu, untyped: r.untypedOverNoopCpu } : { typed: r.typedOverNoop, untyped: r.untypedOverNoop };
  }
  return clock === 'cpu' ? { typed: r.typedOverheadCpu, untyped: r.untypedOverheadCpu } : { typed: r.typedOverhead, untyped: r.untypedOverhead };
}

function claimText({ clock, baseline }: ClaimOptions): string {
  return `${clock === 'cpu' ? 'CPU' : 'wall'} time, over ${baseline === 'noop' ? '(f)/(g), one no-op rule' : '(a)/(d), no rules'}`;
}

export const TARGETS: Targets = { ruleVsSwitch: 0.5, typedOverhead: 0.05, untypedOverhead: 0.03, perFileGrowth: 1.25 };

const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');
const range = ([low, high]: readonly [number, number]) => (Number.isFinite(low) ? `${low.toFixed(2)}–${high.toFixed(2)}` : 'n/a');

export function summaryReport(results: readonly SizeResult[], claim: ClaimOptions = DEFAULT_CLAIM): string {
  const ratioRows = results.map((result) => {
    const r = ratios(result);
    return [
      thousands(result.files),
      `${r.ruleVsSwitch.toFixed(2)} (${range(r.ruleVsSwitchRange)})`,
      `${percent(r.typedOverhead)} / ${percent(r.typedOverheadCpu)}`,
      `${percent(r.typedOverNoop)} / ${percent(r.typedOverNoopCpu)}`,
      percent(r.typedRuleShare),
      `${percent(r.untypedOverhead)} / ${percent(r.untypedOverheadCpu)}`,
      `${percent(r.untypedOverNoop)} / ${percent(r.untypedOverNoopCpu)}`,
      percent(r.untypedRuleShare),
    ];
  });
  const ratioTable = table(
    [
      'files',
      'rule time ÷ switch-exhaustiveness (per run)',
      '(c)/(a) − 1 wall / CPU',
      '(c)/(f) − 1 wall / CPU',
      'rule time ÷ (a)',
      '(e)/(d) − 1 wall / CPU',
      '(e)/(g) − 1 wall / CPU',
      'rule time ÷ (d)',
    ],
    ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ratioRows,
  );
  const perFileRows = results.map((result) => {
    const s = summaries(result);
    const n = result.files;
    return [
      thousands(n),
      perFile(s.a.wallMs, n),
      perFile(s.c.wallMs, n),
      perFile(s.d.wallMs, n),
      perFile(s.e.wallMs, n),
      perFile(s.b.switchRuleMs, n),
      perFile(s.c.pluginRuleMs, n),
      perFile(s.e.pluginRuleMs, n),
    ];
  });
  const perFileTable = table(
    ['files', '(a) wall', '(c) wall', '(d) wall', '(e) wall', 'switch-exhaustiveness (b)', 'delivery-codes (c)', 'delivery-codes (e)'],
    ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    perFileRows,
  );
  const largest = results.at(-1) as SizeResult;
  const r = ratios(largest);
  const o = overheads(r, claim);
  const lines = [
    '### Ratios (medians; times are machine-dependent, ratios are the claim)',
    '',
    ratioTable,
    '',
    '### Time per file',
    '',
    perFileTable,
    '',
    `### Targets (at ${thousands(largest.files)} files; overheads on ${claimText(claim)})`,
    '',
    `- rule time ≤ ${TARGETS.ruleVsSwitch} × switch-exhaustiveness-check: ${r.ruleVsSwitch.toFixed(2)} (per run ${range(r.ruleVsSwitchRange)}) — ${mark(r.ruleVsSwitch <= TARGETS.ruleVsSwitch)}`,
    `- typed overhead ≤ ${percent(TARGETS.typedOverhead)}: ${percent(o.typed)} (over no rules: wall ${percent(r.typedOverhead)}, paired ${percent(r.typedOverheadPaired)}, CPU ${percent(r.typedOverheadCpu)}; over one no-op rule: wall ${percent(r.typedOverNoop)}, CPU ${percent(r.typedOverNoopCpu)}; rule time alone ${percent(r.typedRuleShare)}) — ${mark(o.typed <= TARGETS.typedOverhead)}`,
    `- untyped overhead ≤ ${percent(TARGETS.untypedOverhead)}: ${percent(o.untyped)} (over no rules: wall ${percent(r.untypedOverhead)}, paired ${percent(r.untypedOverheadPaired)}, CPU ${percent(r.untypedOverheadCpu)}; over one no-op rule: wall ${percent(r.untypedOverNoop)}, CPU ${percent(r.untypedOverNoopCpu)}; rule time alone ${percent(r.untypedRuleShare)}) — ${mark(o.untyped <= TARGETS.untypedOverhead)}`,
    `- of the overheads over no rules, ESLint's cost of any rule (one no-op rule over none, wall): typed ${percent(r.typedNoopCost)}, untyped ${percent(r.untypedNoopCost)}`,
  ];
  if (results.length > 1) {
    const first = results[0] as SizeResult;
    const per = (result: SizeResult) => summaries(result).c.pluginRuleMs / result.files;
    const growth = per(largest) / per(first);
    lines.push(
      `- flat rule time per file, ${thousands(first.files)} → ${thousands(largest.files)} files: ×${growth.toFixed(2)} (≤ ×${TARGETS.perFileGrowth}) — ${mark(growth <= TARGETS.perFileGrowth)}`,
    );
  }
  return lines.join('\n');
}

/** The last line of every run, exactly: `bench: rule-time-vs-switch-exhaustiveness=R typed-overhead=X% untyped-overhead=Y%`. */
export function finalLine(result: SizeResult, claim: ClaimOptions = DEFAULT_CLAIM): string {
  const r = ratios(result);
  const o = overheads(r, claim);
  const num = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : 'NaN');
  return `bench: rule-time-vs-switch-exhaustiveness=${num(r.ruleVsSwitch, 2)} typed-overhead=${num(o.typed * 100, 1)}% untyped-overhead=${num(o.untyped * 100, 1)}%`;
}

/** Odd code: the parse-only and the plugin's run side by side, and each rule's time on the whole odd corpus. */
export function oddReport(corpus: Corpus, parseOnly: readonly Sample[], withPlugin: readonly Sample[]): string {
  const d = summarize(parseOnly);
  const e = summarize(withPlugin);
  const rows = Object.entries(e.ruleMs)
    .filter(([rule]) => rule.startsWith(PLUGIN_PREFIX))
    .map(([rule, time]) => [`\`${rule}\``, ms(time), percent(time / d.wallMs), String(e.problems[rule] ?? 0)]);
  return [
    `### Odd code (${corpus.files.map((file) => file.path.replace(/^src\/odd\/|\.ts$/g, '')).join(', ')}), untyped, ${parseOnly.length} runs each, medians`,
    '',
    `(d) parse only ${ms(d.wallMs)}, (e) + delivery-codes recommended ${ms(e.wallMs)}: (e)/(d) − 1 = ${percent(e.wallMs / d.wallMs - 1)}`,
    '',
    table(['rule (ESLint --stats)', 'time', 'share of (d)', 'problems'], ['l', 'r', 'r', 'r'], rows),
  ].join('\n');
}
