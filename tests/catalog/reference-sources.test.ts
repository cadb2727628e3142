/**
 * Every `reference/<file>` section the catalog cites, on an entry or on a
 * conflict, names an item that the reference file really holds: a code, a
 * bounce type, an event. A typo in a section, or an entry whose reference item
 * was renamed, fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadCatalogDir } from '../../catalog/load.ts';
import { ROOT } from '../codegen/run-cli.ts';
import { sharedFolder } from '../shared-folder.ts';

const shared = sharedFolder();

type Json = Record<string, unknown> & { [key: string]: any };

/** Whether `section` names an item of the reference file `file` (parsed as `ref`). */
function resolves(file: string, ref: Json, section: string): boolean {
  const has = (list: string, pick: (item: Json) => boolean) => Array.isArray(ref[list]) && (ref[list] as Json[]).some(pick);
  let m: RegExpExecArray | null;
  switch (file) {
    case 'twilio-error-codes.json':
      m = /^(?:entries \/ )?code (\d+)$/.exec(section);
      return !!m && has('entries', (e) => e.code === Number(m![1]));
    case 'smtp-reply-codes.json':
      m = /^entries \/ code (\d+)$/.exec(section);
      return !!m && has('entries', (e) => e.code === Number(m![1]));
    case 'smtp-enhanced-status-codes.json':
      if ((m = /^entries \/ code (X\.\d+\.\d+)$/.exec(section))) return has('entries', (e) => e.code === m![1]);
      if ((m = /^classes \/ (\d\.XXX\.XXX)$/.exec(section))) return has('classes', (c) => c.code === m![1]);
      return false;
    case 'ses-bounce-types.json':
      if ((m = /^bounce_types \/ (\S+) (\S+)$/.exec(section))) return has('bounce_types', (b) => b.bounceType === m![1] && b.bounceSubType === m![2]);
      if ((m = /^complaint_feedback_types \/ (.+)$/.exec(section))) return has('complaint_feedback_types', (c) => c.complaintFeedbackType === m![1]);
      if ((m = /^event_types \/ (.+)$/.exec(section))) return has('event_types', (e) => e.eventType === m![1]);
      return false;
    case 'sendgrid-bounce-classifications.json':
      if (section === 'notes') return Array.isArray(ref.notes);
      if ((m = /^bounce_classifications \/ (.+)$/.exec(section))) return has('bounce_classifications', (c) => c.classification === m![1]);
      if ((m = /^event_types \/ (.+)$/.exec(section))) return has('event_types', (e) => e.event === m![1]);
      if ((m = /^drop_reasons \/ (.+)$/.exec(section))) return has('drop_reasons', (d) => d.reason === m![1]);
      if ((m = /^bounce_types \/ (.+)$/.exec(section))) return has('bounce_types', (b) => b.type === m![1]);
      return false;
    case 'postmark-bounce-types.json':
      if (section === 'notes') return Array.isArray(ref.notes);
      m = /^entries \/ (\w+)$/.exec(section);
      return !!m && has('entries', (e) => e.type === m![1]);
    case 'vonage-sms-dlr-codes.json':
      m = /^dlr_error_codes \/ code (\d+)$/.exec(section);
      return !!m && has('dlr_error_codes', (e) => e.code === Number(m![1]));
    case 'whatsapp-cloud-api-error-codes.json':
      m = /^entries \/ code (\d+)$/.exec(section);
      return !!m && has('entries', (e) => e.code === Number(m![1]));
    case 'push-error-codes.json':
      if ((m = /^fcm \/ (\w+)$/.exec(section))) return has('fcm', (e) => e.code === m![1]);
      if ((m = /^apns \/ (\w+)$/.exec(section))) return has('apns', (e) => e.reason === m![1]);
      return false;
    default:
      return false;
  }
}

describe.skipIf(!shared)('sections cited from ../shared/reference', () => {
  const loaded = loadCatalogDir(join(ROOT, 'catalog'));
  const refs = new Map<string, Json>();
  const reference = (file: string) => {
    let ref = refs.get(file);
    if (!ref) {
      ref = JSON.parse(readFileSync(join(shared ?? '', 'reference', file), 'utf8')) as Json;
      refs.set(file, ref);
    }
    return ref;
  };

  it('name an item the reference file holds', () => {
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    const bad: string[] = [];
    let checked = 0;
    for (const { data } of loaded.families) {
      for (const entry of data.entries) {
        for (const source of [...entry.sources, ...(entry.conflicts ?? []).map((c) => c.source)]) {
          const m = /^reference\/(.+)$/.exec(source.doc);
          if (!m) continue;
          checked++;
          if (!resolves(m[1]!, reference(m[1]!), source.section)) {
            bad.push(`${data.family} ${JSON.stringify(entry.code)}: ${source.doc} has no "${source.section}"`);
          }
        }
      }
    }
    expect(bad).toEqual([]);
    expect(checked, "reference sections checked").toBeGreaterThan(2000);
  });
});
