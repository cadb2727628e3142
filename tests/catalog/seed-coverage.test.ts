/**
 * Every code in the seed documents (../shared/seeds/*.txt) has a catalog
 * entry, and every seed or reference file the catalog cites exists. The seeds
 * are plain text copied from provider help pages; each has its own parser
 * below, and each parser must find at least as many codes as the seed is
 * known to hold, so a broken parser cannot pass by finding nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadCatalogDir } from '../../catalog/load.ts';
import { ROOT } from '../codegen/run-cli.ts';
import { sharedFolder } from '../shared-folder.ts';

const shared = sharedFolder();

/** One code a seed lists: the catalog family it belongs to, and its channel when the family has channels. */
interface SeedCode {
  family: string;
  channel?: string;
  code: number | string;
}

const textLines = (text: string) => text.split(/\r?\n/).map((line) => line.trim());

/** seeds/000 (Kaleidoscope): `ERROR - 30007` and `ERROR - 30003 or 30005` headings; 5 digits are Twilio SMS codes, 3 digits SMTP replies. */
function parseSeed000(text: string): SeedCode[] {
  const codes: SeedCode[] = [];
  for (const line of textLines(text)) {
    const heading = /^ERROR - (\d+(?:\s+or\s+\d+)*)$/.exec(line);
    if (!heading) continue;
    for (const digits of heading[1]!.split(/\s+or\s+/)) {
      if (digits.length === 5) codes.push({ family: 'twilio', code: Number(digits) });
      else if (digits.length === 3) codes.push({ family: 'smtp', code: Number(digits) });
      else throw new Error(`seeds/000: unexpected code "${digits}" in "${line}"`);
    }
  }
  return codes;
}

/** seeds/001 (Salesmsg): `|` tables of 5-digit Twilio codes, then Salesmsg's own errors as quoted strings on their own line. */
function parseSeed001(text: string): SeedCode[] {
  const codes: SeedCode[] = [];
  for (const line of textLines(text)) {
    const row = /^(\d{5})\s*\|/.exec(line);
    if (row) codes.push({ family: 'twilio', code: Number(row[1]) });
    const quoted = /^"([^"]+)"$/.exec(line);
    if (quoted) codes.push({ family: 'salesmsg', code: quoted[1]! });
  }
  return codes;
}

/** Channel headings of seeds/002 and the webex-connect channel each table belongs to. */
const SEED_002_CHANNELS: Record<string, string> = {
  'Common Error Codes across Channels': 'common',
  SMS: 'sms',
  Voice: 'voice',
  Push: 'push',
  'In-App Messaging and Live Chat': 'in-app',
  Email: 'email',
  Messenger: 'messenger',
  'Google Business Messages': 'google-business-messages',
  Instagram: 'instagram',
  'Twitter DM (Currently not supported)': 'twitter-dm',
  'Apple Messages for Business': 'apple-messages',
  WeChat: 'wechat',
  WhatsApp: 'whatsapp',
  RCS: 'rcs',
  MMS: 'mms',
};

/** seeds/002 (Webex Connect): a `|` table per channel heading; the US/Canada table extends SMS. */
function parseSeed002(text: string): SeedCode[] {
  const codes: SeedCode[] = [];
  const seen = new Set<string>();
  let channel: string | undefined;
  for (const line of textLines(text)) {
    if (Object.hasOwn(SEED_002_CHANNELS, line)) {
      channel = SEED_002_CHANNELS[line];
      continue;
    }
    if (line.startsWith('In addition to the existing SMS error codes')) {
      channel = 'sms';
      continue;
    }
    const row = /^(\d+)\s*\|/.exec(line);
    if (!row) continue;
    if (channel === undefined) throw new Error(`seeds/002: table row before any channel heading: "${line}"`);
    // Some tables list a code twice (In-App's template variants): one catalog entry covers both.
    const key = `${channel} ${row[1]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    codes.push({ family: 'webex-connect', channel, code: Number(row[1]) });
  }
  return codes;
}

/** Status-column entries of seeds/003 that are no value the provider sends. */
const SEED_003_NOT_CODES = new Set([
  // An icon in the status column that hides one of the error messages; the catalog gives it no entry.
  'A Question Mark symbol',
]);

/** seeds/003 (Connection Card Pro): `Queuing - This …` status lines, then `"Message blocked by STOP" - …` errors. */
function parseSeed003(text: string): SeedCode[] {
  const codes: SeedCode[] = [];
  let section: 'intro' | 'status' | 'errors' = 'intro';
  for (const line of textLines(text)) {
    if (line === 'Status') section = 'status';
    else if (line === 'Error Codes') section = 'errors';
    else if (section === 'status') {
      const status = /^([^"]+?)\s+-\s+\S/.exec(line); // \s: one status has a no-break space before its dash
      if (status && !SEED_003_NOT_CODES.has(status[1]!)) codes.push({ family: 'connection-card-pro', code: status[1]! });
    } else if (section === 'errors') {
      const error = /^"([^"]+)"\s+-\s+\S/.exec(line);
      if (error) codes.push({ family: 'connection-card-pro', code: error[1]! });
    }
  }
  return codes;
}

const SEED_004_CHANNELS: Record<string, string> = { Email: 'email', SMS: 'sms', Both: 'both' };

/**
 * seeds/004 (collect.AI): a table flattened to one cell per paragraph, seven cells a row
 * (persistence, actionable, time, reason code, channel, explanation, action). A reason cell
 * may hold two spellings, `REJECTED / REJECTD`: each is a code of its own.
 */
function parseSeed004(text: string): SeedCode[] {
  const cells = textLines(text).filter((line) => line !== '');
  const codes: SeedCode[] = [];
  for (let i = 0; i < cells.length; i++) {
    if (cells[i] !== 'Permanent' && cells[i] !== 'Temporary') continue;
    const reason = cells[i + 3];
    const channelCell = cells[i + 4];
    if (reason === undefined || !/^[A-Z][A-Z_]*(?: \/ [A-Z][A-Z_]*)*$/.test(reason)) {
      throw new Error(`seeds/004: row at "${cells[i]}" has no UPPER_SNAKE reason code in its fourth cell (found "${reason}")`);
    }
    const channel = channelCell === undefined ? undefined : SEED_004_CHANNELS[channelCell];
    if (channel === undefined) throw new Error(`seeds/004: unknown channel "${channelCell}" for ${reason}`);
    for (const code of reason.split(' / ')) codes.push({ family: 'collect-ai', channel, code });
    i += 6;
  }
  return codes;
}

interface Seed {
  name: string;
  prefix: string;
  parse: (text: string) => SeedCode[];
  /** The fewest codes the parser must find, per `family` or `family/channel`: what the seed holds today. */
  minimum: Record<string, number>;
}

const SEEDS: Seed[] = [
  { name: 'seeds/000 (Kaleidoscope)', prefix: '000', parse: parseSeed000, minimum: { twilio: 5, smtp: 6 } },
  { name: 'seeds/001 (Salesmsg)', prefix: '001', parse: parseSeed001, minimum: { twilio: 15, salesmsg: 6 } },
  {
    name: 'seeds/002 (Webex Connect)',
    prefix: '002',
    parse: parseSeed002,
    minimum: {
      'webex-connect/common': 12,
      'webex-connect/sms': 29,
      'webex-connect/voice': 17,
      'webex-connect/push': 34,
      'webex-connect/in-app': 24,
      'webex-connect/email': 13,
      'webex-connect/messenger': 13,
      'webex-connect/google-business-messages': 21,
      'webex-connect/instagram': 16,
      'webex-connect/twitter-dm': 10,
      'webex-connect/apple-messages': 18,
      'webex-connect/wechat': 50,
      'webex-connect/whatsapp': 17,
      'webex-connect/rcs': 25,
      'webex-connect/mms': 64,
    },
  },
  { name: 'seeds/003 (Connection Card Pro)', prefix: '003', parse: parseSeed003, minimum: { 'connection-card-pro': 11 } },
  { name: 'seeds/004 (collect.AI)', prefix: '004', parse: parseSeed004, minimum: { 'collect-ai/email': 9, 'collect-ai/sms': 6, 'collect-ai/both': 1 } },
];

const groupOf = (c: SeedCode) => (c.channel ? `${c.family}/${c.channel}` : c.family);
const show = (c: SeedCode) => `${groupOf(c)} ${typeof c.code === 'number' ? c.code : JSON.stringify(c.code)}`;

describe.skipIf(!shared)('the seed documents in ../shared/seeds', () => {
  const seedsDir = join(shared ?? '', 'seeds');
  const seedFile = (prefix: string) => {
    const name = readdirSync(seedsDir).find((n) => n.startsWith(`${prefix}_`) && n.endsWith('.txt'));
    if (!name) throw new Error(`no seeds/${prefix}_*.txt in ${seedsDir}`);
    return join(seedsDir, name);
  };

  const loaded = loadCatalogDir(join(ROOT, 'catalog'));
  const keys = new Set<string>();
  const channelled = new Set<string>();
  if (loaded.ok) {
    for (const { data } of loaded.families) {
      if (data.channels) channelled.add(data.family);
      for (const entry of data.entries) keys.add(`${data.family}\u0000${entry.channel ?? ''}\u0000${typeof entry.code}:${entry.code}`);
    }
  }
  const inCatalog = (c: SeedCode) =>
    keys.has(`${c.family}\u0000${channelled.has(c.family) ? (c.channel ?? '') : ''}\u0000${typeof c.code}:${c.code}`);

  it('the bundled catalog loads', () => {
    expect(loaded.ok ? [] : loaded.problems.map(formatProblem)).toEqual([]);
  });

  it('all five seeds are there', () => {
    expect(SEEDS.map((s) => seedFile(s.prefix)).length).toBe(5);
  });

  describe.each(SEEDS)('$name', ({ prefix, parse, minimum }) => {
    const codes = () => parse(readFileSync(seedFile(prefix), 'utf8'));

    it('the parser finds at least as many codes as the seed holds', () => {
      const found = new Map<string, number>();
      for (const c of codes()) found.set(groupOf(c), (found.get(groupOf(c)) ?? 0) + 1);
      const short = Object.entries(minimum)
        .filter(([group, min]) => (found.get(group) ?? 0) < min)
        .map(([group, min]) => `${group}: found ${found.get(group) ?? 0} codes, expected at least ${min}`);
      expect(short).toEqual([]);
      // And nothing outside the families this seed is known to feed.
      expect([...found.keys()].filter((group) => !(group in minimum))).toEqual([]);
    });

    it('every code it lists has a catalog entry', () => {
      const missing = codes()
        .filter((c) => !inCatalog(c))
        .map((c) => `${show(c)} missing`);
      expect(missing).toEqual([]);
    });
  });

  it('every seed and reference file the catalog cites exists', () => {
    if (!loaded.ok) return;
    const cited = new Set(
      loaded.families.flatMap(({ data }) =>
        data.entries.flatMap((e) => [...e.sources, ...(e.conflicts ?? []).map((c) => c.source)].map((s) => s.doc)),
      ),
    );
    const absent = [...cited]
      .filter((doc) => /^(seeds|reference)\//.test(doc) && !existsSync(join(shared ?? '', doc)))
      .map((doc) => `${doc} is cited but not in ../shared`);
    expect(absent).toEqual([]);
  });
});

// The parsers on the shapes they must handle, so they are checked even where ../shared is absent.
describe('the seed parsers', () => {
  it('seeds/000: single and "or" headings, split by digit count', () => {
    const text = 'Common SMS Error Messages\n\nERROR - 30007\n\nMessage filtered\nERROR - 30003 or 30005\nCommon Email Error Messages\nERROR - 552\n';
    expect(parseSeed000(text)).toEqual([
      { family: 'twilio', code: 30007 },
      { family: 'twilio', code: 30003 },
      { family: 'twilio', code: 30005 },
      { family: 'smtp', code: 552 },
    ]);
  });

  it('seeds/001: table rows and quoted errors on their own line', () => {
    const text = 'Code | Description |\n21266 | “To” and “From” |\nA tooltip shows the code (e.g. “30003”)\n"Insufficient_funds"\nThis error "pops up" sometimes\n';
    expect(parseSeed001(text)).toEqual([
      { family: 'twilio', code: 21266 },
      { family: 'salesmsg', code: 'Insufficient_funds' },
    ]);
  });

  it('seeds/002: rows take the channel of the heading above them; repeats count once', () => {
    const text = [
      'Common Error Codes across Channels',
      'Error Code | Meesage |',
      '---|---|',
      '7000 | Invalid JSON |',
      'SMS',
      '7203 | Unknown Subscriber address | Returned when | Un-Delivered |',
      'In addition to the existing SMS error codes, client tenants hosted in the United States and Canada regions have these additional error codes for SMS:',
      '7111 | Spam content detected |',
      'Twitter DM (Currently not supported)',
      '7306 | Duplicate message for Twitter |',
      '7306 | Duplicate message for Twitter |',
    ].join('\n');
    expect(parseSeed002(text)).toEqual([
      { family: 'webex-connect', channel: 'common', code: 7000 },
      { family: 'webex-connect', channel: 'sms', code: 7203 },
      { family: 'webex-connect', channel: 'sms', code: 7111 },
      { family: 'webex-connect', channel: 'twitter-dm', code: 7306 },
    ]);
    expect(() => parseSeed002('7000 | Invalid JSON |')).toThrow(/before any channel heading/);
  });

  it('seeds/003: statuses, quoted errors, and not the question-mark icon', () => {
    const text = [
      'Status',
      'Queuing - This message has been queued.',
      'Failed/Undelivered\u00a0- This means that this message failed.',
      'A Question Mark symbol - When you see this, hover over it.',
      'Error Codes',
      '"Message blocked by STOP" - This means that the recipient sent STOP.',
    ].join('\n\n');
    expect(parseSeed003(text)).toEqual([
      { family: 'connection-card-pro', code: 'Queuing' },
      { family: 'connection-card-pro', code: 'Failed/Undelivered' },
      { family: 'connection-card-pro', code: 'Message blocked by STOP' },
    ]);
  });

  it('seeds/004: seven cells a row, two spellings in one cell are two codes', () => {
    const row = (reason: string, channel: string) => ['Temporary', 'No', 'After sending', reason, channel, 'Why.', '-'].join('\n\n');
    const text = ['Error Persistence', row('REJECTED / REJECTD', 'SMS'), row('HANDOVER_ERROR', 'Both')].join('\n\n');
    expect(parseSeed004(text)).toEqual([
      { family: 'collect-ai', channel: 'sms', code: 'REJECTED' },
      { family: 'collect-ai', channel: 'sms', code: 'REJECTD' },
      { family: 'collect-ai', channel: 'both', code: 'HANDOVER_ERROR' },
    ]);
    expect(() => parseSeed004(['Permanent', 'Yes', 'Before sending', 'not a code', 'SMS'].join('\n'))).toThrow(/UPPER_SNAKE/);
  });
});
