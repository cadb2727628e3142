import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { branchesOf, isChainHead, literalAtoms, literalKey, type Branch, type BranchSet, type MatchAtom } from '../src/analysis/branches.ts';
import { catalogIndex, codeKey, hitsFor, isNonRetryable, type CodeValue } from '../src/analysis/catalog-index.ts';
import { isCollectionLiteral, listedCodes } from '../src/analysis/collections.ts';
import { skipsFile } from '../src/analysis/file-gate.ts';
import { detectCodes } from '../src/analysis/detect.ts';
import { DEFAULT_EFFECT_OPTIONS, endsMessage, findFix, findRetry, mayRetryAt, type Effect, type EffectOptions } from '../src/analysis/effects.ts';
import { literalValues, subjectKey, subjectLeaf, subjectWords, unwrap } from '../src/analysis/expressions.ts';
import { DEFAULT_CODE_NAME_PATTERN, type Detection, type DetectionOptions } from '../src/analysis/family.ts';
import { isHttpStatus } from '../src/analysis/overlaps.ts';
import {
  calleeName,
  definitelyLeaves,
  enclosingFunction,
  endsCase,
  forEachNode,
  functionName,
  isFunctionNode,
  keyName,
  statementList,
  targetName,
  unconditionalAfter,
} from '../src/analysis/flow.ts';
import {
  atomMatches,
  atomWitnessNode,
  evaluateTest,
  innerSubject,
  keyRoot,
  literalAtomsIn,
  parameterNames,
  trueWitnesses,
  type Truth,
  type Witness,
} from '../src/analysis/predicates.ts';
import type { RuleEntry } from '../src/analysis/rule-entry.ts';
import { cachedRegExp } from '../src/utils/cached-regexp.ts';
import { createRule } from '../src/utils/create-rule.ts';
import { detectionOptionsFrom } from '../src/utils/detection-options.ts';
import { codeWriter, lineIndent, listCodes, quoteStyle } from '../src/utils/source-text.ts';

export type Options = [
  {
    retryCallees?: string;
    retryQueues?: string;
    fixCallees?: string;
    allowResendAfterFix?: boolean;
    retryCollectionPattern?: string;
    retryPredicatePattern?: string;
    throwRetries?: boolean;
    queueWorkerPattern?: string;
    unrecoverableErrors?: string;
    minLiterals?: number;
    codeNamePattern?: string;
    maxListed?: number;
  },
];
export type MessageIds =
  | 'retryBranch'
  | 'retryDefault'
  | 'retryListed'
  | 'retryRange'
  | 'retryPredicate'
  | 'moveToPermanent'
  | 'sendToPermanent';

/** The sibling rule's subject names, plus a bare `code` (`err.code === 552`): here one literal and that name are enough. */
export const DEFAULT_RETRY_CODE_NAME_PATTERN = `^(?:code|${DEFAULT_CODE_NAME_PATTERN.source.slice('^(?:'.length)}`;
export const DEFAULT_RETRY_COLLECTION_PATTERN = 'retr(y|iable)|transient|temporary|soft';
export const DEFAULT_RETRY_PREDICATE_PATTERN =
  '^(?:is|should|can|may)_?(?:[Bb]e_?)?(?:[Rr]etr(?:y|iable|ied)|[Tt]ransient|[Tt]emporary|[Ss]oft(?:[A-Z_]|$))';
export const DEFAULT_QUEUE_WORKER_PATTERN = '^(?:\\w*(?:worker|processor|consumer)|process(?:job|message)?|handlejob|eachmessage)$';

/** `nonRetryable`, `NO_RETRY`, `doNotRetry`, `unretriable`: names that list codes not to retry. */
const NEGATED_NAME = /(?:non|not|no|un|never|dont|do_?not)[-_]?(?:retr|transient|temporar|soft)/i;

/** Words a queue `add` / `push` argument uses when it is the message itself, not a metric or an alert. */
const MESSAGE_WORDS = /^(?:msg|message|mail|email|sms|mms|job|task|payload|envelope|delivery|notification|item|original|outgoing|body|recipient|to|data)s?$/i;

const FIX_ACTION_FREE = new Set(['none', 'investigate']);

/** Words of a subject or list name that say "HTTP response status", unless a family's own word is there too. */
const HTTP_WORDS = new Set(['http', 'https', 'status', 'statuses', 'response', 'res', 'resp', 'fetch', 'axios', 'xhr']);

/** Words of every family's name hints; built once per process. */
let familyWords: ReadonlySet<string> | undefined;
function familyWordSet(): ReadonlySet<string> {
  familyWords ??= new Set(catalogIndex().families.flatMap((family) => family.nameHints));
  return familyWords;
}

/** Whether a family of the catalog is itself about enhanced status codes (RFC 3463); built once per process. */
let enhancedFamily: boolean | undefined;
function hasEnhancedFamily(): boolean {
  enhancedFamily ??= familyWordSet().has('enhanced') || familyWordSet().has('dsn');
  return enhancedFamily;
}

type Head = TSESTree.SwitchStatement | TSESTree.IfStatement;

function memoByBody(find: (body: readonly TSESTree.Node[]) => Effect | undefined): (body: readonly TSESTree.Node[]) => Effect | undefined {
  const found = new Map<readonly TSESTree.Node[], Effect | null>();
  return (body) => {
    let effect = found.get(body);
    if (effect === undefined) {
      effect = find(body) ?? null;
      found.set(body, effect);
    }
    return effect ?? undefined;
  };
}

/** A detection's codes that must not be retried, split by what a fix can do for them, and where each code sits. */
interface NonRetryable {
  readonly entries: readonly RuleEntry[];
  readonly afterFix: readonly RuleEntry[];
  readonly never: readonly RuleEntry[];
  readonly positions: ReadonlyMap<string, readonly number[]>;
}

// Detections over the same scopes share their entries, and typed ones are shared by every subject of one type.
const nonRetryableByScope = new WeakMap<readonly RuleEntry[], NonRetryable>();

function nonRetryableOf(detection: Detection): NonRetryable {
  let split = nonRetryableByScope.get(detection.inScope);
  if (!split) {
    const entries = detection.inScope.filter(isNonRetryable);
    const positions = new Map<string, number[]>();
    entries.forEach((entry, i) => {
      const code = String(entry.code);
      const at = positions.get(code);
      if (at) at.push(i);
      else positions.set(code, [i]);
    });
    const afterFix = entries.filter((entry) => entry.retry === 'after-fix');
    split = { entries, afterFix, never: entries.filter((entry) => entry.retry !== 'after-fix'), positions };
    nonRetryableByScope.set(detection.inScope, split);
  }
  return split;
}

interface Member {
  readonly head: Head;
  readonly set: BranchSet;
  /** Branches as detection resolved them (typed case tests turned into literals). */
  branches: readonly Branch[];
}

interface Run {
  readonly key: string;
  readonly members: readonly Member[];
  readonly list?: readonly TSESTree.Statement[];
  readonly lastIndex: number;
}

interface Finding {
  readonly kind: 'branch' | 'range' | 'default' | 'region';
  /** Where the report goes: the `case` clause, the comparison, the range test, the fallback, the sink after the run. */
  readonly node: TSESTree.Node;
  readonly entry: RuleEntry;
  readonly sink: Effect;
  readonly member?: Member;
  readonly branch?: Branch;
}

type Guard =
  | { readonly kind: 'before'; readonly statement: Head }
  | { readonly kind: 'inside'; readonly statement: TSESTree.IfStatement; readonly inConsequent: boolean }
  | { readonly kind: 'case'; readonly statement: TSESTree.SwitchStatement; readonly clause: TSESTree.SwitchCase };

const TRUE: Truth = { may: true, must: true };
const FALSE: Truth = { may: false, must: false };
const UNKNOWN: Truth = { may: true, must: false };

export default createRule<Options, MessageIds>({
  name: 'no-retry-non-retryable',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow retrying provider delivery codes that a retry cannot fix',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      retryBranch: '{{family}} {{code}} {{name}} {{why}}; this branch {{sink}}.',
      retryDefault: '{{family}} codes that must not be retried reach {{fallback}}, which {{sink}}: {{codes}}.',
      retryListed: '{{family}} {{code}} {{name}} {{why}}; {{where}} sends it to retry.',
      retryRange: '{{test}} takes {{family}} codes that must not be retried into a branch that {{sink}}: {{codes}}.',
      retryPredicate: '{{predicate}}() returns true for {{family}} codes that must not be retried: {{codes}}.',
      moveToPermanent: 'Move {{code}} to the branch that already ends the message.',
      sendToPermanent: 'Send {{codes}} to the branch that already ends the message.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          retryCallees: {
            type: 'string',
            description: 'Regular expression (case-insensitive) for called functions or methods that retry: `retry()`, `requeue()`, `scheduleRetry()`, …',
          },
          retryQueues: {
            type: 'string',
            description:
              'Regular expression (case-insensitive) for receivers whose `add` / `push` / `enqueue` / `publish` / `send` of the same message is a retry: `queue.add(msg)`.',
          },
          fixCallees: {
            type: 'string',
            description: 'Regular expression (case-insensitive) for calls that change the message (the documented fix) before it goes out again.',
          },
          allowResendAfterFix: {
            type: 'boolean',
            description: 'For `after-fix` codes, allow a branch that calls a fix before sending again.',
          },
          retryCollectionPattern: {
            type: 'string',
            description: 'Regular expression (case-insensitive) for names of collections that list codes to retry.',
          },
          retryPredicatePattern: {
            type: 'string',
            description: 'Regular expression for names of functions that answer "may this code be retried?" (`isRetryable`, `shouldRetry`).',
          },
          throwRetries: {
            type: 'boolean',
            description: 'In a queue worker (see `queueWorkerPattern`), a `throw` makes the queue retry the job, so it is a retry sink.',
          },
          queueWorkerPattern: {
            type: 'string',
            description:
              'Regular expression (case-insensitive) for queue workers: the function name, or the callee it is passed to (`new Worker(…, fn)`, `queue.process(fn)`).',
          },
          unrecoverableErrors: {
            type: 'string',
            description: 'Regular expression for error classes whose `throw` ends the job in a queue worker rather than retrying it.',
          },
          minLiterals: {
            type: 'integer',
            minimum: 1,
            description: "How many of a family's codes a switch, chain, list or predicate must name before it counts as that family's, without a name hint.",
          },
          codeNamePattern: {
            type: 'string',
            description: 'Regular expression (case-insensitive) for subject names that hold a provider code (`code`, `errorCode`, `smtpCode`, `reason`, …).',
          },
          maxListed: {
            type: 'integer',
            minimum: 1,
            description: 'How many codes a message names before "and K more".',
          },
        },
      },
    ],
    defaultOptions: [
      {
        retryCallees: DEFAULT_EFFECT_OPTIONS.retryCallees.source,
        retryQueues: DEFAULT_EFFECT_OPTIONS.retryQueues.source,
        fixCallees: DEFAULT_EFFECT_OPTIONS.fixCallees.source,
        allowResendAfterFix: true,
        retryCollectionPattern: DEFAULT_RETRY_COLLECTION_PATTERN,
        retryPredicatePattern: DEFAULT_RETRY_PREDICATE_PATTERN,
        throwRetries: false,
        queueWorkerPattern: DEFAULT_QUEUE_WORKER_PATTERN,
        unrecoverableErrors: DEFAULT_EFFECT_OPTIONS.unrecoverableErrors.source,
        minLiterals: 2,
        codeNamePattern: DEFAULT_RETRY_CODE_NAME_PATTERN,
        maxListed: 5,
      },
    ],
  },
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const detectionOptions = detectionOptionsFrom(options, DEFAULT_RETRY_CODE_NAME_PATTERN);
    const listDetection: DetectionOptions = { ...detectionOptions, tolerateUnknown: true };
    if (skipsFile(context, detectionOptions.codeNamePattern)) return {};
    const baseEffects: EffectOptions = {
      ...DEFAULT_EFFECT_OPTIONS,
      retryCallees: cachedRegExp(options.retryCallees ?? DEFAULT_EFFECT_OPTIONS.retryCallees.source, 'i'),
      retryQueues: cachedRegExp(options.retryQueues ?? DEFAULT_EFFECT_OPTIONS.retryQueues.source, 'i'),
      fixCallees: cachedRegExp(options.fixCallees ?? DEFAULT_EFFECT_OPTIONS.fixCallees.source, 'i'),
      unrecoverableErrors: cachedRegExp(options.unrecoverableErrors ?? DEFAULT_EFFECT_OPTIONS.unrecoverableErrors.source),
      throwRetries: false,
      timerReferences: true,
    };
    const allowFix = options.allowResendAfterFix !== false;
    const collectionPattern = cachedRegExp(options.retryCollectionPattern ?? DEFAULT_RETRY_COLLECTION_PATTERN, 'i');
    const predicatePattern = cachedRegExp(options.retryPredicatePattern ?? DEFAULT_RETRY_PREDICATE_PATTERN);
    const workerPattern = cachedRegExp(options.queueWorkerPattern ?? DEFAULT_QUEUE_WORKER_PATTERN, 'i');
    const maxListed = options.maxListed ?? 5;
    const visitorKeys = sourceCode.visitorKeys as Readonly<Record<string, readonly string[] | undefined>>;

    /** Every node is reported once, whichever check gets there first. */
    const reported = new Set<TSESTree.Node>();

    // ---------------------------------------------------------------- helpers

    function entryLookup(detection: Detection): (value: CodeValue) => RuleEntry | undefined {
      const byKey = new Map(detection.inScope.map((entry) => [codeKey(detection.family, entry.code), entry]));
      return (value) => byKey.get(codeKey(detection.family, value));
    }

    function why(entry: RuleEntry): string {
      const action = FIX_ACTION_FREE.has(entry.action) ? '' : ` (${entry.action})`;
      return entry.retry === 'never'
        ? `must never be retried: resending cannot succeed${action}`
        : `must not be retried unchanged: only a changed message can succeed${action}`;
    }

    /** SMTP reply 552 is in enhanced status class 5 (`5.x.x`): `status.startsWith('5.')` takes it. */
    function classValueOf(detection: Detection, entry: RuleEntry): CodeValue | undefined {
      if (!detection.family.nameHints.includes('smtp') || typeof entry.code !== 'number') return undefined;
      return entry.code >= 200 && entry.code < 600 ? `${Math.floor(entry.code / 100)}.0.0` : undefined;
    }

    function isQueueWorker(fn: TSESTree.FunctionLike | undefined): boolean {
      if (!fn) return false;
      const name = functionName(fn);
      if (name !== undefined && workerPattern.test(name)) return true;
      const parent = fn.parent;
      if ((parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) && parent.arguments.includes(fn as TSESTree.Expression)) {
        const callee = calleeName(parent.callee);
        return callee !== undefined && workerPattern.test(callee);
      }
      return false;
    }

    /** Whether a queue call's arguments are the message being handled: a parameter or a message-like name, not the code itself. */
    function sameMessage(call: TSESTree.CallExpression, subjectRoot: string | undefined): boolean {
      const parameters = new Set<string>();
      for (let fn = enclosingFunction(call); fn; fn = enclosingFunction(fn)) for (const name of parameterNames(fn)) parameters.add(name);
      let found = false;
      for (const argument of call.arguments) {
        forEachNode(argument, visitorKeys, (node) => {
          if (node.type === AST_NODE_TYPES.Identifier) {
            const parent = node.parent;
            const isKey =
              (parent?.type === AST_NODE_TYPES.Property && parent.key === node && !parent.computed && !parent.shorthand) ||
              (parent?.type === AST_NODE_TYPES.MemberExpression && parent.property === node && !parent.computed);
            if (node.name === subjectRoot) return false;
            if (MESSAGE_WORDS.test(node.name) || (!isKey && parameters.has(node.name))) found = true;
          }
          return found;
        });
        if (found) return true;
      }
      return false;
    }

    function effectsFor(node: TSESTree.Node, subjectRoot: string | undefined): EffectOptions {
      return {
        ...baseEffects,
        throwRetries: options.throwRetries === true && isQueueWorker(enclosingFunction(node)),
        isSameMessage: (call) => sameMessage(call, subjectRoot),
      };
    }

    /** A fix call that comes before the sink, in `body` or (`fixedBefore`) on the way there. */
    function fixAllowed(
      entry: RuleEntry,
      body: readonly TSESTree.Node[],
      sink: Effect,
      fixedBefore: boolean,
      fixOf: (body: readonly TSESTree.Node[]) => Effect | undefined,
    ): boolean {
      if (entry.retry !== 'after-fix' || !allowFix) return false;
      if (fixedBefore) return true;
      const fix = fixOf(body);
      return fix !== undefined && fix.node.range[0] < sink.node.range[0];
    }

    /** Source text of a test for a message: one line, at most 60 characters. */
    function snippet(node: TSESTree.Node): string {
      const text = sourceCode.getText(node).replace(/\s+/g, ' ');
      return text.length > 60 ? `${text.slice(0, 59)}…` : text;
    }

    /** `case 552:` / `default:` for a clause, `else` for a final else, the node itself otherwise. */
    function reportLoc(node: TSESTree.Node): TSESTree.SourceLocation {
      if (node.type === AST_NODE_TYPES.SwitchCase) {
        const colon = node.test
          ? sourceCode.getTokenAfter(node.test, { filter: (token) => token.value === ':' })
          : sourceCode.getTokenAfter(sourceCode.getFirstToken(node) as TSESTree.Token);
        return { start: node.loc.start, end: (colon ?? node).loc.end };
      }
      if (node.parent?.type === AST_NODE_TYPES.IfStatement && node.parent.alternate === node) {
        const elseToken = sourceCode.getTokenBefore(node);
        if (elseToken?.value === 'else') return elseToken.loc;
      }
      return node.loc;
    }

    function flattenBody(statements: readonly TSESTree.Statement[]): TSESTree.Statement[] {
      return statements.flatMap((statement) => (statement.type === AST_NODE_TYPES.BlockStatement ? statement.body : [statement]));
    }

    const caseBodies = new WeakMap<TSESTree.SwitchCase, TSESTree.Statement[]>();

    /** What runs for a clause: its group's statements and, through fall-through, the next ones until the case ends. */
    function caseBody(clause: TSESTree.SwitchCase): TSESTree.Statement[] {
      let body = caseBodies.get(clause);
      if (!body) {
        body = [];
        const cases = clause.parent.cases;
        for (let i = cases.indexOf(clause); i < cases.length; i++) {
          const statements = flattenBody((cases[i] as TSESTree.SwitchCase).consequent);
          if (statements.length === 0) continue;
          body.push(...statements);
          if (endsCase(statements)) break;
        }
        caseBodies.set(clause, body);
      }
      return body;
    }

    function branchBody(branch: Branch): readonly TSESTree.Statement[] {
      return branch.node.type === AST_NODE_TYPES.SwitchCase ? caseBody(branch.node) : branch.body;
    }

    function fallbackBody(member: Member): readonly TSESTree.Statement[] {
      const fallback = member.set.fallback;
      if (!fallback) return [];
      return fallback.node.type === AST_NODE_TYPES.SwitchCase ? caseBody(fallback.node) : fallback.body;
    }

    const leavesAfter = (member: Member, body: readonly TSESTree.Statement[]) =>
      definitelyLeaves(body, member.head.type === AST_NODE_TYPES.IfStatement);

    function isOnTrue(node: TSESTree.SwitchStatement): boolean {
      const discriminant = unwrap(node.discriminant);
      return discriminant.type === AST_NODE_TYPES.Literal && discriminant.value === true;
    }

    /**
     * Whether `node` reads the subject: the key itself (`err.code`), or its
     * root as a whole (`isPermanent(err)`), not another property of it (`err.message`).
     */
    function mentions(node: TSESTree.Node, key: string): boolean {
      const root = keyRoot(key);
      let found = false;
      forEachNode(node, visitorKeys, (inner) => {
        if (inner.type === AST_NODE_TYPES.MemberExpression || inner.type === AST_NODE_TYPES.Identifier || inner.type === AST_NODE_TYPES.ChainExpression) {
          if (subjectKey(inner) === key) found = true;
        }
        if (!found && inner.type === AST_NODE_TYPES.Identifier && inner.name === root) {
          const parent = inner.parent;
          const isName =
            (parent?.type === AST_NODE_TYPES.MemberExpression && parent.property === inner && !parent.computed) ||
            (parent?.type === AST_NODE_TYPES.Property && parent.key === inner && !parent.computed && !parent.shorthand);
          const isObject = parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === inner;
          found = !isName && !isObject;
        }
        return found;
      });
      return found;
    }

    /** The key a switch or chain is about, also when no test reads as a whole (`!PERMANENT.includes(code)`). */
    // A run asks about each head's neighbours too: every head's subject is looked for once.
    const keys = new WeakMap<Head, { key: string; subject?: TSESTree.Expression } | null>();
    function keyOf(head: Head): { key: string; subject?: TSESTree.Expression } | undefined {
      let found = keys.get(head);
      if (found === undefined) {
        const set = branchesOf(head, context);
        const test = set.branches[0]?.node.test;
        if (set.subjectKey !== undefined) found = { key: set.subjectKey, ...(set.subject ? { subject: set.subject } : {}) };
        else found = (test ? innerSubject(test, context, visitorKeys) : undefined) ?? null;
        keys.set(head, found);
      }
      return found ?? undefined;
    }

    /** A run member: opaque branches carry the literals inside their tests, for detection only. */
    function memberOf(head: Head, key: string, subject: TSESTree.Expression | undefined): Member {
      const set = branchesOf(head, context);
      if (set.subjectKey === key && !set.branches.some((branch) => branch.opaque)) return { head, set, branches: set.branches };
      const branches = set.branches.map((branch) =>
        branch.opaque && branch.node.test ? { ...branch, atoms: literalAtomsIn(branch.node.test, key, context, visitorKeys) } : branch,
      );
      const resolvedSubject = set.subject ?? subject;
      const derived: BranchSet = { ...set, subjectKey: key, ...(resolvedSubject ? { subject: resolvedSubject } : {}), branches };
      return { head, set: derived, branches };
    }

    // ------------------------------------------------------ switches and chains

    function isHead(statement: TSESTree.Node | undefined): statement is Head {
      return statement?.type === AST_NODE_TYPES.SwitchStatement || statement?.type === AST_NODE_TYPES.IfStatement;
    }

    /**
     * The run `head` starts: it and the switches / if-chains right after it on
     * the same subject, which a code goes through one after the other. Undefined
     * when `head` continues a run an earlier statement starts.
     */
    function runFrom(head: Head): Run | undefined {
      const subject = keyOf(head);
      if (!subject) return undefined;
      const { key } = subject;
      const list = statementList(head);
      const members: Member[] = [memberOf(head, key, subject.subject)];
      if (!list) return { key, members, lastIndex: -1 };
      const index = list.indexOf(head);
      const previous = list[index - 1];
      if (isHead(previous) && keyOf(previous)?.key === key) return undefined;
      let last = index;
      for (let next = list[last + 1]; isHead(next); next = list[last + 1]) {
        if (keyOf(next)?.key !== key) break;
        members.push(memberOf(next, key, subject.subject));
        last++;
      }
      return { key, members, list, lastIndex: last };
    }

    function detectRun(run: Run, worthAsking: () => boolean): Detection | undefined {
      const first = run.members[0] as Member;
      const key = detectionKey(run.key);
      if (run.members.length === 1) {
        const set = key === run.key ? first.set : { ...first.set, subjectKey: key };
        const detected = detectCodes(set, context, detectionOptions, worthAsking);
        if (detected) first.branches = detected.set.branches;
        return detected?.detection;
      }
      const last = run.members.at(-1) as Member;
      const merged: BranchSet = {
        kind: 'if-chain',
        head: first.head,
        ...(first.set.subject ? { subject: first.set.subject } : {}),
        subjectKey: key,
        branches: run.members.flatMap((member) => member.set.branches),
        ...(last.set.fallback ? { fallback: last.set.fallback } : {}),
      };
      const detected = detectCodes(merged, context, detectionOptions, worthAsking);
      if (!detected) return undefined;
      let offset = 0;
      for (const member of run.members) {
        member.branches = detected.set.branches.slice(offset, offset + member.set.branches.length);
        offset += member.set.branches.length;
      }
      return detected.detection;
    }

    /**
     * An enhanced status code (`dsn.status`, `enhancedStatus`, RFC 3463) is
     * SMTP's: when no family of the catalog claims those words itself, the
     * basic SMTP replies stand in for their classes (`'5.'` takes 5xx).
     */
    function detectionKey(key: string): string {
      const words = subjectWords(key);
      if (!words.includes('enhanced') && !words.includes('dsn')) return key;
      return hasEnhancedFamily() ? key : `smtp.${key}`;
    }

    /** A name that says "provider code": it matches `codeNamePattern`, or one of its words is a family's. */
    function hasNameHint(name: string): boolean {
      return detectionOptions.codeNamePattern.test(subjectLeaf(name)) || subjectWords(name).some((word) => familyWordSet().has(word));
    }

    /**
     * HTTP status handling, not provider codes: a name that says status or
     * response and no family, over numbers that are all HTTP statuses
     * (`switch (res.status) { case 500: case 503: … }`; SMTP has 500 and 503 too).
     * (Small numbers such as attempt counts need a family's name: see overlaps.ts.)
     */
    function looksHttp(name: string, values: readonly CodeValue[]): boolean {
      // A name the options say holds a provider code is one, whatever it looks like.
      if (detectionOptions.codeNamePattern.test(subjectLeaf(name))) return false;
      const words = subjectWords(name);
      if (!words.some((word) => HTTP_WORDS.has(word))) return false;
      if (words.some((word) => familyWordSet().has(word))) return false;
      return values.every((value) => {
        const number = typeof value === 'number' ? value : /^\d{3}$/.test(value) ? Number(value) : NaN;
        return number >= 100 && number <= 599;
      });
    }

    /** The node a report about a branch's atom points at: `case 552:`, `code === 552`, the list element, the range. */
    function atomNode(branch: Branch, atom: MatchAtom): TSESTree.Node {
      if (branch.node.type === AST_NODE_TYPES.SwitchCase && branch.node.test && !isOnTrue(branch.node.parent)) {
        const test = branch.node.test;
        if (atom.node === test || atom.node === unwrap(test)) return branch.node;
      }
      return atomWitnessNode(atom);
    }

    function takes(branch: Branch, key: string, value: CodeValue, classValue: CodeValue | undefined): Truth {
      if (!branch.opaque) {
        const atom = branch.atoms.find((candidate) => atomMatches(candidate, value, classValue));
        if (atom) return { ...TRUE, yes: { node: atomNode(branch, atom), literal: atom.kind === 'literal' } };
        return branch.unresolvedTests.length > 0 ? UNKNOWN : FALSE;
      }
      const test = branch.node.test;
      return test ? evaluateTest(test, { context, key, value, ...(classValue !== undefined ? { classValue } : {}) }) : UNKNOWN;
    }

    /** Tests around and before the run that read the subject: `if (isPermanent(code)) return;`. */
    function guardsOf(run: Run): Guard[] {
      const key = run.key;
      const guards: Guard[] = [];
      for (let node: TSESTree.Node = (run.members[0] as Member).head; node.parent && !isFunctionNode(node); node = node.parent) {
        const parent: TSESTree.Node = node.parent;
        const list = statementList(node as TSESTree.Statement);
        if (list) {
          for (const statement of list.slice(0, list.indexOf(node as TSESTree.Statement))) {
            // Only a statement that can leave keeps codes from getting here.
            if (statement.type === AST_NODE_TYPES.IfStatement && chainLeaves(statement) && chainMentions(statement, key)) {
              guards.push({ kind: 'before', statement });
            } else if (statement.type === AST_NODE_TYPES.SwitchStatement && mentions(statement.discriminant, key)) {
              guards.push({ kind: 'before', statement });
            }
          }
        }
        if (parent.type === AST_NODE_TYPES.IfStatement && parent.test !== node && mentions(parent.test, key)) {
          guards.push({ kind: 'inside', statement: parent, inConsequent: parent.consequent === node });
        }
        if (parent.type === AST_NODE_TYPES.SwitchCase && parent.test !== node && mentions(parent.parent.discriminant, key)) {
          guards.push({ kind: 'case', statement: parent.parent, clause: parent });
        }
      }
      return guards;
    }

    function chainStatements(head: TSESTree.IfStatement): { tests: TSESTree.Expression[]; bodies: TSESTree.Statement[] } {
      const tests: TSESTree.Expression[] = [];
      const bodies: TSESTree.Statement[] = [];
      let current: TSESTree.Statement | null = head;
      while (current?.type === AST_NODE_TYPES.IfStatement) {
        tests.push(current.test);
        bodies.push(current.consequent);
        current = current.alternate;
      }
      if (current) bodies.push(current);
      return { tests, bodies };
    }

    const chainLeaves = (head: TSESTree.IfStatement) => chainStatements(head).bodies.some((body) => definitelyLeaves([body], true));
    const chainMentions = (head: TSESTree.IfStatement, key: string) => chainStatements(head).tests.some((test) => mentions(test, key));

    /** Whether `value` gets past a guard: `reach`, `blocked` (it leaves before the run), or `uncertain`. */
    function passGuard(guard: Guard, key: string, value: CodeValue, classValue: CodeValue | undefined): 'reach' | 'blocked' | 'uncertain' {
      const evaluation = { context, key, value, ...(classValue !== undefined ? { classValue } : {}) };
      if (guard.kind === 'inside') {
        const truth = evaluateTest(guard.statement.test, evaluation);
        const holds = guard.inConsequent ? truth.must : !truth.may;
        const fails = guard.inConsequent ? !truth.may : truth.must;
        return holds ? 'reach' : fails ? 'blocked' : 'uncertain';
      }
      const statement = guard.statement;
      if (guard.kind === 'case' || statement.type === AST_NODE_TYPES.SwitchStatement) {
        const switchNode = statement as TSESTree.SwitchStatement;
        if (subjectKey(switchNode.discriminant) !== key) return 'uncertain';
        let taken: TSESTree.SwitchCase | undefined;
        for (const clause of switchNode.cases) {
          if (!clause.test) continue;
          const values = literalValues(clause.test, context);
          if (values?.length !== 1) return 'uncertain';
          if (String(values[0]) === String(value)) {
            taken = clause;
            break;
          }
        }
        taken ??= switchNode.cases.find((clause) => clause.test === null);
        if (guard.kind === 'case') return taken === guard.clause ? 'reach' : 'uncertain';
        if (!taken) return 'reach';
        return definitelyLeaves(caseBody(taken), false) ? 'blocked' : 'reach';
      }
      // An if-chain before the run: the branch the code takes, if it can tell.
      for (let current: TSESTree.Statement | null = statement; current; ) {
        if (current.type !== AST_NODE_TYPES.IfStatement) return definitelyLeaves([current], true) ? 'blocked' : 'reach';
        const truth = evaluateTest(current.test, evaluation);
        if (truth.must) return definitelyLeaves([current.consequent], true) ? 'blocked' : 'reach';
        if (truth.may) return 'uncertain';
        current = current.alternate;
      }
      return 'reach';
    }

    /** Where a run can send a code again, looked for once per run and shared by its checks. */
    interface Sinks {
      readonly effects: EffectOptions;
      readonly sinkOf: (body: readonly TSESTree.Node[]) => Effect | undefined;
    }

    function sinksFor(run: Run): Sinks {
      const effects = effectsFor((run.members[0] as Member).head, keyRoot(run.key));
      return { effects, sinkOf: memoByBody((body) => findRetry(body, sourceCode, effects)) };
    }

    const regions = new WeakMap<Run, readonly TSESTree.Statement[]>();

    /** The statements that run after the run whatever code it was given. */
    function regionOf(run: Run): readonly TSESTree.Statement[] {
      let region = regions.get(run);
      if (!region) {
        region = run.list ? unconditionalAfter(run.list, run.lastIndex) : [];
        regions.set(run, region);
      }
      return region;
    }

    /** Every finding needs a retry in a branch, a fallback or the code after: without one, detection is not worth its cost. */
    function mayRetry(run: Run, sinks: Sinks): boolean {
      if (sinks.sinkOf(regionOf(run))) return true;
      return run.members.some(
        (member) => member.set.branches.some((branch) => sinks.sinkOf(branchBody(branch))) || sinks.sinkOf(fallbackBody(member)) !== undefined,
      );
    }

    function checkHead(head: Head): void {
      const run = runFrom(head);
      if (!run) return;
      const sinks = sinksFor(run);
      // Without type information detection is cheaper than looking for retries; with it, dearer.
      const worthAsking = () => mayRetry(run, sinks);
      const values = run.members.flatMap((member) => literalAtoms(member.set).map((atom) => atom.literal as CodeValue));
      if (looksHttp(detectionKey(run.key), values)) return;
      const detection = detectRun(run, worthAsking);
      if (detection) {
        checkRun(run, detection, sinks);
        return;
      }
      if (run.members.length === 1 || !run.list) return;
      // Statements on one subject that together name no single family (SMTP replies, then Twilio errors): each on its own.
      for (const member of run.members) {
        const alone: Run = { key: run.key, members: [member], list: run.list, lastIndex: run.list.indexOf(member.head) };
        const own = detectRun(alone, worthAsking);
        if (own) checkRun(alone, own, sinks);
      }
    }

    function checkRun(run: Run, detection: Detection, sinks: Sinks): void {
      const scope = nonRetryableOf(detection);
      if (scope.entries.length === 0 || !mayRetry(run, sinks)) return;
      const { effects, sinkOf } = sinks;
      const guards = guardsOf(run);
      const region = regionOf(run);
      const regionSink = region.length > 0 ? sinkOf(region) : undefined;
      // Every code in scope (hundreds for a typed Twilio union) asks about the same few bodies: each is walked once.
      const fixOf = memoByBody((body) => findFix(body, sourceCode, effects));
      // …and about the same branches: where every test is a plain literal, the branch a code takes is looked up.
      const routers = new Map<Member, ReadonlyMap<string, Branch>>();
      for (const member of run.members) {
        const router = literalRouter(member.branches);
        if (router) routers.set(member, router);
      }

      const findings: Finding[] = [];
      // A code no test names goes the same way through a run whose tests are all plain literals: to the
      // fallbacks. That way is walked once per kind of entry, not once for each of hundreds of codes.
      const allRouted = run.members.every((member) => routers.has(member));
      const named = new Set([...routers.values()].flatMap((router) => [...router.keys()]));
      const unnamedWays = new Map<string, readonly Finding[]>();
      const unnamedWay = (entry: RuleEntry, uncertain: boolean): readonly Finding[] => {
        // The way depends on the entry only through fixAllowed (its `retry`) and where the guards left it.
        const kind = `${entry.retry} ${uncertain}`;
        let way = unnamedWays.get(kind);
        if (!way) {
          way = walk(entry, classValueOf(detection, entry), uncertain);
          unnamedWays.set(kind, way);
        }
        return way;
      };
      for (const entry of codesWorthWalking()) {
        const classValue = classValueOf(detection, entry);
        let uncertain = false;
        let blocked = false;
        for (const guard of guards) {
          const state = passGuard(guard, run.key, entry.code, classValue);
          if (state === 'blocked') blocked = true;
          else if (state === 'uncertain') uncertain = true;
        }
        if (blocked) continue;
        if (allRouted && !named.has(String(entry.code))) {
          for (const finding of unnamedWay(entry, uncertain)) findings.push({ ...finding, entry });
        } else {
          findings.push(...walk(entry, classValue, uncertain));
        }
      }
      report(run, detection, findings);

      /**
       * Every non-retryable code in scope, or, when a code no test names is reported nowhere, only the codes
       * the tests name (in scope order). Guards can only keep a code from a finding, never add one, so the
       * way of an unnamed code past no guard decides for every unnamed code of its kind.
       */
      function codesWorthWalking(): readonly RuleEntry[] {
        if (!allRouted) return scope.entries;
        for (const kind of [scope.afterFix, scope.never]) {
          const unnamed = kind.find((entry) => !named.has(String(entry.code)));
          if (unnamed && unnamedWay(unnamed, false).length > 0) return scope.entries;
        }
        const at = [...named].flatMap((code) => scope.positions.get(code) ?? []).sort((a, b) => a - b);
        return at.map((i) => scope.entries[i] as RuleEntry);
      }

      /** Where one code goes through the run's members, and what it retries there. */
      function walk(entry: RuleEntry, classValue: CodeValue | undefined, uncertainBefore: boolean): Finding[] {
        const found: Finding[] = [];
        let uncertain = uncertainBefore;
        let fixed = false;
        for (const member of run.members) {
          let taken: { branch: Branch; truth: Truth } | undefined;
          const router = routers.get(member);
          if (router) {
            const branch = router.get(String(entry.code));
            if (branch) taken = { branch, truth: takes(branch, run.key, entry.code, classValue) };
          }
          // Under a router every branch takes a code or does not; only other members may take it maybe.
          for (const branch of router ? [] : member.branches) {
            const truth = takes(branch, run.key, entry.code, classValue);
            if (truth.must) {
              taken = { branch, truth };
              break;
            }
            if (truth.may) {
              // An opaque test that may take the code: report only what names the code itself.
              if (truth.yes?.literal) {
                const body = branchBody(branch);
                const sink = sinkOf(body);
                if (sink && !fixAllowed(entry, body, sink, fixed, fixOf)) {
                  found.push({ kind: 'branch', node: truth.yes.node, entry, sink, member, branch });
                }
              }
              uncertain = true;
            }
          }
          const body = taken ? branchBody(taken.branch) : member.set.fallback ? fallbackBody(member) : undefined;
          if (!body) continue;
          const sink = sinkOf(body);
          if (sink) {
            if (!fixAllowed(entry, body, sink, fixed, fixOf)) {
              const witness: Witness | undefined = taken?.truth.yes;
              if (taken && witness?.literal) found.push({ kind: 'branch', node: witness.node, entry, sink, member, branch: taken.branch });
              else if (taken && witness && !uncertain) found.push({ kind: 'range', node: witness.node, entry, sink, member, branch: taken.branch });
              else if (!taken && !uncertain) {
                found.push({ kind: 'default', node: (member.set.fallback as NonNullable<BranchSet['fallback']>).node, entry, sink, member });
              }
            }
            return found;
          }
          if (leavesAfter(member, body)) return found;
          if (fixOf(body)) fixed = true;
        }
        if (regionSink && !uncertain && !fixAllowed(entry, region, regionSink, fixed, fixOf)) {
          found.push({ kind: 'region', node: regionSink.node, entry, sink: regionSink });
        }
        return found;
      }
    }

    /**
     * The first branch each literal value takes, when every branch tests the subject against literals only
     * (no range, pattern, opaque or unresolved test): then a code takes that branch or none, as `takes` says.
     */
    function literalRouter(branches: readonly Branch[]): ReadonlyMap<string, Branch> | undefined {
      const router = new Map<string, Branch>();
      for (const branch of branches) {
        if (branch.opaque || branch.unresolvedTests.length > 0) return undefined;
        for (const atom of branch.atoms) {
          const key = literalKey(atom);
          if (key === undefined) return undefined;
          if (!router.has(key)) router.set(key, branch);
        }
      }
      return router;
    }

    function report(run: Run, detection: Detection, findings: readonly Finding[]): void {
      const groups = new Map<TSESTree.Node, Finding[]>();
      for (const finding of findings) {
        if (finding.kind === 'branch') {
          reportBranch(run, detection, finding);
          continue;
        }
        const group = groups.get(finding.node) ?? [];
        group.push(finding);
        groups.set(finding.node, group);
      }
      for (const [node, group] of groups) {
        if (reported.has(node)) continue;
        reported.add(node);
        const first = group[0] as Finding;
        const codes = listCodes(
          group.map((finding) => finding.entry),
          maxListed,
        );
        if (first.kind === 'range') {
          context.report({
            node,
            loc: reportLoc(node),
            messageId: 'retryRange',
            data: { test: snippet(node), family: detection.label, sink: first.sink.description, codes },
          });
          continue;
        }
        const last = run.members.at(-1) as Member;
        const fallback =
          first.kind === 'region'
            ? `the code after the ${last.head.type === AST_NODE_TYPES.SwitchStatement ? 'switch' : 'if'}`
            : node.type === AST_NODE_TYPES.SwitchCase
              ? 'this default'
              : 'this else';
        const fix = first.kind === 'default' && first.member ? addCasesFix(first.member, detection, group) : undefined;
        context.report({
          node,
          loc: reportLoc(node),
          messageId: 'retryDefault',
          data: { family: detection.label, fallback, sink: first.sink.description, codes },
          ...(fix ? { suggest: [{ messageId: 'sendToPermanent' as const, data: { codes }, fix }] } : {}),
        });
      }
    }

    function reportBranch(run: Run, detection: Detection, finding: Finding): void {
      if (reported.has(finding.node)) return;
      reported.add(finding.node);
      const { entry } = finding;
      const fix = finding.member && finding.branch ? moveFix(run, detection, finding.member, finding.branch, finding) : undefined;
      context.report({
        node: finding.node,
        loc: reportLoc(finding.node),
        messageId: 'retryBranch',
        data: { code: String(entry.code), name: entry.name, family: detection.label, why: why(entry), sink: finding.sink.description },
        ...(fix ? { suggest: [{ messageId: 'moveToPermanent' as const, data: { code: String(entry.code) }, fix }] } : {}),
      });
    }

    // ------------------------------------------------------------ suggestions

    /** Whether a body ends the message's life without retrying it: the permanent-failure handling. */
    function isPermanentHandling(body: readonly TSESTree.Statement[], effects: EffectOptions): boolean {
      return body.length > 0 && endsMessage(body, sourceCode, effects) && !findRetry(body, sourceCode, effects);
    }

    /** Label groups of a switch: consecutive clauses that share one body, with that body. */
    function caseGroups(node: TSESTree.SwitchStatement): { clauses: TSESTree.SwitchCase[]; body: TSESTree.Statement[] }[] {
      const groups: { clauses: TSESTree.SwitchCase[]; body: TSESTree.Statement[] }[] = [];
      let clauses: TSESTree.SwitchCase[] = [];
      for (const clause of node.cases) {
        clauses.push(clause);
        if (clause.consequent.length > 0) {
          groups.push({ clauses, body: caseBody(clause) });
          clauses = [];
        }
      }
      if (clauses.length > 0) groups.push({ clauses, body: [] });
      return groups;
    }

    /** The group of `node` that ends the message, preferring one that already takes non-retryable codes. */
    function permanentGroup(
      node: TSESTree.SwitchStatement,
      exclude: TSESTree.SwitchCase | undefined,
      detection: Detection,
      effects: EffectOptions,
    ): TSESTree.SwitchCase | undefined {
      const lookup = entryLookup(detection);
      const candidates = caseGroups(node).filter(
        (group) => (!exclude || !group.clauses.includes(exclude)) && isPermanentHandling(group.body, effects),
      );
      const takesNonRetryable = (group: { clauses: TSESTree.SwitchCase[] }) =>
        group.clauses.some((clause) => {
          const values = clause.test ? literalValues(clause.test, context) : undefined;
          const entry = values?.length === 1 ? lookup(values[0] as CodeValue) : undefined;
          return entry !== undefined && isNonRetryable(entry);
        });
      const chosen = candidates.find(takesNonRetryable) ?? candidates[0];
      return chosen?.clauses[0];
    }

    function startsLine(node: TSESTree.Node): boolean {
      return (sourceCode.lines[node.loc.start.line - 1] ?? '').slice(0, node.loc.start.column).trim() === '';
    }

    /** What goes between a label inserted before `target` and `target`: a new line where labels have lines of their own. */
    function separatorBefore(target: TSESTree.Node): string {
      return startsLine(target) ? `\n${lineIndent(sourceCode, target)}` : ' ';
    }

    function declares(statements: readonly TSESTree.Statement[]): boolean {
      return statements.some(
        (statement) =>
          (statement.type === AST_NODE_TYPES.VariableDeclaration && statement.kind !== 'var') ||
          statement.type === AST_NODE_TYPES.FunctionDeclaration ||
          statement.type === AST_NODE_TYPES.ClassDeclaration,
      );
    }

    function moveFix(run: Run, detection: Detection, member: Member, branch: Branch, finding: Finding): TSESLint.ReportFixFunction | undefined {
      const effects = effectsFor(member.head, undefined);
      if (member.head.type === AST_NODE_TYPES.SwitchStatement) {
        if (finding.node.type !== AST_NODE_TYPES.SwitchCase || isOnTrue(member.head)) return undefined;
        return moveCaseFix(member.head, finding.node, detection, effects);
      }
      return moveComparisonFix(run.key, member, branch, finding, effects);
    }

    function moveCaseFix(
      node: TSESTree.SwitchStatement,
      clause: TSESTree.SwitchCase,
      detection: Detection,
      effects: EffectOptions,
    ): TSESLint.ReportFixFunction | undefined {
      const target = permanentGroup(node, clause, detection, effects);
      if (!target || !clause.test) return undefined;
      const cases = node.cases;
      const index = cases.indexOf(clause);
      const previous = cases[index - 1];
      const next = cases[index + 1];
      const colon = sourceCode.getTokenAfter(clause.test, { filter: (token) => token.value === ':' });
      if (!colon) return undefined;
      let removal: [number, number];
      if (clause.consequent.length === 0) {
        // A label that falls into the next one: drop it.
        removal = next ? [clause.range[0], next.range[0]] : [previous ? previous.range[1] : clause.range[0], clause.range[1]];
      } else if (previous && previous.consequent.length === 0) {
        // The last label of a group: the body stays with the labels before it.
        removal = [previous.range[1], colon.range[1]];
      } else {
        // The only label of its body: the body goes too, if nothing falls into it and it declares nothing.
        if (previous && !endsCase(flattenBody(previous.consequent))) return undefined;
        if (declares(flattenBody(clause.consequent))) return undefined;
        if (previous) removal = [previous.range[1], clause.range[1]];
        else if (next) removal = [clause.range[0], next.range[0]];
        else return undefined;
      }
      const label = `case ${sourceCode.getText(clause.test)}:${separatorBefore(target)}`;
      return (fixer) => [fixer.removeRange(removal), fixer.insertTextBefore(target, label)];
    }

    function moveComparisonFix(
      key: string,
      member: Member,
      branch: Branch,
      finding: Finding,
      effects: EffectOptions,
    ): TSESLint.ReportFixFunction | undefined {
      const comparison = finding.node;
      const logical = comparison.parent;
      if (
        branch.opaque ||
        comparison.type !== AST_NODE_TYPES.BinaryExpression ||
        logical?.type !== AST_NODE_TYPES.LogicalExpression ||
        logical.operator !== '||'
      ) {
        return undefined;
      }
      const value = finding.entry.code;
      const others = member.branches.filter((candidate) => candidate !== branch);
      const targetBranch = others.find(
        (candidate) => !candidate.opaque && candidate.node.type === AST_NODE_TYPES.IfStatement && isPermanentHandling(candidate.body, effects),
      );
      const sibling = logical.left === comparison ? logical.right : logical.left;
      const remove = (fixer: TSESLint.RuleFixer) => fixer.replaceText(logical, sourceCode.getText(sibling));
      if (targetBranch) {
        // After the move the code must land in the target: no other branch before it may take it.
        const before = member.branches.slice(0, member.branches.indexOf(targetBranch)).filter((candidate) => candidate !== branch);
        if (before.some((candidate) => candidate.opaque || takes(candidate, key, value, undefined).may)) return undefined;
        const test = (targetBranch.node as TSESTree.IfStatement).test;
        return (fixer) => [remove(fixer), fixer.insertTextAfter(test, ` || ${sourceCode.getText(comparison)}`)];
      }
      const fallback = member.set.fallback;
      if (!fallback || !isPermanentHandling(fallbackBody(member), effects)) return undefined;
      if (others.some((candidate) => candidate.opaque || takes(candidate, key, value, undefined).may)) return undefined;
      return (fixer) => remove(fixer);
    }

    function addCasesFix(member: Member, detection: Detection, group: readonly Finding[]): TSESLint.ReportFixFunction | undefined {
      if (member.head.type !== AST_NODE_TYPES.SwitchStatement || isOnTrue(member.head)) return undefined;
      const effects = effectsFor(member.head, undefined);
      const target = permanentGroup(member.head, member.set.fallback?.node as TSESTree.SwitchCase | undefined, detection, effects);
      if (!target) return undefined;
      const atoms = literalAtoms(member.set);
      const q = quoteStyle(
        sourceCode,
        atoms.map((atom) => atom.node),
      );
      const asString = atoms.some((atom) => typeof atom.literal === 'string') && detection.family.codeType === 'number';
      const writer = codeWriter(sourceCode, detection.family, q, asString);
      // A `// Name` comment needs the label on a line of its own.
      const separator = writer.namesCodes ? separatorBefore(target) : `\n${lineIndent(sourceCode, target)}`;
      const labels = group.map(({ entry }) => `case ${writer.text(entry)}:${writer.namesCodes ? '' : ` // ${entry.name}`}${separator}`).join('');
      const lead = writer.namesCodes || startsLine(target) ? '' : `\n${lineIndent(sourceCode, target)}`;
      return (fixer) => fixer.insertTextBefore(target, lead + labels);
    }

    // ------------------------------------------------------------ collections

    /** A set over one synthetic branch, so detection reads a list or a predicate the way it reads a switch. */
    function syntheticSet(
      at: TSESTree.Node,
      key: string,
      subject: TSESTree.Node | undefined,
      atoms: MatchAtom[],
      unresolved: TSESTree.Expression[],
    ): BranchSet {
      const head = at as unknown as TSESTree.IfStatement;
      return {
        kind: 'if-chain',
        head,
        ...(subject ? { subject: subject as TSESTree.Expression } : {}),
        subjectKey: key,
        branches: [{ node: head, atoms, opaque: false, body: [], unresolvedTests: unresolved }],
      };
    }

    function literalAtom(node: TSESTree.Node, literal: CodeValue): MatchAtom {
      return { node, literal, kind: 'literal', matches: (value) => String(value) === String(literal) };
    }

    const isRetryName = (name: string) => collectionPattern.test(name) && !NEGATED_NAME.test(name);

    function checkCollection(value: TSESTree.Node, where: string, hint: string): void {
      const listing = listedCodes(value, context);
      if (!listing || listing.codes.length + listing.unresolved.length === 0) return;
      const values = listing.codes.map((code) => code.value);
      if (looksHttp(hint, values)) return;
      // A status no provider family knows and HTTP uses (408, 429): a list of HTTP statuses to retry.
      if (values.some((value) => typeof value === 'number' && isHttpStatus(value) && hitsFor(catalogIndex(), value).length === 0)) return;
      const atoms = listing.codes.map((code) => literalAtom(code.node, code.value));
      const detected = detectCodes(syntheticSet(value, hint, undefined, atoms, [...listing.unresolved]), context, listDetection);
      if (!detected) return;
      const { detection } = detected;
      const lookup = entryLookup(detection);
      for (const atom of detected.set.branches[0]?.atoms ?? []) {
        const entry = atom.literal === undefined ? undefined : lookup(atom.literal);
        if (!entry || !isNonRetryable(entry) || reported.has(atom.node)) continue;
        reported.add(atom.node);
        context.report({
          node: atom.node,
          messageId: 'retryListed',
          data: { code: String(entry.code), name: entry.name, family: detection.label, why: why(entry), where },
        });
      }
    }

    function checkNamedValue(name: string | undefined, value: TSESTree.Node | null | undefined): void {
      if (name === undefined || !value) return;
      const inner = unwrap(value);
      if (isFunctionNode(inner)) {
        checkPredicate(inner, name);
        return;
      }
      if (isRetryName(name)) checkCollection(value, name, name);
    }

    function checkHelperCall(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
      const name = calleeName(node.callee);
      if (name === undefined || !(baseEffects.retryCallees.test(name) || isRetryName(name))) return;
      for (const argument of node.arguments) {
        if (argument.type === AST_NODE_TYPES.SpreadElement || !isCollectionLiteral(argument, context, false)) continue;
        checkCollection(argument, `the list passed to ${name}()`, name);
      }
    }

    // ------------------------------------------------------------- predicates

    function predicateSubject(fn: TSESTree.FunctionLike, parameters: ReadonlySet<string>): { key: string; node: TSESTree.Node } | undefined {
      let found: { key: string; node: TSESTree.Node } | undefined;
      const consider = (node: TSESTree.Node) => {
        const key = subjectKey(node);
        if (key !== undefined && parameters.has(keyRoot(key))) found = { key, node };
      };
      if (!fn.body) return undefined;
      forEachNode(fn.body, visitorKeys, (node) => {
        if (node.type === AST_NODE_TYPES.BinaryExpression && node.left.type !== AST_NODE_TYPES.PrivateIdentifier) {
          if (!['===', '==', '!==', '!=', '<', '<=', '>', '>='].includes(node.operator)) return false;
          for (const [side, other] of [
            [node.left, node.right],
            [node.right, node.left],
          ] as const) {
            if (!found && literalValues(other, context)?.length === 1) consider(side);
          }
        } else if (node.type === AST_NODE_TYPES.CallExpression) {
          const condition = unwrap(node.callee);
          if (condition.type === AST_NODE_TYPES.MemberExpression) {
            const method = keyName(condition.property);
            const argument = node.arguments[0];
            if ((method === 'includes' || method === 'has' || method === 'test') && argument) consider(argument);
            else if (method === 'startsWith') consider(condition.object);
          }
        } else if (node.type === AST_NODE_TYPES.SwitchStatement) {
          consider(node.discriminant);
        }
        return found !== undefined;
      });
      return found;
    }

    function checkPredicate(fn: TSESTree.FunctionLike, name: string): void {
      if (!predicatePattern.test(name) || !fn.body) return;
      const parameters = parameterNames(fn);
      if (parameters.size === 0) return;
      const subject = predicateSubject(fn, parameters);
      if (!subject) return;
      const atoms: MatchAtom[] = literalAtomsIn(fn.body, subject.key, context, visitorKeys);
      const unresolved: TSESTree.Expression[] = [];
      forEachNode(fn.body, visitorKeys, (node) => {
        if (node.type === AST_NODE_TYPES.SwitchStatement && subjectKey(node.discriminant) === subject.key) {
          for (const branch of branchesOf(node, context).branches) {
            atoms.push(...branch.atoms.filter((atom) => atom.literal !== undefined));
            unresolved.push(...branch.unresolvedTests);
          }
        }
        return false;
      });
      const hint = `${name}.${subject.key}`;
      if (looksHttp(hint, atoms.map((atom) => atom.literal as CodeValue))) return;
      const detected = detectCodes(syntheticSet(fn, hint, subject.node, atoms, unresolved), context, detectionOptions);
      if (!detected) return;
      const { detection } = detected;
      const typedLiterals = new Map<TSESTree.Node, CodeValue>();
      for (const atom of detected.set.branches[0]?.atoms ?? []) if (atom.literal !== undefined) typedLiterals.set(atom.node, atom.literal);
      const groups = new Map<TSESTree.Node, RuleEntry[]>();
      for (const entry of nonRetryableOf(detection).entries) {
        const classValue = classValueOf(detection, entry);
        const witnesses = trueWitnesses(fn, {
          context,
          key: subject.key,
          value: entry.code,
          typedValue: (node) => typedLiterals.get(node),
          ...(classValue !== undefined ? { classValue } : {}),
        });
        for (const witness of witnesses) {
          const group = groups.get(witness.node) ?? [];
          group.push(entry);
          groups.set(witness.node, group);
        }
      }
      for (const [node, entries] of groups) {
        if (reported.has(node)) continue;
        reported.add(node);
        context.report({
          node,
          loc: reportLoc(node),
          messageId: 'retryPredicate',
          data: { predicate: name, family: detection.label, codes: listCodes(entries, maxListed) },
        });
      }
    }

    // ---------------------------------------------------------------- visitors

    /**
     * Switches and chains report only a retry, so they are read at the end of the file and only
     * when something in it may retry: most files never send a message again.
     */
    const heads: Head[] = [];
    let fileMayRetry = false;
    const anyRetry: Omit<EffectOptions, 'isSameMessage'> = { ...baseEffects, throwRetries: options.throwRetries === true };
    function noteRetry(node: TSESTree.Node): void {
      if (!fileMayRetry && mayRetryAt(node, sourceCode, anyRetry)) fileMayRetry = true;
    }

    return {
      SwitchStatement(node) {
        heads.push(node);
      },
      IfStatement(node) {
        if (isChainHead(node)) heads.push(node);
      },
      'Program:exit'() {
        if (fileMayRetry) for (const head of heads) checkHead(head);
      },
      VariableDeclarator(node) {
        if (node.id.type === AST_NODE_TYPES.Identifier) checkNamedValue(node.id.name, node.init);
      },
      AssignmentExpression(node) {
        noteRetry(node);
        if (node.operator === '=') checkNamedValue(targetName(node.left), node.right);
      },
      Property(node) {
        noteRetry(node);
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression || node.computed) return;
        checkNamedValue(keyName(node.key), node.value);
      },
      PropertyDefinition(node) {
        if (!node.computed) checkNamedValue(keyName(node.key), node.value);
      },
      MethodDefinition(node) {
        if (!node.computed) checkNamedValue(keyName(node.key), node.value);
      },
      FunctionDeclaration(node) {
        if (node.id) checkPredicate(node, node.id.name);
      },
      ThrowStatement: noteRetry,
      CallExpression(node) {
        noteRetry(node);
        checkHelperCall(node);
      },
      NewExpression: checkHelperCall,
    };
  },
});
