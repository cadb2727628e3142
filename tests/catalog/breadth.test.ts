/**
 * Catalog breadth (issue 8): the provider families beyond the seeds, how their
 * generated modules load, the README's families table, and how untyped family
 * inference copes with codes that several families share or that look like
 * plain HTTP statuses, with every family loaded. Nothing here needs ../shared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadCatalogDir, type LoadedFamily } from '../../catalog/load.ts';
import { camelCase, familyNames } from '../../codegen/generate.ts';
import {
  FAMILIES_END,
  FAMILIES_START,
  familiesBlock,
  familiesTable,
  readmeBlock,
  withFamiliesBlock,
} from '../../codegen/readme-table.ts';
import { FAMILIES } from '../../src/generated/index.ts';
import plugin from '../../src/index.ts';
import { ROOT } from '../codegen/run-cli.ts';

function loadBundled(): LoadedFamily[] {
  const result = loadCatalogDir(join(ROOT, 'catalog'));
  if (!result.ok) throw new Error(`the bundled catalog has problems:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.families;
}

const families = loadBundled();
const byId = new Map(families.map((f) => [f.data.family, f.data]));

/** The reference file every entry of a family added from ../shared/reference cites. */
const REFERENCE_OF: Record<string, string> = {
  twilio: 'reference/twilio-error-codes.json',
  smtp: 'reference/smtp-reply-codes.json',
  'smtp-enhanced': 'reference/smtp-enhanced-status-codes.json',
  ses: 'reference/ses-bounce-types.json',
  sendgrid: 'reference/sendgrid-bounce-classifications.json',
  postmark: 'reference/postmark-bounce-types.json',
  vonage: 'reference/vonage-sms-dlr-codes.json',
  whatsapp: 'reference/whatsapp-cloud-api-error-codes.json',
  fcm: 'reference/push-error-codes.json',
  apns: 'reference/push-error-codes.json',
};

describe('the families of issue 8', () => {
  it('are all in the catalog, next to the seed families', () => {
    expect([...byId.keys()].sort()).toEqual(
      [
        'apns',
        'collect-ai',
        'connection-card-pro',
        'fcm',
        'postmark',
        'salesmsg',
        'sendgrid',
        'ses',
        'smtp',
        'smtp-enhanced',
        'twilio',
        'vonage',
        'webex-connect',
        'whatsapp',
      ].sort(),
    );
  });

  it('cite their reference file on every entry', () => {
    const bad: string[] = [];
    for (const [family, doc] of Object.entries(REFERENCE_OF)) {
      for (const entry of byId.get(family)?.entries ?? []) {
        if (entry.sources.length === 0) bad.push(`${family} ${JSON.stringify(entry.code)}: no source`);
        else if (!entry.sources.some((s) => s.doc === doc)) bad.push(`${family} ${JSON.stringify(entry.code)}: does not cite ${doc}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('generate identifiers no two families share', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const { data } of families) {
      for (const name of new Set(Object.values(familyNames(data)))) {
        const first = seen.get(name);
        if (first !== undefined) clashes.push(`${name}: ${first} and ${data.family}`);
        else seen.set(name, data.family);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('have name hints that belong to one family each and are no everyday words', () => {
    // A hint alone makes a branch set that family's (an if-chain of ranges on `meta.status` would
    // otherwise be read as WhatsApp): hints must be provider words, never generic ones.
    const generic = new Set(['status', 'code', 'codes', 'error', 'err', 'type', 'reason', 'result', 'meta', 'data', 'message', 'id', 'push', 'event']);
    const owner = new Map<string, string>();
    const bad: string[] = [];
    for (const { data } of families) {
      for (const hint of data.nameHints ?? []) {
        if (generic.has(hint)) bad.push(`${data.family}: "${hint}" is an everyday word`);
        const first = owner.get(hint);
        if (first !== undefined) bad.push(`"${hint}" hints both ${first} and ${data.family}`);
        else owner.set(hint, data.family);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('per-family modules (eslint-plugin-delivery-codes/codes/<family>)', () => {
  const generatedDir = join(ROOT, 'src', 'generated');
  const familyFiles = readdirSync(generatedDir).filter((name) => name.endsWith('.ts') && name !== 'index.ts');

  it('one per family, and the index lists every family', () => {
    expect(familyFiles.map((name) => name.replace(/\.ts$/, '')).sort()).toEqual([...byId.keys()].sort());
    expect(Object.keys(FAMILIES).sort()).toEqual([...byId.keys()].sort());
  });

  it('import nothing but types, so each one loads alone', () => {
    const bad: string[] = [];
    for (const name of familyFiles) {
      const text = readFileSync(join(generatedDir, name), 'utf8');
      for (const line of text.split('\n')) {
        if (/^\s*import\s/.test(line) && !/^import type /.test(line)) bad.push(`${name}: ${line}`);
        if (/^\s*export\s.*\sfrom\s+['"]/.test(line)) bad.push(`${name}: ${line}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it.each(families.map((f) => [f.data.family, f.data.entries.length] as const))(
    'src/generated/%s.ts loads by itself with all %i entries',
    async (family, count) => {
      const module = (await import(`../../src/generated/${family}.ts`)) as Record<string, unknown>;
      const data = module[`${camelCase(family)}Family`] as { id: string; entries: unknown[] };
      expect(data.id).toBe(family);
      expect(data.entries).toHaveLength(count);
    },
  );
});

describe('the README families table', () => {
  it('is the block README.md holds between the families markers', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const found = readmeBlock(readme);
    if (!found.ok) {
      expect.fail(`${found.reason}. Run \`npx tsx codegen/readme-table.ts --write\` once they are there; the block is:\n${familiesBlock(families)}`);
    }
    expect(found.block, 'README.md is out of date: run `npx tsx codegen/readme-table.ts --write`').toBe(familiesBlock(families));
  });

  it('has one row per family with the counts of the catalog, and a total', () => {
    const rows = familiesTable(families)
      .split('\n')
      .slice(2)
      .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
    const total = rows.pop();
    expect(rows.map((row) => row[0])).toEqual([...byId.keys()].sort().map((id) => `\`${id}\``));
    for (const row of rows) {
      const data = byId.get(row[0]!.slice(1, -1))!;
      const permanent = data.entries.filter((e) => e.outcome === 'failed' && e.permanence === 'permanent').length;
      const documented = data.entries.filter((e) => e.basis === 'documented').length;
      expect(row.slice(3).map(Number), data.family).toEqual([data.entries.length, permanent, documented, data.entries.length - documented]);
    }
    expect(Number(total?.[3])).toBe(families.reduce((n, f) => n + f.data.entries.length, 0));
  });

  it('is found between its markers, replaced in place, and missing markers are named', () => {
    const block = `${FAMILIES_START}\n| new |\n${FAMILIES_END}`;
    const readme = `# Title\n\n${FAMILIES_START}\n| old |\n${FAMILIES_END}\n\nMore.\n`;
    expect(readmeBlock(readme)).toEqual({ ok: true, block: `${FAMILIES_START}\n| old |\n${FAMILIES_END}` });
    expect(withFamiliesBlock(readme, block)).toBe(`# Title\n\n${block}\n\nMore.\n`);
    expect(readmeBlock('# Title\n')).toEqual({ ok: false, reason: expect.stringContaining(FAMILIES_START) });
    expect(readmeBlock(`${FAMILIES_START}\n`)).toEqual({ ok: false, reason: expect.stringContaining(FAMILIES_END) });
    expect(() => withFamiliesBlock('# Title\n', block)).toThrow(/families:start/);
  });
});

/** handle-permanent-failures over `code` in a .ts file, parsed without type information, with every family loaded. */
function reports(code: string): { message: string }[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser },
        plugins: { 'delivery-codes': plugin as never },
        rules: { 'delivery-codes/handle-permanent-failures': 'error' },
      },
    ],
    'file.ts',
  );
  const fatal = messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(fatal.map((m) => m.message).join('\n'));
  return messages.filter((m) => m.ruleId === 'delivery-codes/handle-permanent-failures');
}

const DECLARE = 'declare const x: number, res: { status: number }, err: { code: number }; declare function f(): void;\n';

describe('untyped family inference with every family loaded', () => {
  it('all families are in the index the rules use', () => {
    expect(Object.keys(FAMILIES)).toHaveLength(families.length);
  });

  describe('overlaps give no report', () => {
    it.each([
      ['small numbers that Vonage and WhatsApp both know', 'switch (x) { case 1: case 2: case 3: f(); break; }'],
      ['small numbers in an if-chain', 'if (x === 1) f(); else if (x === 2) f(); else if (x === 3) f();'],
      ['every code Vonage and WhatsApp share', 'switch (x) { case 0: case 1: case 2: case 3: case 4: case 10: f(); break; }'],
      ['one small number alone', 'switch (x) { case 3: f(); break; default: f(); }'],
      ['HTTP statuses 200, 404, 500', 'switch (res.status) { case 200: f(); break; case 404: f(); break; case 500: f(); break; }'],
      ['an SMTP reply next to an HTTP success', 'switch (err.code) { case 550: f(); break; case 200: f(); break; }'],
      ['HTTP 400, 403, 404: Twilio knows them, but none is a permanent failure', 'switch (res.status) { case 400: case 403: case 404: f(); break; }'],
      ['HTTP 400 and 500: no family knows both', 'switch (res.status) { case 400: f(); break; case 500: f(); break; }'],
      ['APNs statuses are not APNs codes', 'switch (res.status) { case 200: f(); break; case 410: f(); break; case 429: f(); break; }'],
      ['the WhatsApp permission range is no code', 'switch (err.code) { case 200: case 299: f(); break; }'],
    ])('%s', (_, code) => {
      expect(reports(DECLARE + code)).toEqual([]);
    });
  });

  describe('new families are picked up from the data, with no rule change', () => {
    it.each([
      ['Vonage SMS, by a dlr name hint', 'declare const dlr: { errCode: number };\nswitch (dlr.errCode) { case 2: case 7: f(); break; }', /^Vonage SMS permanent failures .*3 AbsentSubscriberPermanent, 4 CallBarredByUser/],
      [
        'Amazon SES, from bounceType/bounceSubType codes',
        "declare const sesBounce: string;\nswitch (sesBounce) { case 'Transient/General': case 'Transient/MailboxFull': f(); break; }",
        /^Amazon SES permanent failures .*Permanent\/General PermanentGeneral/,
      ],
      [
        'Firebase Cloud Messaging, by an fcm name hint',
        "declare const fcmError: string;\nswitch (fcmError) { case 'UNAVAILABLE': case 'INTERNAL': f(); break; }",
        /^Firebase Cloud Messaging permanent failures .*UNREGISTERED Unregistered/,
      ],
      [
        'APNs reasons, by an apns name hint, each named once (the code is its own name)',
        "declare const apnsReason: string;\nswitch (apnsReason) { case 'IdleTimeout': case 'BadTopic': f(); break; }",
        /^Apple Push Notification service permanent failures [^:]*: BadCollapseId, BadDeviceToken, BadExpirationDate, /,
      ],
      [
        'SMTP enhanced status codes',
        "declare const dsn: string;\nswitch (dsn) { case '4.4.1': f(); break; case '5.1.1': f(); break; }",
        /^SMTP enhanced status permanent failures .*5\.0\.0 PermanentOtherUndefinedStatus/,
      ],
      [
        'WhatsApp Cloud API codes of one category',
        'switch (err.code) { case 131047: f(); break; case 131026: f(); break; }',
        /^WhatsApp Cloud API permanent failures .*131005 AccessDenied/,
      ],
    ])('%s', (_, code, message) => {
      const found = reports(DECLARE + code);
      expect(found).toHaveLength(1);
      expect(found[0]?.message).toMatch(message);
    });

    it("Twilio's delivery scope is still the seeds' permanent 30xxx codes: no dictionary code was made permanent", () => {
      const found = reports(`${DECLARE}declare const errorCode: number;\nswitch (errorCode) { case 30003: f(); break; case 30005: f(); break; }`);
      expect(found.map((m) => m.message)).toEqual([
        'Twilio permanent failures reach no branch of their own and no default that ends the message: 30006 Landline, 30007 CarrierViolation, 30011 MmsNotSupported, 30032 TollFreeNotVerified.',
      ]);
    });
  });

  // Values every family could share with everyday code (src/analysis/overlaps.ts) need a family name hint.
  describe('values that mean something else elsewhere need a family name hint', () => {
    it('HTTP 502/503/504 are not read as SMTP session replies', () => {
      expect(reports(`${DECLARE}switch (res.status) { case 502: case 503: case 504: f(); break; }`)).toEqual([]);
    });

    it('two small numbers only Vonage knows are not read as Vonage DLR codes', () => {
      expect(reports(`${DECLARE}switch (x) { case 5: f(); break; case 6: f(); break; }`)).toEqual([]);
    });

    it('gRPC status names UNAVAILABLE and INTERNAL are not read as FCM codes', () => {
      expect(reports(`declare const status: { code: string }; declare function f(): void;\nswitch (status.code) { case 'UNAVAILABLE': case 'INTERNAL': f(); break; }`)).toEqual([]);
    });

    it('plain words that are SendGrid events are not read as SendGrid codes', () => {
      expect(reports(`declare const ui: { action: string }; declare function f(): void;\nswitch (ui.action) { case 'open': f(); break; case 'click': f(); break; case 'dropped': f(); break; }`)).toEqual([]);
    });

    it('a slip of one character (30070 for 30007) does not make a Twilio switch something else', () => {
      const code = `${DECLARE}declare const errorCode: string;\nswitch (errorCode) { case '30003': f(); break; case '30005': case '30070': f(); break; }`;
      expect(reports(code).map((m) => m.message)).toEqual([expect.stringMatching(/^Twilio permanent failures .*30006 Landline, 30007 CarrierViolation/)]);
    });

    it('an everyday value next to one provider code still says "something else" (HTTP 200 is not a slip of SMTP 250)', () => {
      expect(reports(`${DECLARE}switch (err.code) { case 550: f(); break; case 200: f(); break; case 551: f(); break; }`)).toEqual([]);
    });

    it('the same values with a family name hint are that family', () => {
      const found = reports(`${DECLARE}declare const smtpReply: number;\nswitch (smtpReply) { case 421: case 451: f(); break; }`);
      expect(found.map((m) => m.message)).toEqual([expect.stringMatching(/^SMTP permanent failures .*550 MailboxUnavailable/)]);
    });
  });
});
