/**
 * The rules read a family's entries only when a branch looks like that family: linting SMTP code
 * must not load Twilio's 1,954 entries, and code about no provider loads none. Each test file runs
 * in a fresh module graph, so the process-wide index starts empty here.
 */
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { catalogIndex } from '../../src/analysis/catalog-index.ts';
import { RULE_ENTRY_FIELDS } from '../../src/analysis/rule-entry.ts';
import { FAMILIES } from '../../src/generated/index.ts';
import plugin from '../../src/index.ts';

function lint(code: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, ...(plugin.configs.strict as object) }],
    'file.ts',
  );
  return messages.map((message) => message.ruleId ?? message.message);
}

describe('family entries load lazily, once per process', () => {
  it('code about no provider loads no family', () => {
    expect(lint('switch (res.status) { case 200: ok(); break; case 404: missing(); break; }\nconst n = [1, 2, 3];')).toEqual([]);
    expect(catalogIndex().loadedIds()).toEqual([]);
  });

  it('an SMTP bounce handler loads SMTP only', () => {
    const found = lint('switch (smtpReply) { case 421: wait(); break; case 550: drop(); break; }');
    expect(found).toContain('delivery-codes/handle-permanent-failures');
    expect(catalogIndex().loadedIds()).toEqual(['smtp']);
  });

  it('a Twilio status callback adds Twilio', () => {
    lint("switch (req.body.ErrorCode) { case '30003': retryLater(); break; case '30005': drop(); break; }");
    expect(catalogIndex().loadedIds()).toEqual(['smtp', 'twilio']);
  });

  it('lazily loaded entries are the generated modules\' entries, family by family, with the fields the rules read', () => {
    const index = catalogIndex();
    const ruleFields = (entry: object) =>
      Object.fromEntries(Object.entries(entry).filter(([field]) => (RULE_ENTRY_FIELDS as readonly string[]).includes(field)));
    for (const [id, family] of Object.entries(FAMILIES)) {
      const lazy = index.familyById.get(id);
      expect(lazy, id).toBeDefined();
      const { entries, ...header } = family;
      const { entries: lazyEntries, ...lazyHeader } = { ...lazy } as typeof family;
      expect(lazyHeader).toEqual(header);
      expect(lazyEntries).toEqual(entries.map(ruleFields));
      // Nothing the rules do not read: meanings and sources stay in the generated modules.
      for (const entry of lazyEntries) expect(Object.keys(entry).every((field) => (RULE_ENTRY_FIELDS as readonly string[]).includes(field))).toBe(true);
    }
    expect(index.families.map((family) => family.id).sort()).toEqual(Object.keys(FAMILIES).sort());
  });
});
