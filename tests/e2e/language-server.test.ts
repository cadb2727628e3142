/**
 * The squiggle, proven: the ESLint language server that VS Code's ESLint extension runs loads the
 * BUILT plugin from a flat config, reports `delivery-codes/handle-permanent-failures` on a file
 * opened in the editor (typed linting through typescript-eslint's project service), offers the
 * rule's suggestion as a quick fix, and once the edit is applied the diagnostic is gone.
 *
 * Driven over stdio exactly like the extension drives it; see tests/e2e/lsp-client.ts and
 * ../shared/notes/eslint-language-server.md. The fixture project is tests/fixtures/lsp-project.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FamilyData } from '../../src/codes/types.ts';
import { buildOnce, ROOT } from './build-once.ts';
import {
  applyTextEdits,
  editsFor,
  EslintLanguageServer,
  isCommand,
  type CodeAction,
  type Command,
  type Diagnostic,
} from './lsp-client.ts';

const RULE = 'delivery-codes/handle-permanent-failures';
const DOCS_URL = 'https://github.com/delivery-codes/eslint-plugin-delivery-codes/blob/main/docs/rules/handle-permanent-failures.md';
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'lsp-project');
const FILE = join(FIXTURE, 'src', 'callback.ts');

let server: EslintLanguageServer | undefined;
/** The SMTP family of the BUILT package, which the server runs (the sources may have moved on since the build). */
let smtpFamily: FamilyData;

beforeAll(async () => {
  await buildOnce();
  ({ smtpFamily } = (await import(pathToFileURL(join(ROOT, 'dist', 'src', 'codes', 'index.js')).href)) as { smtpFamily: FamilyData });
  server = await EslintLanguageServer.start({ folder: FIXTURE });
}, 150_000);

afterAll(async () => {
  if (!server) return;
  const reportedBefore = server.failures.length;
  await server.stop();
  // LSP_TRANSCRIPT=1 prints every exchange with the server, also when the test passes.
  if (process.env.LSP_TRANSCRIPT) console.log(server.report());
  // A clean shutdown: shutdown + exit answered, exit code 0, nothing reported on the way out.
  const late = server.failures.slice(reportedBefore);
  if (late.length > 0 || server.exitStatus?.code !== 0 || server.exitStatus.killed) {
    throw new Error(
      `the server did not shut down cleanly: ${JSON.stringify(server.exitStatus)}\n- ${late.join('\n- ')}\n${server.report()}`,
    );
  }
});

/** The zero-based number of the first line of `text` that starts with `needle` (after indentation). */
function lineOf(text: string, needle: string): number {
  const line = text.split('\n').findIndex((l) => l.trimStart().startsWith(needle));
  if (line < 0) throw new Error(`fixture changed: no line contains ${JSON.stringify(needle)}`);
  return line;
}

/**
 * What the suggestion must produce: a `case` label with the name as a comment for every permanent
 * SMTP failure of the built catalog, after the last case, then a throw naming them all. The rule
 * decides their order, so it is read from the edit; everything else must match exactly.
 */
function expectedFix(original: string, edited: string): string {
  const permanent = smtpFamily.entries.filter((entry) => entry.outcome === 'failed' && entry.permanence === 'permanent');
  expect(permanent.length, 'the SMTP catalog has permanent failures').toBeGreaterThan(0);
  // SMTP codes are numbers.
  const byCode = new Map(permanent.map((entry) => [Number(entry.code), entry]));
  const order = [...edited.matchAll(/^ {4}case (\d+): \/\/ \w+$/gm)].map((match) => Number(match[1]));
  const missing = [...order.filter((code) => byCode.has(code)), ...byCode.keys()]
    .filter((code, index, all) => all.indexOf(code) === index)
    .map((code) => byCode.get(code)!);
  const list = missing.map((entry) => `${entry.code} ${entry.name}`).join(', ');
  const block = [
    ...missing.map((entry) => `    case ${entry.code}: // ${entry.name}`),
    `      throw new Error('Permanent SMTP failure (${list}): stop sending this message');`,
  ].join('\n');
  const anchor = '      deferDelivery(messageId);\n      break;\n';
  expect(original, 'fixture layout').toContain(anchor);
  return original.replace(anchor, `${anchor}${block}\n`);
}

describe('the ESLint language server (vscode-eslint-language-server) with the built plugin', () => {
  it('reports the missing permanent SMTP cases, fixes them through the suggestion, and the squiggle goes', async () => {
    const lsp = server!;
    const original = readFileSync(FILE, 'utf8');
    const uri = await lsp.open(FILE, original);

    // 1. Pull diagnostics: this plugin's finding on `switch (code)` in onBounce.
    const first = await lsp.diagnostics(uri);
    lsp.assertHealthy('first diagnostics pull');
    const ours = first.filter((d) => d.code === RULE);
    const smtpLine = lineOf(original, 'switch (code)');
    const twilioLine = lineOf(original, 'switch (errorCode)');
    const smtp = ours.find((d) => d.range.start.line === smtpLine);
    expect(smtp, `no ${RULE} diagnostic on line ${smtpLine + 1}; got ${JSON.stringify(first, null, 2)}\n${lsp.report()}`).toBeDefined();
    expect(ours.map((d) => d.range.start.line).sort(), 'one finding per switch').toEqual([smtpLine, twilioLine]);
    expect(smtp).toMatchObject({
      source: 'eslint',
      code: RULE,
      codeDescription: { href: DOCS_URL },
      severity: 1,
      range: { start: { line: smtpLine, character: 2 }, end: { line: smtpLine, character: '  switch (code)'.length } },
    });
    expect(smtp!.message).toMatch(/^SMTP permanent failures reach no branch of their own/);
    expect(first.filter((d) => d.code !== RULE), 'no other problems (a parsing error would show here)').toEqual([]);
    // The server found ESLint the way it finds a user's: from the workspace folder, walking up to
    // this project's node_modules (the fixture has no node_modules of its own).
    expect(lsp.logMessages, lsp.report()).toContain(`ESLint library loaded from: ${join(ROOT, 'node_modules', 'eslint', 'lib', 'api.js')}`);

    // 2. Code actions at its range, with the diagnostic exactly as received.
    const actions = await lsp.codeActions(uri, smtp!.range, [smtp!]);
    lsp.assertHealthy('code actions');
    const commandOf = (action: CodeAction | Command): Command | undefined => (isCommand(action) ? action : action.command);
    const suggestions = actions
      .map(commandOf)
      .filter((command): command is Command => command?.command === 'eslint.applySuggestion' && command.title.includes(RULE));
    expect(
      suggestions.map((s) => s.title),
      `one suggestion of ${RULE}; the server offered ${JSON.stringify(actions, null, 2)}\n${lsp.report()}`,
    ).toHaveLength(1);
    const suggestion = suggestions[0]!;
    expect(suggestion.title.startsWith('Add a branch for '), suggestion.title).toBe(true);
    expect(suggestion.title.endsWith(` that ends the message. (${RULE})`), suggestion.title).toBe(true);
    // The other quick fixes the extension shows beside it: the server knows the rule and its docs.
    const others = actions.map(commandOf).map((command) => command?.command);
    expect(others).toEqual(expect.arrayContaining(['eslint.applyDisableLine', 'eslint.openRuleDoc']));

    // 3. Run it: the server answers with a workspace/applyEdit that inserts the missing cases.
    await lsp.executeCommand(suggestion);
    lsp.assertHealthy('executeCommand');
    expect(lsp.appliedEdits, `exactly one workspace/applyEdit\n${lsp.report()}`).toHaveLength(1);
    const edits = editsFor(lsp.appliedEdits[0]!, uri);
    expect(edits.length, `edits for ${uri}: ${JSON.stringify(lsp.appliedEdits[0])}`).toBeGreaterThan(0);
    const edited = applyTextEdits(original, edits);
    expect(edited).toBe(expectedFix(original, edited));

    // 4. The editor now holds the edited text: pull again; the SMTP finding is gone, the Twilio one
    //    (untouched) is still reported, which proves the server linted the new text.
    await lsp.change(uri, edited);
    const second = await lsp.diagnostics(uri);
    lsp.assertHealthy('diagnostics after the edit');
    const after = (d: Diagnostic) => `${d.code}@${d.range.start.line}`;
    expect(second.map(after), `diagnostics after the edit\n${lsp.report()}`).toEqual([`${RULE}@${lineOf(edited, 'switch (errorCode)')}`]);
  }, 90_000);
});
