/**
 * A minimal LSP client for the ESLint language server that VS Code's ESLint extension runs
 * (`vscode-eslint-language-server` from vscode-langservers-extracted), driven over stdio with
 * vscode-jsonrpc. It behaves like the extension where the server depends on it (see
 * ../shared/notes/eslint-language-server.md):
 *
 * - diagnostics are pulled (`textDocument/diagnostic`), never pushed;
 * - `workspace/configuration` is answered with the settings object the extension sends;
 * - every request the server makes is answered; the ones that mean "ESLint did not run"
 *   (`eslint/noConfig`, `eslint/noLibrary`, `eslint/probeFailed`), error log messages,
 *   `eslint/status` warn/error and an unexpected exit are recorded as failures, because the
 *   server hides those errors behind an empty diagnostics list;
 * - `workspace/applyEdit` is recorded and answered `{ applied: true }`.
 *
 * Every exchange goes to a transcript that `report()` formats for assertion messages.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
// `/node.js`, with the extension: the package has no `exports`, so under `module: nodenext` TypeScript
// and plain Node ESM resolve only the file name (`vscode-jsonrpc/node` works solely through Vite's resolver).
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface Diagnostic {
  range: Range;
  message: string;
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  data?: unknown;
}
export interface TextEdit {
  range: Range;
  newText: string;
}
export interface WorkspaceEdit {
  changes?: Record<string, TextEdit[]>;
  documentChanges?: { textDocument: { uri: string; version: number | null }; edits: TextEdit[] }[];
}
export interface Command {
  title: string;
  command: string;
  arguments?: unknown[];
}
export interface CodeAction {
  title: string;
  kind?: string;
  diagnostics?: Diagnostic[];
  command?: Command;
  edit?: WorkspaceEdit;
}

export const SERVER_BIN = join(
  import.meta.dirname,
  '..',
  '..',
  'node_modules',
  'vscode-langservers-extracted',
  'bin',
  'vscode-eslint-language-server',
);

/** The code action kinds VS Code announces; without a valueSet the server offers no code actions. */
const CODE_ACTION_KINDS = [
  '',
  'quickfix',
  'refactor',
  'refactor.extract',
  'refactor.inline',
  'refactor.rewrite',
  'source',
  'source.organizeImports',
  'source.fixAll',
];

export interface StartOptions {
  /** The workspace folder (and the server's working directory). */
  folder: string;
  /** Per request; the server is killed by `stop()` when a test gives up. */
  requestTimeoutMs?: number;
}

/** `file://` URI of an absolute path, spelled the way VS Code spells it. */
export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

export class EslintLanguageServer {
  /** Problems the server reported out of band; a healthy run has none. */
  readonly failures: string[] = [];
  /** Every `window/logMessage` text, in order. */
  readonly logMessages: string[] = [];
  /** Every `workspace/applyEdit` the server sent, in order. */
  readonly appliedEdits: WorkspaceEdit[] = [];
  private readonly transcript: string[] = [];
  private readonly versions = new Map<string, number>();
  private stopping = false;
  private exited = false;
  private readonly exitPromise: Promise<void>;
  /** How the server process ended, once it has. */
  exitStatus: { code: number | null; signal: NodeJS.Signals | null; killed: boolean } | undefined;
  private killed = false;

  private constructor(
    private readonly child: ChildProcess,
    private readonly connection: MessageConnection,
    private readonly folder: string,
    private readonly requestTimeoutMs: number,
  ) {
    this.exitPromise = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exited = true;
        this.exitStatus = { code, signal, killed: this.killed };
        this.note(`server process exited (code ${code}, signal ${signal})`);
        if (!this.stopping) {
          this.failures.push(`the server process exited unexpectedly (code ${code}, signal ${signal})`);
          // Pending requests fail now instead of waiting for their timeout.
          this.dispose();
        }
        resolve();
      });
    });
  }

  static async start(options: StartOptions): Promise<EslintLanguageServer> {
    const child = spawn(process.execPath, [SERVER_BIN, '--stdio'], {
      cwd: options.folder,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: process.env,
    });
    const connection = createMessageConnection(
      new StreamMessageReader(child.stdout!),
      new StreamMessageWriter(child.stdin!),
    );
    const server = new EslintLanguageServer(child, connection, options.folder, options.requestTimeoutMs ?? 30_000);
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => server.note(`stderr: ${chunk.trimEnd()}`));
    child.on('error', (error) => server.failures.push(`spawning the server failed: ${error.message}`));
    server.listen();
    connection.listen();
    try {
      await server.initialize();
    } catch (error) {
      // No caller holds the server yet: end it here, or it outlives the test.
      await server.stop(2_000);
      throw error;
    }
    return server;
  }

  private note(line: string): void {
    this.transcript.push(`${new Date().toISOString().slice(11, 23)} ${line}`);
  }

  private fail(what: string): void {
    this.failures.push(what);
    this.note(`FAILURE ${what}`);
  }

  private listen(): void {
    const c = this.connection;
    const folder = { name: basename(this.folder), uri: uriOf(this.folder) };
    c.onRequest('workspace/configuration', (params: { items: { scopeUri?: string; section?: string }[] }) => {
      this.note(`<- workspace/configuration ${JSON.stringify(params.items)}`);
      return params.items.map((item) => (item.section || !item.scopeUri ? null : settings(folder)));
    });
    for (const method of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create', 'workspace/diagnostic/refresh']) {
      c.onRequest(method, (params: unknown) => {
        this.note(`<- ${method} ${short(params)}`);
        return null;
      });
    }
    c.onRequest('workspace/applyEdit', (params: { label?: string; edit: WorkspaceEdit }) => {
      this.note(`<- workspace/applyEdit ${JSON.stringify(params)}`);
      this.appliedEdits.push(params.edit);
      return { applied: true };
    });
    for (const method of ['eslint/noConfig', 'eslint/noLibrary', 'eslint/probeFailed']) {
      c.onRequest(method, (params: unknown) => {
        this.fail(`${method} ${JSON.stringify(params)}`);
        return {};
      });
    }
    c.onRequest('eslint/openDoc', (params: unknown) => {
      this.note(`<- eslint/openDoc ${JSON.stringify(params)}`);
      return {};
    });
    c.onRequest((method: string, params: unknown) => {
      this.fail(`unexpected request from the server: ${method} ${short(params)}`);
      return null;
    });
    c.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      this.note(`log[${params.type}] ${params.message}`);
      this.logMessages.push(params.message);
      if (params.type === 1) this.failures.push(`window/logMessage error: ${params.message}`);
    });
    c.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      this.note(`showMessage[${params.type}] ${params.message}`);
      if (params.type === 1) this.failures.push(`window/showMessage error: ${params.message}`);
    });
    c.onNotification('eslint/status', (params: { uri?: string; state: number; validationTime?: number }) => {
      this.note(`<- eslint/status ${JSON.stringify(params)}`);
      if (params.state === 2 || params.state === 3) this.failures.push(`eslint/status state ${params.state} ${JSON.stringify(params)}`);
    });
    c.onNotification('eslint/exitCalled', (params: unknown) => {
      this.note(`<- eslint/exitCalled ${JSON.stringify(params)}`);
      if (!this.stopping) this.failures.push(`eslint/exitCalled before shutdown: ${JSON.stringify(params)}`);
    });
    c.onNotification((method: string, params: unknown) => this.note(`<- ${method} ${short(params)}`));
    c.onError(([error]) => this.note(`connection error: ${error.message}`));
    c.onClose(() => this.note('connection closed'));
  }

  /** `params` undefined sends none: `shutdown` and `exit` take none, and the server logs an error for a `null`. */
  private async request<R>(method: string, params?: unknown): Promise<R> {
    const started = Date.now();
    this.note(`-> ${method} ${short(params)}`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${method}: no reply within ${this.requestTimeoutMs} ms\n${this.report()}`)),
        this.requestTimeoutMs,
      );
    });
    try {
      const sent = params === undefined ? this.connection.sendRequest<R>(method) : this.connection.sendRequest<R>(method, params);
      const result = await Promise.race([sent, timeout]);
      this.note(`<= ${method} (${Date.now() - started} ms) ${short(result, 4000)}`);
      return result;
    } catch (error) {
      this.note(`<= ${method} failed: ${(error as Error).message.split('\n')[0]}`);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private async notify(method: string, params?: unknown): Promise<void> {
    this.note(`-> ${method} ${params === undefined ? '' : short(params)}`);
    await (params === undefined ? this.connection.sendNotification(method) : this.connection.sendNotification(method, params));
  }

  private async initialize(): Promise<void> {
    const folder = { name: basename(this.folder), uri: uriOf(this.folder) };
    await this.request('initialize', {
      processId: process.pid,
      clientInfo: { name: 'delivery-codes e2e', version: '1' },
      locale: 'en',
      rootUri: folder.uri,
      workspaceFolders: [folder],
      capabilities: {
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true, willSave: false, willSaveWaitUntil: false },
          diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false },
          codeAction: {
            dynamicRegistration: true,
            isPreferredSupport: true,
            dataSupport: true,
            codeActionLiteralSupport: { codeActionKind: { valueSet: CODE_ACTION_KINDS } },
          },
        },
        workspace: {
          configuration: true,
          applyEdit: true,
          workspaceEdit: { documentChanges: true },
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          executeCommand: { dynamicRegistration: true },
          workspaceFolders: true,
          diagnostics: { refreshSupport: true },
        },
        window: { workDoneProgress: true },
      },
      initializationOptions: {},
    });
    await this.notify('initialized', {});
  }

  /** `didOpen` a file from disk (or with the given text); returns its URI. */
  async open(path: string, text = readFileSync(path, 'utf8'), languageId = 'typescript'): Promise<string> {
    const uri = uriOf(path);
    this.versions.set(uri, 1);
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Replace the whole text of an open document, as a new version. */
  async change(uri: string, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** Pull diagnostics; throws when the server answers anything but a full report. */
  async diagnostics(uri: string): Promise<Diagnostic[]> {
    const report = await this.request<{ kind: string; items?: Diagnostic[] }>('textDocument/diagnostic', {
      textDocument: { uri },
      identifier: 'eslint',
    });
    if (report?.kind !== 'full' || !Array.isArray(report.items)) {
      throw new Error(`textDocument/diagnostic: expected a full report, got ${JSON.stringify(report)}\n${this.report()}`);
    }
    return report.items;
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[]): Promise<(CodeAction | Command)[]> {
    const actions = await this.request<(CodeAction | Command)[] | null>('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics, only: undefined, triggerKind: 1 },
    });
    return actions ?? [];
  }

  async executeCommand(command: Command): Promise<unknown> {
    return this.request('workspace/executeCommand', { command: command.command, arguments: command.arguments ?? [] });
  }

  /** Throws, with the transcript, when the server reported any failure so far. */
  assertHealthy(step: string): void {
    if (this.failures.length > 0) {
      throw new Error(`the ESLint language server reported problems (${step}):\n- ${this.failures.join('\n- ')}\n${this.report()}`);
    }
  }

  /** The transcript, for assertion messages. */
  report(): string {
    return `--- language server transcript (${this.transcript.length} lines) ---\n${this.transcript.join('\n')}\n--- end of transcript ---`;
  }

  /**
   * `shutdown` + `exit`; kills the process when either times out or it does not end in time.
   * Safe to call twice. Afterwards `exitStatus` tells how it ended.
   */
  async stop(timeoutMs = 5_000): Promise<void> {
    if (this.stopping) return this.exitPromise;
    this.stopping = true;
    if (!this.exited) {
      try {
        await Promise.race([
          this.request('shutdown'),
          new Promise((_, reject) => setTimeout(() => reject(new Error('shutdown timed out')), timeoutMs)),
        ]);
        await this.notify('exit');
      } catch (error) {
        this.note(`shutdown failed: ${(error as Error).message.split('\n')[0]}`);
      }
      const exited = await Promise.race([
        this.exitPromise.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs)),
      ]);
      if (!exited) {
        this.note('server did not exit after shutdown/exit: killing it');
        this.killed = true;
        this.child.kill('SIGKILL');
        await this.exitPromise;
      }
    }
    this.dispose();
  }

  private disposed = false;
  private dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.connection.dispose();
  }
}

/** The settings object VS Code's ESLint extension sends for a document (see the note). */
function settings(workspaceFolder: { name: string; uri: string }) {
  return {
    validate: 'on',
    packageManager: 'npm',
    useESLintClass: false,
    useFlatConfig: true,
    experimental: { useFlatConfig: false },
    codeActionOnSave: { mode: 'all' },
    format: false,
    quiet: false,
    onIgnoredFiles: 'off',
    options: {},
    rulesCustomizations: [],
    run: 'onType',
    problems: { shortenToSingleLine: false },
    nodePath: null,
    workingDirectory: { mode: 'auto' },
    workspaceFolder,
    codeAction: {
      disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' },
      showDocumentation: { enable: true },
    },
  };
}

function short(value: unknown, max = 600): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}

/** The text edits of `edit` for `uri`, whichever of `changes` / `documentChanges` the server used. */
export function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  const fromChanges = edit.changes?.[uri] ?? [];
  const fromDocumentChanges = (edit.documentChanges ?? []).filter((change) => change.textDocument.uri === uri).flatMap((change) => change.edits);
  return [...fromChanges, ...fromDocumentChanges];
}

/** Apply LSP text edits (UTF-16 positions, ranges in the original text) to `text`. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (position: Position): number => {
    const start = lineStarts[position.line];
    if (start === undefined) return text.length;
    const next = lineStarts[position.line + 1] ?? text.length + 1;
    return Math.min(start + position.character, next - 1);
  };
  const ordered = edits
    .map((edit, index) => ({ start: offset(edit.range.start), end: offset(edit.range.end), newText: edit.newText, index }))
    .sort((a, b) => b.start - a.start || b.index - a.index);
  let result = text;
  for (const edit of ordered) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}

export function isCommand(action: CodeAction | Command): action is Command {
  return typeof (action as Command).command === 'string';
}
