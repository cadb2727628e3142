/**
 * catalog/ses.yaml, sendgrid.yaml and postmark.yaml against their reference
 * files in ../shared/reference: counts, code forms, and the classification
 * each provider states (SES Permanent -> never resend, and so on).
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

const isFailure = (e: { outcome: string }) => e.outcome === 'failed';

describe.skipIf(!shared)('catalog/ses.yaml and the SES notification types', () => {
  const ref = reference<{
    bounce_types: { bounceType: string; bounceSubType: string; class: string; retry: string }[];
    complaint_feedback_types: { complaintFeedbackType: string }[];
  }>('ses-bounce-types.json');
  const ses = load('ses');
  const byCode = new Map(ses.entries.map((e) => [e.code as string, e]));

  it('has one entry per bounce type x subtype and per complaint feedback type', () => {
    expect(ses.entries).toHaveLength(ref.bounce_types.length + ref.complaint_feedback_types.length);
    expect(ses.entries.filter((e) => e.group === 'bounce').map((e) => e.code)).toEqual(
      ref.bounce_types.map((b) => `${b.bounceType}/${b.bounceSubType}`),
    );
    expect(ses.entries.filter((e) => e.group === 'complaint').map((e) => e.code)).toEqual(
      ref.complaint_feedback_types.map((c) => c.complaintFeedbackType),
    );
  });

  it('never resends a Permanent bounce; Transient may succeed later, or only after a change', () => {
    for (const b of ref.bounce_types) {
      const e = byCode.get(`${b.bounceType}/${b.bounceSubType}`)!;
      const want = {
        permanent: { permanence: 'permanent', retry: 'never', basis: 'documented' },
        transient: { permanence: 'transient', retry: b.retry === 'later' ? 'safe' : 'after-fix', basis: 'documented' },
        undetermined: { permanence: 'unknown', retry: 'after-fix', basis: 'inferred' },
      }[b.class];
      expect(e, e.code as string).toMatchObject({ outcome: 'failed', ...want });
    }
  });

  it('treats complaints as delivered mail, and records where other sources disagree', () => {
    expect(ses.entries.filter((e) => e.group === 'complaint').every((e) => e.outcome === 'delivered')).toBe(true);
    expect(byCode.get('Transient/MessageTooLarge')?.conflicts?.[0]?.source.section).toBe('entries / code X.3.4');
    expect(byCode.get('Transient/MailboxFull')?.conflicts?.[0]?.source.doc).toMatch(/^seeds\//);
  });
});

describe.skipIf(!shared)('catalog/sendgrid.yaml and the SendGrid webhook values', () => {
  const ref = reference<{
    bounce_classifications: { classification: string; api_value: string; webhook_doc_label: string; typical_permanence: string; retry: string }[];
    event_types: { event: string; failure: boolean }[];
    drop_reasons: { reason: string }[];
  }>('sendgrid-bounce-classifications.json');
  const sg = load('sendgrid');
  const byCode = new Map(sg.entries.map((e) => [e.code as string, e]));

  it('has every classification in every spelling, every event and every drop reason', () => {
    const spellings = new Set(ref.bounce_classifications.flatMap((c) => [c.webhook_doc_label, c.api_value, c.classification]));
    expect(sg.entries.filter((e) => e.group === 'bounce-classification').map((e) => e.code).sort()).toEqual([...spellings].sort());
    expect(sg.entries.filter((e) => e.group === 'event').map((e) => e.code)).toEqual(ref.event_types.map((e) => e.event));
    expect(sg.entries.filter((e) => e.group === 'drop-reason').map((e) => e.code)).toEqual(ref.drop_reasons.map((d) => d.reason));
    expect(sg.entries).toHaveLength(spellings.size + ref.event_types.length + ref.drop_reasons.length);
  });

  it('classifies every spelling of a classification alike, recording the spelling disagreement', () => {
    for (const c of ref.bounce_classifications) {
      const main = byCode.get(c.webhook_doc_label)!;
      for (const spelling of [c.api_value, c.classification]) {
        const e = byCode.get(spelling)!;
        expect([e.outcome, e.permanence, e.retry, e.action], spelling).toEqual([main.outcome, main.permanence, main.retry, main.action]);
        if (spelling !== c.webhook_doc_label) expect(e.conflicts, spelling).toBeDefined();
      }
    }
  });

  it('Invalid Address is permanent and never resent; no other classification claims permanence SendGrid does not state', () => {
    expect(byCode.get('Invalid Address')).toMatchObject({ permanence: 'permanent', retry: 'never', basis: 'documented' });
    const permanent = sg.entries.filter((e) => isFailure(e) && e.permanence === 'permanent').map((e) => e.code);
    expect(permanent).toEqual(['Invalid Address']);
  });

  it('marks the failure events and drop reasons, which state no permanence, as unknown and inferred', () => {
    const failures = ref.event_types.filter((e) => e.failure).map((e) => byCode.get(e.event)!);
    const drops = ref.drop_reasons.map((d) => byCode.get(d.reason)!);
    for (const e of [...failures, ...drops]) {
      expect(e, e.code as string).toMatchObject({ outcome: 'failed', permanence: 'unknown', retry: 'after-fix', basis: 'inferred' });
    }
  });
});

describe.skipIf(!shared)('catalog/postmark.yaml and the Postmark bounce types', () => {
  const ref = reference<{ entries: { type: string; code: number; name: string; class: string; retry: string }[] }>('postmark-bounce-types.json');
  const pm = load('postmark');
  const byCode = new Map(pm.entries.map((e) => [e.code as string, e]));

  it('has one entry per bounce Type, titled with its display name and noting its TypeCode', () => {
    expect(pm.entries.map((e) => e.code)).toEqual(ref.entries.map((r) => r.type));
    for (const r of ref.entries) {
      const e = byCode.get(r.type)!;
      expect(e.title, r.type).toBe(r.name);
      expect(e.note, r.type).toContain(`TypeCode ${r.code}.`);
    }
  });

  it('follows the stated class: permanent ones never resent, transient ones safe later, the rest no failure or unknown', () => {
    for (const r of ref.entries) {
      const e = byCode.get(r.type)!;
      if (r.class === 'permanent') expect(e, r.type).toMatchObject({ outcome: 'failed', permanence: 'permanent', retry: 'never' });
      else if (r.class === 'transient') expect(e, r.type).toMatchObject({ outcome: 'failed', permanence: 'transient', retry: 'safe' });
      else if (['informational', 'opt_out', 'complaint'].includes(r.class)) expect(isFailure(e), r.type).toBe(false);
      else expect(e, r.type).toMatchObject({ outcome: 'failed', permanence: 'unknown', retry: r.retry === 'never' ? 'never' : 'after-fix' });
      expect(e.basis, r.type).toBe(r.retry === 'unknown' ? 'inferred' : 'documented');
    }
  });
});
