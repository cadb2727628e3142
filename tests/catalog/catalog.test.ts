/** The bundled catalog (catalog/*.yaml): valid, sourced, ordered, and honest about what is inferred. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadCatalogDir, type LoadedFamily } from '../../catalog/load.ts';
import { ROOT } from '../codegen/run-cli.ts';

function loadBundled(): LoadedFamily[] {
  const result = loadCatalogDir(join(ROOT, 'catalog'));
  if (!result.ok) throw new Error(`the bundled catalog has problems:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.families;
}

const families = loadBundled();
const byId = new Map(families.map((f) => [f.data.family, f.data]));
const label = (family: string, code: string | number, channel?: string) =>
  `${family}${channel ? `/${channel}` : ''} ${JSON.stringify(code)}`;

describe('the bundled catalog', () => {
  it('loads without a single problem', () => {
    expect(loadCatalogDir(join(ROOT, 'catalog')).ok).toBe(true);
  });

  it('has the provider families the seeds describe', () => {
    expect([...byId.keys()]).toEqual(
      expect.arrayContaining(['collect-ai', 'connection-card-pro', 'salesmsg', 'smtp', 'twilio', 'webex-connect']),
    );
  });

  it('gives every entry at least one source, each naming a seed, a reference file or a standard', () => {
    const bad: string[] = [];
    for (const { data } of families) {
      for (const entry of data.entries) {
        const where = label(data.family, entry.code, entry.channel);
        if (entry.sources.length === 0) bad.push(`${where}: no source`);
        for (const source of entry.sources) {
          // `seeds/<file>` or `reference/<file>`; anything else must be a named standard such as `RFC 5321`, not a path.
          const ok = /^(seeds|reference)\/[^/\s]+$/.test(source.doc) || !source.doc.includes('/');
          if (!ok) bad.push(`${where}: source "${source.doc}" is neither seeds/<file>, reference/<file> nor a named standard`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('cites a seed or reference document for every documented entry', () => {
    const bad = families.flatMap(({ data }) =>
      data.entries
        .filter((e) => e.basis === 'documented' && !e.sources.some((s) => /^(seeds|reference)\//.test(s.doc)))
        .map((e) => `${label(data.family, e.code, e.channel)}: documented, but cites no seeds/ or reference/ document`),
    );
    expect(bad).toEqual([]);
  });

  it('keeps numeric codes sorted, channel by channel', () => {
    // House style: catalog files are kept sorted by code. Text-coded families (salesmsg,
    // connection-card-pro, collect-ai) deliberately keep their seed's order, which the
    // generator does not depend on (it sorts by itself), so only numeric families are held to it.
    const unsorted: string[] = [];
    for (const { data } of families.filter((f) => f.data.codeType === 'number')) {
      const last = new Map<string, number>();
      for (const entry of data.entries) {
        const channel = entry.channel ?? '';
        const previous = last.get(channel);
        if (previous !== undefined && Number(entry.code) < previous) {
          unsorted.push(`${label(data.family, entry.code, entry.channel)} comes after ${previous}`);
        }
        last.set(channel, Number(entry.code));
      }
    }
    expect(unsorted).toEqual([]);
  });

  it('marks entries inferred where the seed states no classification, and documented where it does', () => {
    const count = (family: string, basis: 'documented' | 'inferred') =>
      byId.get(family)?.entries.filter((e) => e.basis === basis).length ?? 0;
    // seeds/004 gives persistence, actionability and timing for every collect.AI reason.
    expect(count('collect-ai', 'inferred'), 'collect-ai inferred entries').toBe(0);
    // The other seeds mostly give a description or a remedy only: some classifications must be inferred.
    for (const family of ['twilio', 'salesmsg', 'connection-card-pro', 'webex-connect']) {
      expect(count(family, 'inferred'), `${family} inferred entries`).toBeGreaterThan(0);
    }
    // Statuses that are no failure just restate the provider's own word.
    const restated = families.flatMap(({ data }) =>
      data.entries
        .filter((e) => ['delivered', 'read', 'accepted', 'pending'].includes(e.outcome) && e.basis !== 'documented')
        .map((e) => `${label(data.family, e.code, e.channel)}: status "${e.outcome}" marked ${e.basis}`),
    );
    expect(restated).toEqual([]);
  });
});
