/**
 * What the lint rules read of the catalog. Their data files (`src/generated/*.rules.json`, written by
 * codegen/rule-data.ts) carry these fields of each entry only, so a rule that meets a Twilio code
 * parses a third of the text whole entries would take. Meanings and sources stay in the generated modules.
 */
import type { CodeEntry, FamilyData } from '../codes/types.ts';

export const RULE_ENTRY_FIELDS = ['code', 'channel', 'group', 'name', 'outcome', 'permanence', 'retry', 'action'] as const;

export type RuleEntry = Pick<CodeEntry, (typeof RULE_ENTRY_FIELDS)[number]>;

/** A family as the rules read it: the header and the rule fields of every entry. */
export interface RuleFamily extends Omit<FamilyData, 'entries'> {
  readonly entries: readonly RuleEntry[];
}
