/**
 * A deterministic synthetic TypeScript project that looks like messaging
 * code: status-callback handlers that branch on provider codes (typed with the
 * generated unions, and untyped with raw literals), retry lists and retry
 * queues, and plenty of unrelated business code around them (models, services,
 * HTTP status handling, reducers, utilities).
 *
 * Files are generated in order from one seeded PRNG stream and each file only
 * imports earlier ones, so the first N files of a larger corpus are exactly the
 * corpus of size N: sizes differ in amount, not in kind.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CodeEntry, FamilyData } from '../src/codes/types.ts';
import { FAMILIES } from '../src/generated/index.ts';
import { Random } from './prng.ts';

export const DEFAULT_SEED = 0x5eed;
/** The module typed code imports the generated enums and unions from. */
export const CODES_MODULE = 'eslint-plugin-delivery-codes/codes';

export type FileKind =
  | 'shared'
  | 'model'
  | 'service'
  | 'http'
  | 'state'
  | 'util'
  | 'twilio-typed'
  | 'twilio-untyped'
  | 'smtp-typed'
  | 'smtp-untyped'
  | 'webex'
  | 'collect-ai'
  | 'retry-list'
  | 'retry-worker';

const CODE_KINDS: ReadonlySet<FileKind> = new Set<FileKind>([
  'twilio-typed',
  'twilio-untyped',
  'smtp-typed',
  'smtp-untyped',
  'webex',
  'collect-ai',
  'retry-list',
  'retry-worker',
]);

export interface GeneratedFile {
  /** Relative to the project root, `/`-separated: `src/services/order-12.ts`. */
  readonly path: string;
  readonly kind: FileKind;
  /** The file branches on, lists or retries provider codes. */
  readonly touchesCodes: boolean;
  readonly text: string;
}

export interface Corpus {
  readonly seed: number;
  readonly files: readonly GeneratedFile[];
}

// ---------------------------------------------------------------------------
// Catalog facts the code templates need (read from the generated catalog, so
// the typed code always compiles against the unions it imports).

function permanent(entry: CodeEntry): boolean {
  return entry.outcome === 'failed' && entry.permanence === 'permanent';
}

function retryable(entry: CodeEntry): boolean {
  return entry.outcome === 'failed' && (entry.retry === 'safe' || entry.retry === 'provider-retries');
}

interface CodeSet {
  readonly family: FamilyData;
  readonly entries: readonly CodeEntry[];
}

function codeSet(id: keyof typeof FAMILIES, channel?: string): CodeSet {
  const family = FAMILIES[id];
  const entries = family.entries.filter((entry) => entry.outcome === 'failed' && (channel === undefined || entry.channel === channel));
  if (entries.length === 0) throw new Error(`no failure codes for ${id}${channel ? `/${channel}` : ''} in the catalog`);
  return { family, entries };
}

const TWILIO = codeSet('twilio');
const SMTP = codeSet('smtp');
const WEBEX_SMS = codeSet('webex-connect', 'sms');
const COLLECT_AI_EMAIL = codeSet('collect-ai', 'email');

// ---------------------------------------------------------------------------
// Source text helpers.

const ENTITIES = [
  'Order',
  'Invoice',
  'Customer',
  'Shipment',
  'Subscription',
  'Coupon',
  'Payment',
  'Ticket',
  'Campaign',
  'Contact',
  'Template',
  'Account',
  'Product',
  'Refund',
  'Warehouse',
  'Driver',
  'Route',
  'Appointment',
  'Lead',
  'Quote',
  'Contract',
  'Budget',
  'Report',
  'Survey',
  'Review',
  'Cart',
  'Voucher',
  'Device',
  'Session',
  'Webhook',
] as const;

const STATUS_SETS = [
  ['Draft', 'Active', 'Suspended', 'Closed'],
  ['Pending', 'Approved', 'Rejected', 'Expired', 'Cancelled'],
  ['New', 'InProgress', 'Blocked', 'Done'],
  ['Open', 'Paid', 'Overdue', 'WrittenOff'],
] as const;

const KIND_SETS = [
  ['standard', 'premium', 'trial'],
  ['internal', 'external'],
  ['retail', 'wholesale', 'partner', 'marketplace'],
  ['basic', 'plus', 'enterprise'],
] as const;

const kebab = (name: string) => name.replace(/(?<=[a-z0-9])(?=[A-Z])/g, '-').toLowerCase();
const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const q = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function indent(text: string, levels: number): string {
  const pad = '  '.repeat(levels);
  return text
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

/** Imports a file needs, by module specifier. */
class Imports {
  private readonly modules = new Map<string, Map<string, boolean>>();

  /** `typeOnly`: `import { type X }`; a name imported both ways keeps the value import. */
  add(module: string, name: string, typeOnly = false): string {
    const names = this.modules.get(module) ?? new Map<string, boolean>();
    names.set(name, (names.get(name) ?? true) && typeOnly);
    this.modules.set(module, names);
    return name;
  }

  text(): string {
    const sorted = [...this.modules].sort(([a], [b]) => (a.startsWith('.') === b.startsWith('.') ? a.localeCompare(b) : a.startsWith('.') ? 1 : -1));
    return sorted
      .map(([module, names]) => {
        const list = [...names].sort(([a], [b]) => a.localeCompare(b));
        if (list.every(([, typeOnly]) => typeOnly)) return `import type { ${list.map(([name]) => name).join(', ')} } from ${q(module)};`;
        return `import { ${list.map(([name, typeOnly]) => (typeOnly ? `type ${name}` : name)).join(', ')} } from ${q(module)};`;
      })
      .join('\n');
  }
}

// ---------------------------------------------------------------------------
// The shared files every corpus starts with.

const MESSAGE_MODULE = '../models/message';
const RUNTIME_MODULE = '../messaging/runtime';
const HTTP_MODULE = '../lib/http';

const MESSAGE_TS = `export type Channel = 'sms' | 'email' | 'whatsapp' | 'push';

export interface OutboundMessage {
  readonly id: string;
  readonly channel: Channel;
  readonly to: string;
  readonly from: string;
  readonly body: string;
  readonly attempts: number;
  readonly createdAt: Date;
  readonly metadata: Readonly<Record<string, string>>;
}

export interface DeliveryReceipt {
  readonly messageId: string;
  readonly status: 'queued' | 'sent' | 'delivered' | 'undelivered' | 'failed';
  /** As the provider sends it: text, even for numeric codes. */
  readonly errorCode?: string;
  readonly provider: 'twilio' | 'smtp' | 'webex' | 'collect-ai';
  readonly receivedAt: Date;
}

export type BounceAction = 'defer' | 'suppress' | 'retry' | 'ignore' | 'review';

export function isFinal(receipt: DeliveryReceipt): boolean {
  return receipt.status === 'delivered' || receipt.status === 'undelivered' || receipt.status === 'failed';
}
`;

const RUNTIME_TS = `import type { OutboundMessage } from '../models/message';

export interface RetryOptions {
  readonly delayMs?: number;
  readonly reason?: string;
}

interface Pending {
  readonly message: OutboundMessage;
  readonly dueAt: number;
  readonly reason: string;
}

export class RetryQueue {
  private pending: Pending[] = [];

  add(message: OutboundMessage, options: RetryOptions = {}): void {
    this.pending.push({
      message: { ...message, attempts: message.attempts + 1 },
      dueAt: Date.now() + (options.delayMs ?? 30_000),
      reason: options.reason ?? 'retry',
    });
  }

  due(now: number): OutboundMessage[] {
    const ready = this.pending.filter((item) => item.dueAt <= now);
    this.pending = this.pending.filter((item) => item.dueAt > now);
    return ready.map((item) => item.message);
  }

  get size(): number {
    return this.pending.length;
  }
}

export const retryQueue = new RetryQueue();

const failures = new Map<string, string>();
const suppressed = new Set<string>();

export function markFailed(message: OutboundMessage, reason: string): void {
  failures.set(message.id, reason);
}

export function suppressRecipient(address: string): void {
  suppressed.add(address.trim().toLowerCase());
}

export function isSuppressed(address: string): boolean {
  return suppressed.has(address.trim().toLowerCase());
}

export function scheduleRetry(message: OutboundMessage, delayMs: number): void {
  retryQueue.add(message, { delayMs, reason: 'scheduled' });
}

export async function requeue(message: OutboundMessage, delayMs = 60_000): Promise<void> {
  retryQueue.add(message, { delayMs, reason: 'requeue' });
}

const lines: string[] = [];

export const logger = {
  info(...args: readonly unknown[]): void {
    lines.push(['info', ...args].map(String).join(' '));
  },
  warn(...args: readonly unknown[]): void {
    lines.push(['warn', ...args].map(String).join(' '));
  },
  error(...args: readonly unknown[]): void {
    lines.push(['error', ...args].map(String).join(' '));
  },
};

const counters = new Map<string, number>();

export const metrics = {
  increment(name: string, by = 1): void {
    counters.set(name, (counters.get(name) ?? 0) + by);
  },
};
`;

const HTTP_TS = `export type HttpStatus = 200 | 201 | 202 | 204 | 301 | 304 | 400 | 401 | 403 | 404 | 409 | 422 | 429 | 500 | 502 | 503 | 504;

export interface HttpResponse<B> {
  readonly status: HttpStatus;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: B | null;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string; readonly retryAfterMs?: number };

export function sleep(ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const until = Date.now() + ms;
    const spin = (): void => (Date.now() >= until ? resolve() : void Promise.resolve().then(spin));
    spin();
  });
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T>(error: string, retryAfterMs?: number): Result<T> {
  return retryAfterMs === undefined ? { ok: false, error } : { ok: false, error, retryAfterMs };
}
`;

// ---------------------------------------------------------------------------
// Business models and the blocks of unrelated code that use them.

interface Model {
  /** Module specifier from a sibling directory: `../models/order-7`. */
  readonly module: string;
  readonly type: string;
  readonly statusEnum: string;
  readonly statuses: readonly string[];
  readonly kindType: string;
  readonly kinds: readonly string[];
  readonly eventType: string;
  readonly entity: string;
}

function modelFile(rnd: Random, index: number): { path: string; text: string; model: Model } {
  const entity = rnd.pick(ENTITIES);
  const type = `${entity}${index}`;
  const statusEnum = `${entity}Status${index}`;
  const statuses = rnd.pick(STATUS_SETS);
  const kinds = rnd.pick(KIND_SETS);
  const kindType = `${entity}Kind${index}`;
  const eventType = `${entity}Event${index}`;
  const numeric = rnd.chance(0.3);
  const name = `${kebab(entity)}-${index}`;
  const enumBody = statuses.map((status, i) => (numeric ? `  ${status} = ${i},` : `  ${status} = ${q(kebab(status))},`)).join('\n');
  const limit = rnd.int(10, 500);
  const text = `/** ${entity} records as the ${rnd.pick(['billing', 'fulfilment', 'CRM', 'support', 'marketing'])} service stores them. */
export enum ${statusEnum} {
${enumBody}
}

export type ${kindType} = ${kinds.map(q).join(' | ')};

export interface ${type} {
  readonly id: string;
  readonly status: ${statusEnum};
  readonly kind: ${kindType};
  readonly ownerEmail: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt?: Date;
  readonly notes?: string;
}

export type ${eventType} =
  | { readonly type: 'created'; readonly payload: ${type} }
  | { readonly type: 'updated'; readonly id: string; readonly changes: Partial<${type}> }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'archived'; readonly id: string; readonly reason: string };

export const DEFAULT_${kebab(entity).replace(/-/g, '_').toUpperCase()}_PAGE_SIZE_${index} = ${limit};

export function is${type}(value: unknown): value is ${type} {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['amountCents'] === 'number' && Array.isArray(record['tags']);
}

export function new${type}(id: string, ownerEmail: string, kind: ${kindType} = ${q(kinds[0] as string)}): ${type} {
  return {
    id,
    status: ${statusEnum}.${statuses[0]},
    kind,
    ownerEmail,
    amountCents: 0,
    tags: [],
    createdAt: new Date(),
  };
}
`;
  return { path: `src/models/${name}.ts`, text, model: { module: `../models/${name}`, type, statusEnum, statuses, kindType, kinds, eventType, entity } };
}

interface BlockContext {
  readonly rnd: Random;
  readonly imports: Imports;
  /** A number unique in the file, for names. */
  readonly id: number;
  readonly model: Model;
}

type Block = (ctx: BlockContext) => string;

function useModel(ctx: BlockContext, withStatus = false, withEvents = false, withKind = false): void {
  ctx.imports.add(ctx.model.module, ctx.model.type, true);
  if (withStatus) ctx.imports.add(ctx.model.module, ctx.model.statusEnum);
  if (withEvents) ctx.imports.add(ctx.model.module, ctx.model.eventType, true);
  if (withKind) ctx.imports.add(ctx.model.module, ctx.model.kindType, true);
}

const statusSwitchBlock: Block = (ctx) => {
  const { model, rnd, id } = ctx;
  useModel(ctx, true);
  const exhaustive = rnd.chance(0.5);
  const members = exhaustive ? model.statuses : rnd.sample(model.statuses, Math.max(1, model.statuses.length - rnd.int(1, 2)));
  const cases = members
    .map((status) => `  case ${model.statusEnum}.${status}:\n    return ${rnd.chance(0.3) ? `item.amountCents > 0 ? ${q(status)} : ${q(`${status} (free)`)}` : q(status)};`)
    .join('\n');
  return `export function describe${model.type}Status${id}(item: ${model.type}): string {
  switch (item.status) {
${cases}${exhaustive ? '' : `\n  default:\n    return 'unknown';`}
  }
}`;
};

const kindChainBlock: Block = (ctx) => {
  const { model, rnd, id } = ctx;
  useModel(ctx);
  const [first, second] = model.kinds as [string, string];
  return `export function priceFor${model.type}${id}(item: ${model.type}, base: number): number {
  if (item.kind === ${q(first)}) {
    return base * ${rnd.int(2, 5)};
  } else if (item.kind === ${q(second)}) {
    return Math.round(base * 0.${rnd.int(5, 95)});
  } else {
    return base;
  }
}`;
};

const reducerBlock: Block = (ctx) => {
  const { model, rnd, id } = ctx;
  useModel(ctx, false, true);
  const archived = rnd.chance(0.75)
    ? `
    case 'archived': {
      const current = next.get(event.id);
      if (current) next.set(event.id, { ...current, notes: event.reason });
      break;
    }`
    : '';
  return `export function apply${model.eventType}${id}(state: ReadonlyMap<string, ${model.type}>, event: ${model.eventType}): Map<string, ${model.type}> {
  const next = new Map(state);
  switch (event.type) {
    case 'created':
      next.set(event.payload.id, event.payload);
      break;
    case 'updated': {
      const current = next.get(event.id);
      if (current) {
        next.set(event.id, { ...current, ...event.changes, updatedAt: new Date() });
      }
      break;
    }
    case 'deleted':
      next.delete(event.id);
      break;${archived}
  }
  return next;
}`;
};

const aggregateBlock: Block = (ctx) => {
  const { model, rnd, id } = ctx;
  useModel(ctx, true);
  const skipped = rnd.pick(model.statuses);
  return `export function summarize${model.type}${id}(items: readonly ${model.type}[]): { count: number; total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    if (item.status === ${model.statusEnum}.${skipped}) {
      continue;
    }
    total += item.amountCents;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return { count: items.length, total, byKind };
}`;
};

const emailPrefsBlock: Block = (ctx) => {
  const { model, rnd, id } = ctx;
  useModel(ctx);
  return `export type EmailDigest${id} = 'daily' | 'weekly' | 'never';
export type MailStatus${id} = 'ok' | 'bounced' | 'complained';

export function digestDelay${id}(emailDigest: EmailDigest${id}, mailStatus: MailStatus${id}, item: ${model.type}): number {
  if (!item.ownerEmail.includes('@')) {
    return -1;
  }
  if (mailStatus === 'bounced') {
    return -1;
  } else if (mailStatus === 'complained') {
    return ${rnd.int(2, 9)} * 86_400_000;
  }
  switch (emailDigest) {
    case 'daily':
      return 86_400_000;
    case 'weekly':
      return 7 * 86_400_000;
    case 'never':
      return Number.POSITIVE_INFINITY;
  }
}`;
};

const repositoryBlock: Block = (ctx) => {
  const { model, id } = ctx;
  useModel(ctx, true, false, true);
  return `export class ${model.type}Repository${id} {
  private readonly byId = new Map<string, ${model.type}>();

  save(item: ${model.type}): void {
    this.byId.set(item.id, { ...item, updatedAt: new Date() });
  }

  find(id: string): ${model.type} | undefined {
    return this.byId.get(id);
  }

  list(filter: { readonly status?: ${model.statusEnum}; readonly kind?: ${model.kindType} } = {}): ${model.type}[] {
    const result: ${model.type}[] = [];
    for (const item of this.byId.values()) {
      if (filter.status !== undefined && item.status !== filter.status) continue;
      if (filter.kind !== undefined && item.kind !== filter.kind) continue;
      result.push(item);
    }
    return result.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  remove(id: string): boolean {
    return this.byId.delete(id);
  }
}`;
};

const validateBlock: Block = (ctx) => {
  const { model, rnd, id } = ctx;
  return `export function validate${model.entity}Input${id}(input: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  const identifier = input['id'];
  const amount = input['amountCents'];
  const email = input['ownerEmail'];
  if (typeof identifier !== 'string' || identifier.length === 0) errors.push('id is required');
  if (typeof amount !== 'number') {
    errors.push('amountCents must be a number');
  } else if (amount < 0) {
    errors.push('amountCents must not be negative');
  } else if (amount > ${rnd.int(1, 9)}_000_000) {
    errors.push('amountCents is too large');
  }
  if (typeof email === 'string' && !/^[^@\\s]+@[^@\\s]+$/.test(email)) {
    errors.push('ownerEmail is invalid');
  }
  return errors;
}`;
};

const tierBlock: Block = (ctx) => {
  const { rnd, id } = ctx;
  const a = rnd.int(5, 20) * 100;
  const b = a * rnd.int(3, 8);
  const c = b * rnd.int(3, 8);
  return `export function tierFor${id}(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < ${a}) {
    return 'low';
  } else if (amountCents < ${b}) {
    return 'mid';
  } else if (amountCents < ${c}) {
    return 'high';
  }
  return 'vip';
}`;
};

const formatBlock: Block = (ctx) => {
  const { model, id } = ctx;
  useModel(ctx);
  return `export function format${model.type}Line${id}(item: ${model.type}, locale = 'en'): string {
  const amount = (item.amountCents / 100).toFixed(2);
  const tags = item.tags.length > 0 ? \` [\${item.tags.join(', ')}]\` : '';
  const updated = item.updatedAt ? \` (updated \${item.updatedAt.toISOString().slice(0, 10)})\` : '';
  return \`\${item.id} \${amount} \${locale}\${tags}\${updated}\`;
}`;
};

const asyncRetryBlock: Block = (ctx) => {
  const { rnd, id, imports } = ctx;
  imports.add(HTTP_MODULE, 'sleep');
  return `export async function withAttempts${id}<R>(task: () => Promise<R>, attempts = ${rnd.int(2, 5)}): Promise<R> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await task();
    } catch (error) {
      lastError = error;
      if (error instanceof TypeError) {
        break;
      } else if (attempt === attempts - 1) {
        break;
      }
      await sleep(${rnd.int(5, 50) * 10} * 2 ** attempt);
    }
  }
  throw lastError;
}`;
};

const httpSwitchBlock: Block = (ctx) => {
  const { model, rnd, id, imports } = ctx;
  useModel(ctx);
  imports.add(HTTP_MODULE, 'HttpResponse', true);
  imports.add(HTTP_MODULE, 'Result', true);
  imports.add(HTTP_MODULE, 'ok');
  imports.add(HTTP_MODULE, 'fail');
  const conflict = rnd.chance(0.5) ? `\n    case 409:\n      return fail('conflict on ${camel(model.entity)}');` : '';
  return `export function read${model.type}Response${id}(response: HttpResponse<${model.type}>): Result<${model.type}> {
  switch (response.status) {
    case 200:
    case 201:
      return response.body ? ok(response.body) : fail('empty body');
    case 204:
      return fail('no content');
    case 400:
    case 422:
      return fail('invalid ${camel(model.entity)} request');
    case 401:
    case 403:
      return fail('not allowed');
    case 404:
      return fail('${camel(model.entity)} not found');${conflict}
    case 429:
      return fail('rate limited', Number(response.headers['retry-after'] ?? '1') * 1000);
    default:
      if (response.status >= 500) {
        return fail('server error', ${rnd.int(1, 30)} * 1000);
      }
      return fail(\`unexpected status \${response.status}\`);
  }
}`;
};

const httpChainBlock: Block = (ctx) => {
  const { rnd, id, imports } = ctx;
  imports.add(HTTP_MODULE, 'HttpStatus', true);
  return `export function shouldRetryRequest${id}(status: HttpStatus, attempt: number): boolean {
  if (attempt >= ${rnd.int(3, 6)}) {
    return false;
  }
  if (status === 429) {
    return true;
  } else if (status === 502 || status === 503 || status === 504) {
    return true;
  } else if (status >= 400 && status < 500) {
    return false;
  }
  return status >= 500;
}`;
};

const pagingBlock: Block = (ctx) => {
  const { rnd, id } = ctx;
  return `export function paginate${id}<T>(items: readonly T[], page: number, size = ${rnd.int(10, 100)}): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pages };
}

export function groupBy${id}<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}`;
};

const BUSINESS_BLOCKS: readonly Block[] = [
  statusSwitchBlock,
  kindChainBlock,
  reducerBlock,
  aggregateBlock,
  emailPrefsBlock,
  repositoryBlock,
  validateBlock,
  tierBlock,
  formatBlock,
  asyncRetryBlock,
  httpChainBlock,
  pagingBlock,
];

// ---------------------------------------------------------------------------
// Code-handling blocks.

interface CodeContext {
  readonly rnd: Random;
  readonly imports: Imports;
  readonly id: number;
}

type Variant = 'complete' | 'terminal-default' | 'missing';

function variant(rnd: Random): Variant {
  return rnd.weighted({ complete: 4, 'terminal-default': 3, missing: 3 });
}

interface Grouped {
  readonly retry: CodeEntry[];
  readonly permanent: CodeEntry[];
  readonly other: CodeEntry[];
}

/** Which codes the branches name, by what they do there. */
function chooseCodes(rnd: Random, entries: readonly CodeEntry[], v: Variant, max = 12): Grouped {
  const retry = entries.filter(retryable);
  const perm = entries.filter(permanent);
  const other = entries.filter((entry) => !retryable(entry) && !permanent(entry));
  const keepPerm =
    v === 'complete' ? perm : rnd.sample(perm, Math.max(1, perm.length - rnd.int(1, Math.max(1, Math.min(3, perm.length - 1)))));
  const keepRetry = rnd.sample(retry, Math.max(1, Math.min(retry.length, rnd.int(1, 3))));
  const keepOther = rnd.sample(other, rnd.int(0, Math.min(2, other.length)));
  const limit = (list: CodeEntry[], n: number) => (v === 'complete' ? list : list.slice(0, n));
  return { retry: keepRetry, permanent: limit(keepPerm, max), other: keepOther };
}

function retryStatement(rnd: Random, imports: Imports, subject: string): string {
  switch (rnd.int(0, 2)) {
    case 0:
      imports.add(RUNTIME_MODULE, 'retryQueue');
      return `retryQueue.add(message, { delayMs: ${rnd.int(1, 30) * 10_000}, reason: \`retry \${${subject}}\` });`;
    case 1:
      imports.add(RUNTIME_MODULE, 'scheduleRetry');
      return `scheduleRetry(message, ${rnd.int(1, 10) * 60_000});`;
    default:
      imports.add(RUNTIME_MODULE, 'retryQueue');
      return `retryQueue.add(message);`;
  }
}

function terminalStatements(rnd: Random, imports: Imports, label: string): string[] {
  imports.add(RUNTIME_MODULE, 'markFailed');
  switch (rnd.int(0, 2)) {
    case 0:
      imports.add(RUNTIME_MODULE, 'suppressRecipient');
      return ['suppressRecipient(message.to);', `markFailed(message, ${q(label)});`];
    case 1:
      return [`markFailed(message, ${q(label)});`];
    default:
      imports.add(RUNTIME_MODULE, 'metrics');
      return [`metrics.increment(${q(`delivery.${label}`)});`, `markFailed(message, ${q(label)});`];
  }
}

function logStatement(imports: Imports, subject: string, label: string): string {
  imports.add(RUNTIME_MODULE, 'logger');
  return `logger.warn(${q(label)}, ${subject}, message.id);`;
}

interface SwitchSpec {
  readonly subject: string;
  readonly label: string;
  /** Case test text for an entry. */
  readonly test: (entry: CodeEntry) => string;
  readonly codes: Grouped;
  readonly v: Variant;
  /** Whether the subject's type is a closed union (then "no default" is a fine choice). */
  readonly closed: boolean;
}

function caseGroup(tests: string[], body: string[], end = 'break;'): string {
  return [...tests.map((test) => `case ${test}:`), ...body.map((line) => `  ${line}`), ...(end ? [`  ${end}`] : [])].join('\n');
}

function codeSwitch(rnd: Random, imports: Imports, spec: SwitchSpec): string {
  const { codes, test, subject, label } = spec;
  const groups: string[] = [];
  if (codes.retry.length > 0) groups.push(caseGroup(codes.retry.map(test), [retryStatement(rnd, imports, subject)]));
  // Permanent codes in one or two groups: suppress the recipient for some, mark failed for the rest.
  if (codes.permanent.length > 0) {
    const split = codes.permanent.length > 3 && rnd.chance(0.5) ? rnd.int(1, codes.permanent.length - 1) : codes.permanent.length;
    const [a, b] = [codes.permanent.slice(0, split), codes.permanent.slice(split)];
    groups.push(caseGroup(a.map(test), terminalStatements(rnd, imports, `${label} permanent`)));
    if (b.length > 0) {
      if (rnd.chance(0.3)) groups.push(caseGroup(b.map(test), [`throw new Error(\`${label} \${${subject}}: stop sending\`);`], ''));
      else groups.push(caseGroup(b.map(test), terminalStatements(rnd, imports, `${label} rejected`)));
    }
  }
  if (codes.other.length > 0) groups.push(caseGroup(codes.other.map(test), [logStatement(imports, subject, `${label} needs review`)]));
  let fallback = '';
  if (spec.v === 'terminal-default') fallback = caseGroup([], terminalStatements(rnd, imports, `${label} unhandled`), '').replace(/^/, 'default:\n');
  else if (spec.v === 'missing' || !spec.closed || rnd.chance(0.5)) fallback = `default:\n  ${logStatement(imports, subject, `${label} unhandled`)}`;
  const body = [...rnd.shuffle(groups), ...(fallback ? [fallback] : [])].join('\n');
  return `switch (${subject}) {\n${indent(body, 1)}\n}`;
}

function codeIfChain(rnd: Random, imports: Imports, spec: SwitchSpec): string {
  const { codes, test, subject, label } = spec;
  const cond = (entries: CodeEntry[]) => entries.map((entry) => `${subject} === ${test(entry)}`).join(' || ');
  const branches: [string, string[]][] = [];
  if (codes.retry.length > 0) branches.push([cond(codes.retry), [retryStatement(rnd, imports, subject)]]);
  for (let i = 0; i < codes.permanent.length; i += 3) {
    branches.push([cond(codes.permanent.slice(i, i + 3)), terminalStatements(rnd, imports, `${label} permanent`)]);
  }
  if (codes.other.length > 0) branches.push([cond(codes.other), [logStatement(imports, subject, `${label} needs review`)]]);
  const ordered = rnd.shuffle(branches);
  let text = ordered
    .map(([condition, body], index) => `${index === 0 ? '' : ' else '}if (${condition}) {\n${indent(body.join('\n'), 1)}\n}`)
    .join('');
  if (spec.v === 'terminal-default') text += ` else {\n${indent(terminalStatements(rnd, imports, `${label} unhandled`).join('\n'), 1)}\n}`;
  else if (spec.v === 'missing' || rnd.chance(0.6)) text += ` else {\n  ${logStatement(imports, subject, `${label} unhandled`)}\n}`;
  return text;
}

function useMessage(imports: Imports): void {
  imports.add(MESSAGE_MODULE, 'OutboundMessage', true);
}

function twilioTyped(ctx: CodeContext): string {
  const { rnd, imports, id } = ctx;
  useMessage(imports);
  imports.add(CODES_MODULE, 'TwilioErrorCode', true);
  const viaEnum = rnd.chance(0.4);
  if (viaEnum) imports.add(CODES_MODULE, 'TwilioError');
  const v = variant(rnd);
  const test = (entry: CodeEntry) => (viaEnum ? `TwilioError.${entry.name}` : String(entry.code));
  const body = codeSwitch(rnd, imports, { subject: 'errorCode', label: 'twilio', test, codes: chooseCodes(rnd, TWILIO.entries, v), v, closed: true });
  return `/** Status callback for messages sent through Twilio. */
export function handleTwilioFailure${id}(message: OutboundMessage, errorCode: TwilioErrorCode): void {
${indent(body, 1)}
}`;
}

function twilioUntyped(ctx: CodeContext): string {
  const { rnd, imports, id } = ctx;
  useMessage(imports);
  imports.add(MESSAGE_MODULE, 'DeliveryReceipt', true);
  const v = variant(rnd);
  const codes = chooseCodes(rnd, TWILIO.entries, v);
  if (rnd.chance(0.5)) {
    const chain = codeIfChain(rnd, imports, { subject: 'errorCode', label: 'twilio', test: (e) => String(e.code), codes, v, closed: false });
    return `/** Twilio status webhook: ErrorCode arrives as text. */
export function onTwilioReceipt${id}(message: OutboundMessage, receipt: DeliveryReceipt): void {
  if (receipt.status !== 'failed' && receipt.status !== 'undelivered') {
    return;
  }
  const errorCode = Number(receipt.errorCode);
${indent(chain, 1)}
}`;
  }
  const body = codeSwitch(rnd, imports, { subject: 'receipt.errorCode', label: 'twilio', test: (e) => q(String(e.code)), codes, v, closed: false });
  return `/** Twilio status webhook: ErrorCode arrives as text. */
export function onTwilioReceipt${id}(message: OutboundMessage, receipt: DeliveryReceipt): void {
  if (receipt.status === 'delivered') {
    return;
  }
${indent(body, 1)}
}`;
}

function smtpTyped(ctx: CodeContext): string {
  const { rnd, imports, id } = ctx;
  useMessage(imports);
  imports.add(CODES_MODULE, 'SmtpReplyCode', true);
  const viaEnum = rnd.chance(0.4);
  if (viaEnum) imports.add(CODES_MODULE, 'SmtpReply');
  const v = variant(rnd);
  const test = (entry: CodeEntry) => (viaEnum ? `SmtpReply.${entry.name}` : String(entry.code));
  const body = codeSwitch(rnd, imports, { subject: 'code', label: 'smtp', test, codes: chooseCodes(rnd, SMTP.entries, v), v, closed: true });
  return `/** Bounce handler for the outbound mail relay. */
export function onBounce${id}(message: OutboundMessage, code: SmtpReplyCode): void {
${indent(body, 1)}
}`;
}

function smtpUntyped(ctx: CodeContext): string {
  const { rnd, imports, id } = ctx;
  useMessage(imports);
  imports.add(MESSAGE_MODULE, 'BounceAction', true);
  if (rnd.chance(0.5)) {
    imports.add(RUNTIME_MODULE, 'retryQueue');
    imports.add(RUNTIME_MODULE, 'suppressRecipient');
    imports.add(RUNTIME_MODULE, 'markFailed');
    const missing = rnd.chance(0.3);
    return `/** What to do with a bounce, from the SMTP reply code in the DSN. */
export function classifyBounce${id}(message: OutboundMessage, smtpCode: number): BounceAction {
  if (smtpCode === 421 || smtpCode === 451) {
    retryQueue.add(message, { delayMs: ${rnd.int(1, 15)} * 60_000 });
    return 'defer';
  } else if (${missing ? 'smtpCode === 551 || smtpCode === 553' : 'smtpCode >= 550 && smtpCode < 560'}) {
    suppressRecipient(message.to);
    markFailed(message, \`smtp \${smtpCode}\`);
    return 'suppress';
  } else if (smtpCode >= 400 && smtpCode < 500) {
    return 'retry';
  }
  return 'review';
}`;
  }
  const v = variant(rnd);
  const body = codeSwitch(rnd, imports, { subject: 'smtpCode', label: 'smtp', test: (e) => String(e.code), codes: chooseCodes(rnd, SMTP.entries, v), v, closed: false });
  return `export function handleSmtpReply${id}(message: OutboundMessage, smtpCode: number): BounceAction {
${indent(body, 1)}
  return ${q(rnd.pick(['defer', 'review', 'ignore']))};
}`;
}

function webex(ctx: CodeContext): string {
  const { rnd, imports, id } = ctx;
  useMessage(imports);
  const v = variant(rnd);
  const codes = chooseCodes(rnd, WEBEX_SMS.entries, v, 8);
  if (rnd.chance(0.5)) {
    imports.add(CODES_MODULE, 'WebexConnectStatusCode', true);
    const body = codeSwitch(rnd, imports, { subject: 'code', label: 'webex sms', test: (e) => String(e.code), codes, v, closed: true });
    return `/** Webex Connect SMS delivery receipt. */
export function onWebexSmsStatus${id}(message: OutboundMessage, code: WebexConnectStatusCode<'sms'>): void {
${indent(body, 1)}
}`;
  }
  const body = codeSwitch(rnd, imports, { subject: 'event.code', label: 'webex sms', test: (e) => String(e.code), codes, v, closed: false });
  return `export interface WebexEvent${id} {
  readonly messageId: string;
  readonly code: number;
  readonly description?: string;
}

/** Webex Connect SMS delivery receipt, as parsed from the webhook. */
export function onWebexEvent${id}(message: OutboundMessage, event: WebexEvent${id}): void {
  if (event.code === 7200) {
    return;
  }
${indent(body, 1)}
}`;
}

function collectAi(ctx: CodeContext): string {
  const { rnd, imports, id } = ctx;
  useMessage(imports);
  const v = variant(rnd);
  const codes = chooseCodes(rnd, COLLECT_AI_EMAIL.entries, v);
  const test = (entry: CodeEntry) => q(String(entry.code));
  if (rnd.chance(0.5)) {
    imports.add(CODES_MODULE, 'CollectAiReasonCode', true);
    const body = codeSwitch(rnd, imports, { subject: 'reason', label: 'collect.ai email', test, codes, v, closed: true });
    return `/** collect.AI e-mail communication events. */
export function onCollectAiEmail${id}(message: OutboundMessage, reason: CollectAiReasonCode<'email'>): void {
${indent(body, 1)}
}`;
  }
  const body = codeSwitch(rnd, imports, { subject: 'notification.reason', label: 'collect.ai email', test, codes, v, closed: false });
  return `export interface CollectAiNotification${id} {
  readonly communicationId: string;
  readonly reason: string;
}

export function onCollectAiNotification${id}(message: OutboundMessage, notification: CollectAiNotification${id}): void {
${indent(body, 1)}
}`;
}

function retryList(ctx: CodeContext): string {
  const { rnd, imports, id } = ctx;
  useMessage(imports);
  imports.add(RUNTIME_MODULE, 'retryQueue');
  imports.add(RUNTIME_MODULE, 'markFailed');
  const twilioRetry = TWILIO.entries.filter(retryable).map((e) => e.code);
  const twilioWrong = rnd.chance(0.35) ? [rnd.pick(TWILIO.entries.filter(permanent)).code] : [];
  const smtpRetry = SMTP.entries.filter(retryable).map((e) => e.code);
  const smtpWrong = rnd.chance(0.35) ? [rnd.pick(SMTP.entries.filter(permanent)).code] : [];
  return `const RETRYABLE_SMTP_CODES${id} = [${[...smtpRetry, ...smtpWrong].join(', ')}];
const RETRYABLE_TWILIO_CODES${id} = new Set([${[...twilioRetry, ...twilioWrong].join(', ')}]);

export function shouldRetrySmtp${id}(smtpCode: number): boolean {
  return RETRYABLE_SMTP_CODES${id}.includes(smtpCode);
}

export function onSmsFailure${id}(message: OutboundMessage, errorCode: number): void {
  if (RETRYABLE_TWILIO_CODES${id}.has(errorCode)) {
    retryQueue.add(message, { reason: \`twilio \${errorCode}\` });
  } else {
    markFailed(message, \`twilio \${errorCode}\`);
  }
}

export function onMailFailure${id}(message: OutboundMessage, smtpCode: number): void {
  if (RETRYABLE_SMTP_CODES${id}.includes(smtpCode)) {
    retryQueue.add(message, { delayMs: ${rnd.int(1, 20)} * 60_000 });
    return;
  }
  markFailed(message, \`smtp \${smtpCode}\`);
}`;
}

function retryWorker(ctx: CodeContext): string {
  const { rnd, imports, id } = ctx;
  useMessage(imports);
  imports.add(RUNTIME_MODULE, 'RetryQueue', true);
  imports.add(RUNTIME_MODULE, 'markFailed');
  imports.add(CODES_MODULE, 'TwilioErrorCode', true);
  const retry = TWILIO.entries.filter(retryable);
  const wrong = rnd.chance(0.4) ? [rnd.pick(TWILIO.entries.filter(permanent))] : [];
  const perm = TWILIO.entries.filter((e) => permanent(e) && !wrong.includes(e));
  const cases = (entries: readonly CodeEntry[]) => entries.map((e) => `      case ${e.code}:`).join('\n');
  return `/** Sends failed SMS again later, with backoff. */
export class SmsRetryWorker${id} {
  constructor(
    private readonly queue: RetryQueue,
    private readonly maxAttempts = ${rnd.int(3, 8)},
  ) {}

  onFailure(message: OutboundMessage, errorCode: TwilioErrorCode): void {
    if (message.attempts >= this.maxAttempts) {
      markFailed(message, 'too many attempts');
      return;
    }
    switch (errorCode) {
${cases([...retry, ...wrong])}
        this.queue.add(message, { delayMs: this.backoff(message.attempts) });
        break;
${cases(perm)}
        markFailed(message, \`twilio \${errorCode}\`);
        break;
      default:
        markFailed(message, \`twilio \${errorCode} (unclassified)\`);
    }
  }

  private backoff(attempt: number): number {
    return Math.min(${rnd.int(1, 5)} * 60_000 * 2 ** attempt, 3_600_000);
  }
}`;
}

const CODE_BLOCKS: Readonly<Record<Extract<FileKind, 'twilio-typed' | 'twilio-untyped' | 'smtp-typed' | 'smtp-untyped' | 'webex' | 'collect-ai' | 'retry-list' | 'retry-worker'>, (ctx: CodeContext) => string>> = {
  'twilio-typed': twilioTyped,
  'twilio-untyped': twilioUntyped,
  'smtp-typed': smtpTyped,
  'smtp-untyped': smtpUntyped,
  webex,
  'collect-ai': collectAi,
  'retry-list': retryList,
  'retry-worker': retryWorker,
};

// ---------------------------------------------------------------------------
// Files.

const DIRECTORY: Readonly<Record<FileKind, string>> = {
  shared: '',
  model: 'models',
  service: 'services',
  http: 'clients',
  state: 'state',
  util: 'lib',
  'twilio-typed': 'messaging',
  'twilio-untyped': 'webhooks',
  'smtp-typed': 'messaging',
  'smtp-untyped': 'mail',
  webex: 'webhooks',
  'collect-ai': 'webhooks',
  'retry-list': 'messaging',
  'retry-worker': 'queues',
};

/** About 15 % of the files touch provider codes; the rest is the business code around them. */
const KIND_WEIGHTS: Readonly<Record<Exclude<FileKind, 'shared'>, number>> = {
  model: 14,
  service: 33,
  http: 12,
  state: 10,
  util: 16,
  'twilio-typed': 2.5,
  'twilio-untyped': 2.5,
  'smtp-typed': 2,
  'smtp-untyped': 2,
  webex: 2,
  'collect-ai': 1.5,
  'retry-list': 1.5,
  'retry-worker': 1.5,
};

/** The first files after the shared ones, so even a tiny corpus has every kind the rules care about. */
const LEADING_KINDS: readonly Exclude<FileKind, 'shared'>[] = [
  'model',
  'twilio-typed',
  'http',
  'smtp-untyped',
  'service',
  'retry-list',
  'collect-ai',
  'state',
  'twilio-untyped',
  'webex',
  'util',
  'smtp-typed',
  'retry-worker',
];

function businessFile(rnd: Random, kind: FileKind, index: number, models: readonly Model[]): string {
  const imports = new Imports();
  const blocks: string[] = [];
  const count = kind === 'util' ? rnd.int(2, 4) : rnd.int(3, 6);
  const pool: readonly Block[] =
    kind === 'http'
      ? [httpSwitchBlock, httpChainBlock, asyncRetryBlock, validateBlock, formatBlock]
      : kind === 'state'
        ? [reducerBlock, repositoryBlock, statusSwitchBlock, aggregateBlock]
        : kind === 'util'
          ? [pagingBlock, tierBlock, formatBlock, validateBlock, asyncRetryBlock]
          : BUSINESS_BLOCKS;
  for (let i = 0; i < count; i++) {
    const block = i === 0 && kind === 'http' ? httpSwitchBlock : rnd.pick(pool);
    blocks.push(block({ rnd, imports, id: index * 10 + i, model: rnd.pick(models) }));
  }
  return `${imports.text()}\n\n${blocks.join('\n\n')}\n`;
}

function codeFile(rnd: Random, kind: keyof typeof CODE_BLOCKS, index: number, models: readonly Model[]): string {
  const imports = new Imports();
  const blocks: string[] = [];
  const extra = rnd.int(1, 3);
  const codeAt = rnd.int(0, extra);
  for (let i = 0; i <= extra; i++) {
    const id = index * 10 + i;
    if (i === codeAt) blocks.push(CODE_BLOCKS[kind]({ rnd, imports, id }));
    else blocks.push(rnd.pick(BUSINESS_BLOCKS)({ rnd, imports, id, model: rnd.pick(models) }));
  }
  return `${imports.text()}\n\n${blocks.join('\n\n')}\n`;
}

/** The corpus of `fileCount` files for `seed`; the same arguments give the same files, byte for byte. */
export function generateCorpus(fileCount: number, seed = DEFAULT_SEED): Corpus {
  if (!Number.isInteger(fileCount) || fileCount < 4) throw new Error(`a corpus needs at least 4 files, not ${fileCount}`);
  const rnd = new Random(seed);
  const files: GeneratedFile[] = [
    { path: 'src/models/message.ts', kind: 'shared', touchesCodes: false, text: MESSAGE_TS },
    { path: 'src/messaging/runtime.ts', kind: 'shared', touchesCodes: false, text: RUNTIME_TS },
    { path: 'src/lib/http.ts', kind: 'shared', touchesCodes: false, text: HTTP_TS },
  ];
  const models: Model[] = [];
  for (let index = files.length; index < fileCount; index++) {
    const leading = LEADING_KINDS[index - 3];
    const kind = leading ?? rnd.weighted(KIND_WEIGHTS);
    if (kind === 'model' || models.length === 0) {
      const model = modelFile(rnd, index);
      models.push(model.model);
      files.push({ path: model.path, kind: 'model', touchesCodes: false, text: model.text });
      continue;
    }
    const name = `${kebab(rnd.pick(ENTITIES))}-${kind === 'service' ? rnd.pick(['service', 'policy', 'sync', 'report']) : kind}-${index}`;
    const path = `src/${DIRECTORY[kind]}/${name}.ts`;
    const touchesCodes = CODE_KINDS.has(kind);
    const text = touchesCodes
      ? codeFile(rnd, kind as keyof typeof CODE_BLOCKS, index, models)
      : businessFile(rnd, kind, index, models);
    files.push({ path, kind, touchesCodes, text });
  }
  return { seed, files };
}

export interface WriteOptions {
  /** Absolute path of the declarations `eslint-plugin-delivery-codes/codes` resolves to. */
  readonly codesTypes: string;
}

/** Writes the corpus and its tsconfig.json into `dir` (emptied first). */
export function writeCorpus(dir: string, corpus: Corpus, options: WriteOptions): void {
  rmSync(join(dir, 'src'), { recursive: true, force: true });
  for (const file of corpus.files) {
    const target = join(dir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  const tsconfig = {
    compilerOptions: {
      target: 'es2022',
      lib: ['es2022'],
      module: 'esnext',
      moduleResolution: 'bundler',
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
      paths: { [CODES_MODULE]: [options.codesTypes] },
    },
    include: ['src'],
  };
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
}
