/** Text the CLI prints for `explain` and `list`. Pure: takes entries and styles, returns lines. */
import type { CodeEntry, FamilyData } from '../codes/types.ts';
import type { Outcome, Permanence, RetryPolicy } from '../codes/vocabulary.ts';
import type { Located, Suggestion } from './lookup.ts';
import type { Styles } from './style.ts';

const RETRY_MEANING: Record<RetryPolicy, string> = {
  never: 'resending cannot succeed',
  'after-fix': 'only a changed message or setup can succeed',
  safe: 'the same message may be sent again later',
  'provider-retries': 'the provider retries by itself',
};

function outcomeStyle(outcome: Outcome, s: Styles): (text: string) => string {
  if (outcome === 'failed') return s.red;
  if (outcome === 'delivered' || outcome === 'read') return s.green;
  return s.yellow;
}

function permanenceStyle(permanence: Permanence, s: Styles): (text: string) => string {
  return permanence === 'permanent' ? s.red : permanence === 'transient' ? s.yellow : (text) => text;
}

function retryStyle(retry: RetryPolicy, s: Styles): (text: string) => string {
  return retry === 'never' ? s.red : retry === 'after-fix' ? s.yellow : s.green;
}

function partName(parts: FamilyData['channels'], id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  const part = parts.find((p) => p.id === id);
  return part && part.displayName !== id ? `${id} (${part.displayName})` : id;
}

/** `"Message blocked by STOP"` for text codes, `30007` for numbers. */
export function showCode(code: CodeEntry['code']): string {
  return typeof code === 'string' ? JSON.stringify(code) : String(code);
}

/** One entry as a labelled block: family, channel, name, classification, basis, sources, conflicts. */
export function explainLines({ familyId, family, entry }: Located, s: Styles): string[] {
  const rows: [string, string | string[]][] = [];
  const add = (label: string, value: string | string[] | undefined) => {
    if (value !== undefined && value.length > 0) rows.push([label, value]);
  };
  add('family', `${familyId} (${family.displayName})`);
  add('channel', partName(family.channels, entry.channel));
  add('group', partName(family.groups, entry.group));
  add('name', s.bold(entry.name));
  add('outcome', outcomeStyle(entry.outcome, s)(entry.outcome));
  if (entry.permanence) add('permanence', permanenceStyle(entry.permanence, s)(entry.permanence));
  if (entry.retry) add('retry', `${retryStyle(entry.retry, s)(entry.retry)}: ${RETRY_MEANING[entry.retry]}`);
  add('retry window', entry.retryWindow);
  add('action', entry.action);
  if (entry.charged !== undefined) add('charged', String(entry.charged));
  add('actionable', entry.actionable);
  add('phase', entry.phase);
  add('basis', entry.basis);
  add(
    'sources',
    entry.sources.map((source) => `${source.doc} — ${source.section}`),
  );
  add(
    'conflicts',
    entry.conflicts?.flatMap((conflict) => [
      `${conflict.source.doc} — ${conflict.source.section} says: ${conflict.says}`,
      `  kept because: ${conflict.resolution}`,
    ]),
  );
  add('note', entry.note);

  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  const lines = [`${s.bold(`${family.displayName} ${showCode(entry.code)}`)}  ${entry.name}`, `  ${entry.summary}`];
  for (const [label, value] of rows) {
    const [first = '', ...rest] = typeof value === 'string' ? [value] : value;
    lines.push(`  ${s.dim(`${label}:`.padEnd(width))} ${first}`);
    for (const more of rest) lines.push(`  ${' '.repeat(width)} ${more}`);
  }
  return lines;
}

/** `30007  twilio  CarrierViolation  delivery-codes explain 30007 --family twilio`, one line per suggested code. */
export function suggestionLines(suggestions: readonly Suggestion[], s: Styles): string[] {
  const rows = suggestions.map((suggestion) => {
    const channels = suggestion.entries.map((entry) => entry.channel).filter((c): c is string => c !== undefined);
    const where = channels.length > 0 ? `${suggestion.familyId} [${channels.join(', ')}]` : suggestion.familyId;
    const names = [...new Set(suggestion.entries.map((entry) => entry.name))];
    return [
      showCode(suggestion.code),
      where,
      names.length > 2 ? `${names.slice(0, 2).join(', ')}, …` : names.join(', '),
      `delivery-codes explain ${shellQuote(String(suggestion.code))} --family ${suggestion.familyId}`,
    ];
  });
  return table(rows, (cell, column) => (column === 0 ? s.bold(cell) : column === 3 ? s.dim(cell) : cell)).map((line) => `  ${line}`);
}

function shellQuote(text: string): string {
  return /^[\w./:-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

const LIST_HEAD = ['family', 'channel/group', 'code', 'name', 'outcome', 'permanence', 'retry', 'action'];

/** The `list` table: a header row, then one row per entry. */
export function listLines(items: readonly Located[], s: Styles): string[] {
  const rows = items.map(({ familyId, entry }) => [
    familyId,
    entry.channel ?? entry.group ?? '',
    String(entry.code),
    entry.name,
    entry.outcome,
    entry.permanence ?? '',
    entry.retry ?? '',
    entry.action,
  ]);
  const [head, ...body] = table([LIST_HEAD, ...rows]);
  return [s.bold(head as string), ...body.map((line, i) => colourRow(line, items[i] as Located, s))];
}

function colourRow(line: string, { entry }: Located, s: Styles): string {
  if (!s.enabled || entry.outcome !== 'failed') return line;
  return entry.permanence === 'permanent' ? s.red(line) : entry.permanence === 'transient' ? s.yellow(line) : line;
}

/** Left-aligned columns two spaces apart, without trailing spaces; `style` colours a cell after it is padded. */
export function table(
  rows: readonly (readonly string[])[],
  style: (cell: string, column: number) => string = (cell) => cell,
): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const gap = i === row.length - 1 ? '' : ' '.repeat((widths[i] as number) - cell.length);
        return style(cell, i) + gap;
      })
      .join('  ')
      .trimEnd(),
  );
}

/** `list --json`: each entry with the id of its family first. */
export function listJson(items: readonly Located[]): string {
  return JSON.stringify(
    items.map(({ familyId, entry }) => ({ family: familyId, ...entry })),
    null,
    2,
  );
}
