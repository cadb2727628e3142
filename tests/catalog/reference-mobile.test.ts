/**
 * catalog/vonage.yaml, whatsapp.yaml, fcm.yaml and apns.yaml against their
 * reference files in ../shared/reference: counts, code forms, and spot checks
 * of classification (Vonage 3 permanent and 2 transient, FCM UNREGISTERED
 * never and UNAVAILABLE safe, and so on).
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

describe.skipIf(!shared)('catalog/vonage.yaml and the Vonage DLR error codes', () => {
  const ref = reference<{ dlr_error_codes: { code: number; meaning: string; permanence: string | null; retry: string | null }[] }>(
    'vonage-sms-dlr-codes.json',
  ).dlr_error_codes;
  const vonage = load('vonage');
  const byCode = new Map(vonage.entries.map((e) => [e.code as number, e]));

  it('has one entry per err-code, titled as Vonage titles it, sent as text', () => {
    expect(vonage.entries.map((e) => e.code)).toEqual(ref.map((r) => r.code));
    for (const r of ref) expect(byCode.get(r.code)?.title).toBe(r.meaning);
    expect(vonage.sentAsString).toBe(true);
  });

  it('spot checks: 3 permanent and never resent, 2 transient and safe, 0 delivered', () => {
    expect(byCode.get(3)).toMatchObject({ outcome: 'failed', permanence: 'permanent', retry: 'never', basis: 'documented' });
    expect(byCode.get(2)).toMatchObject({ outcome: 'failed', permanence: 'transient', retry: 'safe', basis: 'documented' });
    expect(byCode.get(0)).toMatchObject({ outcome: 'delivered' });
  });

  it('classifies from the stated permanence only; codes with a title only are unknown and inferred', () => {
    for (const r of ref.filter((r) => r.code !== 0)) {
      const e = byCode.get(r.code)!;
      const permanence = r.permanence === 'temporary' ? 'transient' : r.permanence?.startsWith('permanent') ? 'permanent' : 'unknown';
      expect(e.permanence, String(r.code)).toBe(permanence);
      expect(e.basis, String(r.code)).toBe(r.retry === null || r.retry === 'unknown' ? 'inferred' : 'documented');
    }
  });
});

describe.skipIf(!shared)('catalog/whatsapp.yaml and the WhatsApp Cloud API error codes', () => {
  const ref = reference<{ entries: { code: number | string; title: string | null; retry: string; category: string }[] }>(
    'whatsapp-cloud-api-error-codes.json',
  ).entries;
  const wa = load('whatsapp');
  const byCode = new Map(wa.entries.map((e) => [e.code as number, e]));
  const numeric = ref.filter((r): r is typeof r & { code: number } => typeof r.code === 'number');

  it('has one entry per numeric code; the 200-299 range has none', () => {
    expect(wa.entries.map((e) => e.code)).toEqual(numeric.map((r) => r.code).sort((a, b) => a - b));
    expect(ref.filter((r) => typeof r.code !== 'number').map((r) => r.code)).toEqual(['200-299']);
    expect(byCode.has(200)).toBe(false);
  });

  it("follows Meta's retry guidance, grouped by Meta's category, titled where Meta's title is known", () => {
    const want: Record<string, [string, string]> = {
      retry_later: ['transient', 'safe'],
      retry_after_wait: ['transient', 'safe'],
      fix_then_retry: ['permanent', 'after-fix'],
      use_template: ['permanent', 'after-fix'],
      do_not_retry: ['permanent', 'never'],
    };
    for (const r of numeric) {
      const e = byCode.get(r.code)!;
      expect([e.permanence, e.retry], String(r.code)).toEqual(want[r.retry]);
      expect(e.group, String(r.code)).toBe(r.category);
      expect(e.title ?? null, String(r.code)).toBe(r.title);
    }
    expect(byCode.get(131047)).toMatchObject({ action: 'use-template' });
  });
});

describe.skipIf(!shared)('catalog/fcm.yaml and catalog/apns.yaml and the push error codes', () => {
  const ref = reference<{
    fcm: { code: string; retry: string; token_action: string }[];
    apns: { reason: string; http_status: number; retry: string; token_action: string }[];
    apns_status_codes: { http_status: number }[];
  }>('push-error-codes.json');
  const fcm = load('fcm');
  const apns = load('apns');
  const fcmByCode = new Map(fcm.entries.map((e) => [e.code as string, e]));
  const apnsByCode = new Map(apns.entries.map((e) => [e.code as string, e]));

  it('has every FCM error code and every APNs reason, and no APNs HTTP status', () => {
    expect(fcm.entries.map((e) => e.code)).toEqual(ref.fcm.map((r) => r.code));
    expect(apns.entries.map((e) => e.code)).toEqual(ref.apns.map((r) => r.reason));
    expect(apns.codeType).toBe('string');
    expect(ref.apns_status_codes.some((s) => apnsByCode.has(String(s.http_status)))).toBe(false);
  });

  it('spot checks: FCM UNREGISTERED never, UNAVAILABLE and INTERNAL safe, APNS_AUTH_ERROR recorded as the old name', () => {
    expect(fcmByCode.get('UNREGISTERED')).toMatchObject({ permanence: 'permanent', retry: 'never', action: 'suppress-recipient' });
    expect(fcmByCode.get('UNAVAILABLE')).toMatchObject({ permanence: 'transient', retry: 'safe' });
    expect(fcmByCode.get('INTERNAL')).toMatchObject({ permanence: 'transient', retry: 'safe' });
    expect(fcmByCode.get('INVALID_ARGUMENT')).toMatchObject({ retry: 'after-fix' });
    expect(fcmByCode.get('APNS_AUTH_ERROR')?.conflicts?.[0]?.source.section).toBe('fcm / THIRD_PARTY_AUTH_ERROR');
  });

  it('never resends to a token APNs or FCM says to delete, and retries only what they say to retry', () => {
    for (const r of [...ref.fcm.map((f) => ({ ...f, key: f.code, entry: fcmByCode.get(f.code)! })), ...ref.apns.map((a) => ({ ...a, key: a.reason, entry: apnsByCode.get(a.reason)! }))]) {
      if (r.token_action === 'delete') expect(r.entry.retry, r.key).toBe('never');
      const retryable = ['retry_with_backoff', 'retry_later', 'retry_with_new_connection'].includes(r.retry);
      expect(r.entry.retry === 'safe', r.key).toBe(retryable);
    }
  });

  it('groups APNs reasons by the HTTP status they come with', () => {
    for (const r of ref.apns) expect(apnsByCode.get(r.reason)?.note, r.reason).toContain(`HTTP status ${r.http_status}.`);
    expect(apnsByCode.get('Unregistered')?.group).toBe('token-inactive');
  });
});
