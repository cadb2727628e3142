/**
 * catalog/twilio.yaml against ../shared/reference/twilio-error-codes.json:
 * every code of Twilio's dictionary is in the catalog with its title, the seed
 * entries keep their classification, and no dictionary code is classified
 * beyond what the dictionary says (it says nothing about permanence or retry).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadCatalogFile } from '../../catalog/load.ts';
import type { CatalogEntry } from '../../catalog/schema.ts';
import { ROOT } from '../codegen/run-cli.ts';
import { sharedFolder } from '../shared-folder.ts';

const shared = sharedFolder();

interface DictionaryEntry {
  code: number;
  message: string;
  product: string | null;
  log_type: 'APPLICATION' | 'TWILIO' | 'CARRIER' | null;
  log_level: 'ERROR' | 'WARNING';
}

function twilio() {
  const result = loadCatalogFile(join(ROOT, 'catalog', 'twilio.yaml'));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.families[0]!.data;
}

/** The 16 seed entries as the seeds classify them; the dictionary must not change them. */
const SEEDS: Record<number, [name: string, group: string, permanence: string, retry: string]> = {
  11200: ['HttpRetrievalFailure', 'webhooks', 'transient', 'safe'],
  21211: ['InvalidToNumber', 'messaging-api', 'permanent', 'after-fix'],
  21266: ['SameToAndFrom', 'messaging-api', 'permanent', 'after-fix'],
  21408: ['RegionNotEnabled', 'messaging-api', 'permanent', 'after-fix'],
  21606: ['FromNumberNotSmsCapable', 'messaging-api', 'permanent', 'after-fix'],
  21610: ['Unsubscribed', 'messaging-api', 'permanent', 'never'],
  21612: ['ToNumberNotReachable', 'messaging-api', 'unknown', 'after-fix'],
  21614: ['NotMobileNumber', 'messaging-api', 'permanent', 'never'],
  30003: ['UnreachableHandset', 'messaging-delivery', 'transient', 'safe'],
  30005: ['UnknownDestination', 'messaging-delivery', 'permanent', 'never'],
  30006: ['Landline', 'messaging-delivery', 'permanent', 'never'],
  30007: ['CarrierViolation', 'messaging-delivery', 'permanent', 'after-fix'],
  30008: ['UnknownError', 'messaging-delivery', 'unknown', 'after-fix'],
  30011: ['MmsNotSupported', 'messaging-delivery', 'permanent', 'after-fix'],
  30032: ['TollFreeNotVerified', 'messaging-delivery', 'permanent', 'after-fix'],
  30410: ['ProviderTimeout', 'messaging-delivery', 'transient', 'safe'],
};

const isSeed = (e: CatalogEntry) => e.sources.some((s) => s.doc.startsWith('seeds/'));

describe.skipIf(!shared)('catalog/twilio.yaml and the Twilio dictionary', () => {
  const dictionary = (JSON.parse(readFileSync(join(shared ?? '', 'reference', 'twilio-error-codes.json'), 'utf8')) as { entries: DictionaryEntry[] }).entries;
  const family = twilio();
  const byCode = new Map(family.entries.map((e) => [e.code as number, e]));
  const fromDictionary = family.entries.filter((e) => !isSeed(e));

  it('has one entry per dictionary code, and no other', () => {
    expect(family.entries).toHaveLength(dictionary.length);
    expect(family.entries.map((e) => e.code).sort()).toEqual(dictionary.map((d) => d.code).sort());
  });

  it('keeps the 16 seed entries, their names, groups and classification', () => {
    const seeds = family.entries.filter(isSeed);
    expect(seeds.map((e) => e.code).sort()).toEqual(Object.keys(SEEDS).map(Number).sort());
    for (const e of seeds) {
      expect([e.name, e.group, e.permanence, e.retry], String(e.code)).toEqual(SEEDS[e.code as number]);
    }
  });

  it("carries Twilio's title verbatim on every dictionary entry, and a summary of its own", () => {
    const bad: string[] = [];
    for (const d of dictionary) {
      const e = byCode.get(d.code)!;
      if (isSeed(e)) continue;
      if (e.title !== d.message) bad.push(`${d.code}: title ${JSON.stringify(e.title)}`);
      if (e.summary === d.message || e.summary.includes(d.message)) bad.push(`${d.code}: the summary repeats the title`);
      const level = d.log_level === 'WARNING' ? 'warning' : 'error';
      if (!e.summary.includes(level)) bad.push(`${d.code}: the summary does not say it is ${level === 'warning' ? 'a warning' : 'an error'}`);
    }
    expect(bad).toEqual([]);
  });

  it('classifies no dictionary code beyond what the dictionary says: errors unknown/after-fix, warnings no failure', () => {
    const bad: string[] = [];
    for (const d of dictionary) {
      const e = byCode.get(d.code)!;
      if (isSeed(e)) continue;
      const got = [e.outcome, e.permanence, e.retry, e.basis].join(' ');
      const want = d.log_level === 'WARNING' ? 'unknown   inferred' : 'failed unknown after-fix inferred';
      if (got !== want) bad.push(`${d.code} (${d.log_level}): ${got}`);
    }
    expect(bad).toEqual([]);
    expect(fromDictionary.length).toBe(dictionary.length - Object.keys(SEEDS).length);
  });

  it("keeps the permanent set to the seeds' permanent codes", () => {
    const permanent = family.entries.filter((e) => e.outcome === 'failed' && e.permanence === 'permanent').map((e) => e.code);
    expect(permanent).toEqual([21211, 21266, 21408, 21606, 21610, 21614, 30005, 30006, 30007, 30011, 30032]);
  });

  it('groups by product, keeping the seed groups for 11xxx, messaging 21xxx and 30xxx', () => {
    const bad: string[] = [];
    for (const d of dictionary) {
      const e = byCode.get(d.code)!;
      const c = d.code;
      let want: string | undefined;
      if (c >= 11000 && c < 12000) want = 'webhooks';
      else if (c >= 30100 && c < 30200) want = 'link-shortening';
      else if ((c >= 30440 && c < 30450) || (c >= 30880 && c < 30900)) want = 'messaging-registration';
      else if (c >= 30000 && c < 31000) want = 'messaging-delivery';
      else if (c >= 21000 && c < 22000 && (d.product === 'Programmable SMS' || d.product === 'Programmable Messaging')) want = 'messaging-api';
      else if (d.product === 'Programmable Voice') want = 'voice';
      else if (d.product === 'Verify') want = 'verify';
      else if (d.product === 'Programmable Video') want = 'video';
      if (want !== undefined && e.group !== want) bad.push(`${c} (${d.product}): ${e.group}, expected ${want}`);
    }
    expect(bad).toEqual([]);
    const seedGroups = family.groups?.slice(0, 3).map((g) => [g.id, g.description]);
    expect(seedGroups).toEqual([
      ['webhooks', '11xxx errors Twilio records when a call to one of your URLs or webhooks fails.'],
      ['messaging-api', '21xxx errors returned when the send request is made, before a message is queued.'],
      ['messaging-delivery', '30xxx errors reported in status callbacks after the message was handed on for delivery.'],
    ]);
  });

  it('spot checks: 30034 is a delivery error of unknown permanence, 63016 points to WhatsApp, 21221 is a warning', () => {
    expect(byCode.get(30034)).toMatchObject({ group: 'messaging-delivery', outcome: 'failed', permanence: 'unknown', retry: 'after-fix' });
    expect(byCode.get(63016)).toMatchObject({ group: 'messaging-channels', action: 'use-template' });
    expect(byCode.get(63016)?.sources.map((s) => s.doc)).toContain('reference/whatsapp-cloud-api-error-codes.json');
    expect(byCode.get(21221)).toMatchObject({ group: 'voice', outcome: 'unknown', basis: 'inferred' });
    expect(byCode.get(21221)?.permanence).toBeUndefined();
  });
});
