import { isDeepStrictEqual } from 'node:util';
import { Linter } from 'eslint';
import { describe, expect, it, vi } from 'vitest';
import { createRule, withDefaults } from '../../src/utils/create-rule.ts';

const defaults = [{ minLiterals: 2, allow: ['30007'], pattern: 'code' }] as const;

describe('withDefaults', () => {
  it('hands back the defaults themselves when nothing is given, or ESLint passed them', () => {
    expect(withDefaults(defaults, [])).toBe(defaults);
    expect(withDefaults(defaults, defaults)).toBe(defaults);
  });

  it('takes options that already have every default as they are (ESLint 9.15+ merged them)', () => {
    const merged = [{ minLiterals: 3, allow: ['550'], pattern: 'code' }];
    expect(withDefaults(defaults, merged)).toBe(merged);
  });

  it('lays each given option over its default, replacing arrays', () => {
    expect(withDefaults(defaults, [{ allow: ['550'] }])).toEqual([{ minLiterals: 2, allow: ['550'], pattern: 'code' }]);
    expect(withDefaults(defaults, [{ minLiterals: 3, pattern: 'reason' }])).toEqual([{ minLiterals: 3, allow: ['30007'], pattern: 'reason' }]);
    expect(defaults[0].allow).toEqual(['30007']);
  });
});

type Seen = { minLiterals?: number; allow?: readonly string[] };

function probeRule(seen: Seen[], mutate = false) {
  return createRule<[Seen], 'seen'>({
    name: 'probe',
    meta: {
      type: 'problem',
      docs: { description: 'records the options it is given' },
      messages: { seen: 'seen' },
      schema: [
        {
          type: 'object',
          properties: { minLiterals: { type: 'integer' }, allow: { type: 'array', items: { type: 'string' } } },
          additionalProperties: false,
        },
      ],
      defaultOptions: [{ minLiterals: 2, allow: [] }],
    },
    create(context, [options]) {
      seen.push(options);
      if (mutate) (options.allow as string[]).push('30007');
      return {};
    },
  });
}

function lint(rule: ReturnType<typeof probeRule>, ruleConfig: Linter.RuleEntry, files = 2): void {
  const linter = new Linter();
  const config = [{ plugins: { probe: { rules: { probe: rule } } }, rules: { 'probe/probe': ruleConfig } }] as unknown as Linter.Config[];
  for (let i = 0; i < files; i++) {
    const messages = linter.verify('const code = 30007;', config, `file-${i}.js`);
    const fatal = messages.find((message) => message.fatal || message.ruleId === 'probe/probe');
    if (fatal) throw new Error(fatal.message);
  }
}

describe('createRule', () => {
  it('hands each file the defaults without cloning them', () => {
    const seen: Seen[] = [];
    const rule = probeRule(seen);
    // ESLint clones each config's severity array; the defaults are what a per-file clone would copy.
    const clone = vi.spyOn(globalThis, 'structuredClone');
    try {
      lint(rule, 'error');
      expect(clone).toHaveBeenCalled();
      expect(clone.mock.calls.filter(([value]) => isDeepStrictEqual(value, rule.meta.defaultOptions))).toEqual([]);
    } finally {
      clone.mockRestore();
    }
    expect(seen).toEqual([
      { minLiterals: 2, allow: [] },
      { minLiterals: 2, allow: [] },
    ]);
  });

  it('merges the options a config gives over the defaults', () => {
    const seen: Seen[] = [];
    lint(probeRule(seen), ['error', { allow: ['550'] }], 1);
    expect(seen).toEqual([{ minLiterals: 2, allow: ['550'] }]);
  });

  it('keeps the shared defaults from being written to', () => {
    expect(() => lint(probeRule([], true), 'error', 1)).toThrow(/read.only|not extensible|Cannot add property/);
  });
});
