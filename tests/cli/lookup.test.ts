/** The CLI's lookups and text helpers, in process: every catalog entry is found, suggestions rank sensibly, colours obey the stream. */
import { describe, expect, it } from 'vitest';
import { FAMILIES, findCode } from '../../src/codes/index.ts';
import {
  allEntries,
  checkFilters,
  closestMatches,
  codeForms,
  editDistance,
  FilterError,
  listEntries,
  lookupCode,
} from '../../src/cli/lookup.ts';
import { table } from '../../src/cli/render.ts';
import { colourEnabled, stylesFor } from '../../src/cli/style.ts';

describe('lookupCode', () => {
  it('finds every catalog entry from its code as typed on a command line', () => {
    for (const item of allEntries()) {
      const found = lookupCode(String(item.entry.code));
      expect(found.map((hit) => hit.entry), `${item.familyId} ${item.entry.code}`).toContain(item.entry);
      expect(found.every((hit) => String(hit.entry.code) === String(item.entry.code))).toBe(true);
    }
  });

  it('a number is looked up as the number and as text, so families that send codes as text match too', () => {
    expect(codeForms(' 30007 ')).toEqual([30007, '30007']);
    expect(codeForms('5.1.1')).toEqual(['5.1.1']);
    expect(codeForms('Message blocked by STOP')).toEqual(['Message blocked by STOP']);
    const expected = new Set([...findCode(30007), ...findCode('30007')]);
    expect(new Set(lookupCode('30007').map((hit) => hit.entry))).toEqual(expected);
  });

  it('returns entries in catalog order with their family, and applies --family and --channel', () => {
    const all = lookupCode('7004');
    expect(all.length).toBeGreaterThan(1);
    expect(all.every((hit) => hit.familyId === 'webex-connect' && hit.family === FAMILIES['webex-connect'])).toBe(true);
    const order = all.map((hit) => FAMILIES['webex-connect'].entries.indexOf(hit.entry));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(lookupCode('7004', { channel: 'sms' }).map((hit) => hit.entry.channel)).toEqual(['sms']);
    expect(lookupCode('7004', { family: 'smtp' })).toEqual([]);
  });

  it('rejects families and channels the catalog does not have', () => {
    expect(() => checkFilters({ family: 'nope' })).toThrow(FilterError);
    expect(() => checkFilters({ family: 'twilio', channel: 'sms' })).toThrow(/family twilio has no channels/);
    expect(() => checkFilters({ channel: 'fax' })).toThrow(/unknown channel "fax" for any family/);
    expect(() => checkFilters({ family: 'webex-connect', channel: 'sms' })).not.toThrow();
  });
});

describe('listEntries', () => {
  it('filters by classification', () => {
    const permanent = listEntries({ permanent: true });
    expect(permanent.length).toBeGreaterThan(0);
    expect(permanent.every(({ entry }) => entry.outcome === 'failed' && entry.permanence === 'permanent')).toBe(true);
    const nonRetryable = listEntries({ nonRetryable: true, family: 'smtp' });
    expect(nonRetryable.map(({ entry }) => entry)).toEqual(
      FAMILIES.smtp.entries.filter((entry) => entry.outcome === 'failed' && (entry.retry === 'never' || entry.retry === 'after-fix')),
    );
    expect(nonRetryable.map(({ entry }) => entry.code)).toContain(552);
    expect(nonRetryable.map(({ entry }) => entry.code)).not.toContain(421);
  });
});

describe('closestMatches', () => {
  it('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('30070', '30007')).toBe(1);
    expect(editDistance('30070', '30032')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('ranks by edit distance, swapped characters first, then numeric closeness', () => {
    expect(findCode(30070)).toEqual([]);
    const suggestions = closestMatches('30070');
    // 30030, 30020, 30010 are one edit away too, and closer in value: the swap still wins.
    expect(suggestions[0]).toMatchObject({ familyId: 'twilio', code: 30007, distance: 1 });
    expect(suggestions.length).toBeLessThanOrEqual(5);
    const distances = suggestions.map((s) => s.distance);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    // At equal distance (and no swap), the numerically closer comes first.
    for (const distance of new Set(distances)) {
      const codes = suggestions.filter((s) => s.distance === distance && s.code !== 30007).map((s) => s.code as number);
      expect(codes).toEqual([...codes].sort((a, b) => Math.abs(a - 30070) - Math.abs(b - 30070)));
    }
  });

  it('groups the channels of one code, ignores case, and knows entries by name', () => {
    const webex = closestMatches('7040', { family: 'webex-connect' });
    const seven004 = webex.find((s) => s.code === 7004);
    expect(seven004?.entries.length).toBe(findCode(7004).length);
    expect(closestMatches('rejectd')[0]).toMatchObject({ familyId: 'collect-ai', code: 'REJECTD', distance: 0 });
    expect(closestMatches('carrierviolation')[0]).toMatchObject({ familyId: 'twilio', code: 30007 });
    expect(closestMatches('zzzzzzzzzzzz')).toEqual([]);
  });
});

describe('text helpers', () => {
  it('table pads columns and trims line ends', () => {
    expect(table([['a', 'bb', ''], ['ccc', 'd', 'e']])).toEqual(['a    bb', 'ccc  d   e']);
  });

  it('colours only a terminal, and never with NO_COLOR set (even empty)', () => {
    expect(colourEnabled({ isTTY: true }, {})).toBe(true);
    expect(colourEnabled({ isTTY: false }, {})).toBe(false);
    expect(colourEnabled({}, {})).toBe(false);
    expect(colourEnabled({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colourEnabled({ isTTY: true }, { NO_COLOR: '' })).toBe(false);
    expect(stylesFor({ isTTY: true }, {}).red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(stylesFor({ isTTY: false }, {}).red('x')).toBe('x');
  });
});
