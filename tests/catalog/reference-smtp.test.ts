/**
 * catalog/smtp.yaml against ../shared/reference/smtp-reply-codes.json, and
 * catalog/smtp-enhanced.yaml against smtp-enhanced-status-codes.json: every
 * reply code and every registered detail code is there, and the class digit
 * carries the classification (4 transient, 5 permanent).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadCatalogFile } from '../../catalog/load.ts';
import type { CatalogFamily } from '../../catalog/schema.ts';
import { ROOT } from '../codegen/run-cli.ts';
import { sharedFolder } from '../shared-folder.ts';

const shared = sharedFolder();

function load(name: string): CatalogFamily {
  const result = loadCatalogFile(join(ROOT, 'catalog', `${name}.yaml`));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.families[0]!.data;
}

function reference<T>(file: string): T {
  return JSON.parse(readFileSync(join(shared ?? '', 'reference', file), 'utf8')) as T;
}

interface ReplyCode {
  code: number;
  class: string;
  rfc_text: string;
}

interface DetailCode {
  code: string;
  title: string | null;
  usage: 'permanent' | 'transient' | 'either' | null;
  associated_basic_codes: string[];
}

const SEED_CLASSIFICATION: Record<number, [permanence: string, retry: string]> = {
  421: ['transient', 'provider-retries'],
  451: ['transient', 'provider-retries'],
  551: ['permanent', 'never'],
  552: ['permanent', 'after-fix'],
  553: ['permanent', 'never'],
  554: ['permanent', 'never'],
};

describe.skipIf(!shared)('catalog/smtp.yaml and the RFC 5321 reply codes', () => {
  const replies = reference<{ entries: ReplyCode[] }>('smtp-reply-codes.json').entries;
  const smtp = load('smtp');
  const byCode = new Map(smtp.entries.map((e) => [e.code as number, e]));

  it('has every basic reply code of the reference, and no other', () => {
    expect(smtp.entries.map((e) => e.code)).toEqual(replies.map((r) => r.code));
  });

  it('classifies by class: 2xx accepted, 3xx pending, 4xx transient, 5xx permanent and not to be resent unchanged', () => {
    const bad: string[] = [];
    for (const r of replies) {
      const e = byCode.get(r.code)!;
      const seed = SEED_CLASSIFICATION[r.code];
      if (seed) {
        if (e.permanence !== seed[0] || e.retry !== seed[1]) bad.push(`${r.code}: seed classification changed`);
        continue;
      }
      const want = { '2': 'accepted', '3': 'pending', '4': 'failed transient', '5': 'failed permanent' }[r.class[0]!];
      const got = [e.outcome, e.permanence].filter(Boolean).join(' ');
      if (got !== want) bad.push(`${r.code} (${r.class}): ${got}`);
      if (r.class.startsWith('5') && e.retry !== 'after-fix') bad.push(`${r.code}: retry ${e.retry}`);
      if (r.class.startsWith('4') && e.retry !== 'safe' && r.code !== 432) bad.push(`${r.code}: retry ${e.retry}`);
      if (e.basis !== 'documented') bad.push(`${r.code}: ${e.basis}`);
    }
    expect(bad).toEqual([]);
  });

  it("carries the RFC's reply text as the title of every added code", () => {
    for (const r of replies) {
      if (SEED_CLASSIFICATION[r.code] || r.code === 334) continue;
      expect(byCode.get(r.code)?.title, String(r.code)).toBe(r.rfc_text);
    }
  });

  it('cites the reference on the seed entries too, and records on 552 every source that disagrees', () => {
    for (const code of Object.keys(SEED_CLASSIFICATION).map(Number)) {
      expect(byCode.get(code)?.sources.map((s) => s.section)).toContain(`entries / code ${code}`);
    }
    const against = byCode.get(552)?.conflicts?.map((c) => `${c.source.doc} ${c.source.section}`);
    expect(against).toEqual([
      'RFC 5321 4.5.3.1.10',
      'reference/smtp-enhanced-status-codes.json entries / code X.2.2',
      'reference/ses-bounce-types.json bounce_types / Transient MailboxFull',
      'reference/postmark-bounce-types.json entries / SoftBounce',
    ]);
  });
});

describe.skipIf(!shared)('catalog/smtp-enhanced.yaml and the IANA enhanced status codes', () => {
  const registry = reference<{ entries: DetailCode[] }>('smtp-enhanced-status-codes.json').entries;
  const enhanced = load('smtp-enhanced');
  const byCode = new Map(enhanced.entries.map((e) => [e.code as string, e]));

  /** The class digits a detail code gets, as the file header states the rule. */
  function classesOf(d: DetailCode): string[] {
    const out = new Set<string>();
    if (d.usage === 'permanent') out.add('5');
    if (d.usage === 'transient') out.add('4');
    if (d.usage === 'either') ['4', '5'].forEach((c) => out.add(c));
    for (const basic of d.associated_basic_codes) {
      if (basic === 'any') ['2', '4', '5'].forEach((c) => out.add(c));
      else if ('245'.includes(basic[0]!)) out.add(basic[0]!);
    }
    if (!out.has('4') && !out.has('5') && d.usage === null && (d.associated_basic_codes.length === 0 || d.associated_basic_codes.join() === 'any')) {
      ['4', '5'].forEach((c) => out.add(c));
    }
    return [...out].sort();
  }

  it('has every registered detail code, in exactly the classes the rule gives', () => {
    const expected = registry.flatMap((d) => classesOf(d).map((c) => `${c}${d.code.slice(1)}`)).sort();
    expect(enhanced.entries.map((e) => e.code as string).sort()).toEqual(expected);
    const details = new Set(enhanced.entries.map((e) => `X${(e.code as string).slice(1)}`));
    expect(details.size).toBe(registry.length);
  });

  it('lets the class digit carry the classification: 2 accepted, 4 transient, 5 permanent', () => {
    const bad: string[] = [];
    for (const e of enhanced.entries) {
      const code = e.code as string;
      const got = [e.outcome, e.permanence, code.startsWith('5') ? e.retry : undefined].filter(Boolean).join(' ');
      const want = { '2': 'accepted', '4': 'failed transient', '5': 'failed permanent after-fix' }[code[0]!];
      if (got !== want) bad.push(`${code}: ${got}`);
      if (code.startsWith('4') && e.retry !== 'safe' && code !== '4.7.12') bad.push(`${code}: retry ${e.retry}`);
    }
    expect(bad).toEqual([]);
  });

  it('carries the registry title, and records a conflict wherever the usage hint names the other class', () => {
    const bad: string[] = [];
    for (const d of registry) {
      for (const cls of classesOf(d)) {
        const e = byCode.get(`${cls}${d.code.slice(1)}`)!;
        if ((e.title ?? null) !== d.title) bad.push(`${e.code}: title ${JSON.stringify(e.title)}`);
        const against = (d.usage === 'permanent' && cls === '4') || (d.usage === 'transient' && cls === '5');
        const recorded = (e.conflicts ?? []).some((c) => c.source.section === `entries / code ${d.code}`);
        if (against !== recorded) bad.push(`${e.code}: usage ${d.usage}, conflict ${recorded ? '' : 'not '}recorded`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('spot checks: 5.1.1 permanent, 4.7.1 and 4.2.2 transient, 5.2.2 permanent with the mailbox-full disagreement, 2.0.0 a success', () => {
    expect(byCode.get('5.1.1')).toMatchObject({ permanence: 'permanent', action: 'suppress-recipient' });
    expect(byCode.get('4.7.1')).toMatchObject({ permanence: 'transient', retry: 'safe' });
    expect(byCode.get('4.2.2')).toMatchObject({ permanence: 'transient', retry: 'safe' });
    expect(byCode.get('5.2.2')?.conflicts?.map((c) => c.source.doc)).toEqual([
      'reference/smtp-enhanced-status-codes.json',
      'reference/ses-bounce-types.json',
    ]);
    expect(byCode.get('2.0.0')).toMatchObject({ outcome: 'accepted' });
  });
});
