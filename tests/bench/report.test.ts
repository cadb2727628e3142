/** The bench's arithmetic on made-up samples: which runs are paired, and what the ratios are made of. */
import { describe, expect, it } from 'vitest';
import type { Sample } from '../../bench/measure.ts';
import { MODES, PLUGIN_PREFIX, SWITCH_RULE } from '../../bench/modes.ts';
import { ratios, type SizeResult } from '../../bench/report.ts';

const mode = (id: string) => MODES.find((m) => m.id === id) as Sample['mode'];

function sample(id: string, ruleMs: Record<string, number>, wallMs = 1000): Sample {
  return { mode: mode(id), wallMs, cpuMs: wallMs, files: 10, ruleMs, parseMs: 100, lintMs: 500, problems: {} };
}

function result(
  switchRuns: readonly number[],
  pluginRuns: readonly (readonly [number, number])[],
  wallMs: Partial<Record<'a' | 'd' | 'e' | 'f' | 'g', readonly number[]>> = {},
): SizeResult {
  const b = switchRuns.map((ms) => sample('b', { [SWITCH_RULE]: ms }));
  const c = pluginRuns.map(([one, two]) => sample('c', { [`${PLUGIN_PREFIX}one`]: one, [`${PLUGIN_PREFIX}two`]: two, other: 999 }));
  const plain = (id: 'a' | 'd' | 'e' | 'f' | 'g') => switchRuns.map((_, i) => sample(id, {}, wallMs[id]?.[i] ?? 1000));
  return {
    files: 10,
    codeFiles: 2,
    lines: 100,
    runs: switchRuns.length,
    samples: { a: plain('a'), b, c, d: plain('d'), e: plain('e'), f: plain('f'), g: plain('g') },
  } as SizeResult;
}

describe('rule time against switch-exhaustiveness-check', () => {
  it('is the ratio of the medians, with the spread of the per-run ratios, run i against run i', () => {
    // Per run: (40+10)/100 = 0.5, (30+30)/200 = 0.3, (70+20)/50 = 1.8; medians 60 / 100.
    const r = ratios(result([100, 200, 50], [[40, 10], [30, 30], [70, 20]]));
    expect(r.ruleVsSwitch).toBeCloseTo(0.6);
    expect(r.ruleVsSwitchRange[0]).toBeCloseTo(0.3);
    expect(r.ruleVsSwitchRange[1]).toBeCloseTo(1.8);
  });

  it('counts only the plugin’s rules', () => {
    const r = ratios(result([100], [[20, 5]]));
    expect(r.ruleVsSwitch).toBeCloseTo(0.25);
    expect(r.ruleVsSwitchRange).toEqual([r.ruleVsSwitch, r.ruleVsSwitch]);
  });
});

describe('what ESLint charges for any rule', () => {
  it('is one no-op rule over no rules, typed (f)/(a) and untyped (g)/(d), on median wall times', () => {
    const r = ratios(result([100, 100, 100], [[1, 1], [1, 1], [1, 1]], { a: [1000, 3000, 2000], f: [2100, 2300, 9000], d: [500, 400, 600], g: [520, 560, 440] }));
    expect(r.typedNoopCost).toBeCloseTo(2300 / 2000 - 1);
    expect(r.untypedNoopCost).toBeCloseTo(520 / 500 - 1);
  });
});
