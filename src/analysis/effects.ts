/**
 * What a branch body does with the message: send it to retry, end its life
 * (mark failed, suppress, throw), or change it before sending again. Reads the
 * statements of the branch, not functions defined there, except the callback
 * of a `setTimeout` / `setInterval`, which is where a delayed resend lives.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { unwrap } from './expressions.ts';
import { calleeName } from './flow.ts';

type SourceCode = Readonly<TSESLint.SourceCode>;

export interface EffectOptions {
  /** Called functions or methods that retry: `requeue()`, `queue.retryLater()`. */
  readonly retryCallees: RegExp;
  /** Receivers whose `add` / `push` / `enqueue` / `publish` puts the message back in line. */
  readonly retryQueues: RegExp;
  /** Called functions or methods that end the message's life. */
  readonly terminalCallees: RegExp;
  /** Called functions or methods that change the message (the documented fix). */
  readonly fixCallees: RegExp;
  /** `throw` means "retry" (a queue worker): then only these error classes end the message. */
  readonly throwRetries: boolean;
  readonly unrecoverableErrors: RegExp;
  /**
   * Optional, off when absent: a queue `add` / `push` / … counts as a retry
   * only when this says the call puts the same message back in line (not a
   * metric or an alert that happens to go through a queue).
   */
  readonly isSameMessage?: (call: TSESTree.CallExpression) => boolean;
  /**
   * Optional, off when absent: `setTimeout(resend, 5000, msg)`, a timer whose
   * callback is a reference to a sending function rather than a function
   * written in place, also sends again.
   */
  readonly timerReferences?: boolean;
}

export const DEFAULT_EFFECT_OPTIONS: EffectOptions = {
  retryCallees:
    /^(?:retry\w*|requeue\w*|reschedule\w*|schedule\w*Retry\w*|retryLater|enqueue\w*|resend\w*|redeliver\w*|sendAgain|tryAgain\w*)$/i,
  retryQueues: /queue|retr(?:y|ies)/i,
  terminalCallees:
    /^(?:mark\w*(?:fail\w*|undeliver\w*|bounced?|permanent\w*|dead|invalid|suppressed|blocked)|fail\w*|suppress\w*|unsubscribe\w*|optOut\w*|block\w*|blacklist\w*|blocklist\w*|remove(?:Recipient|Contact|Address|Subscriber|Number|FromList)\w*|deactivate\w*|disable\w*|deadLetter\w*|\w*ToDlq|\w*ToDeadLetter\w*|discard\w*|drop\w*|reject\w*|abandon\w*|giveUp\w*|stopSending\w*)$/i,
  fixCallees:
    /^(?:fix\w*|shorten\w*|truncate\w*|compress\w*|resize\w*|strip\w*|remove(?:Attachment|Attachments|Links?|Emoji\w*)|rewrite\w*|edit\w*|change\w*|reduce\w*|sanitize\w*|split\w*|useTemplate\w*|withTemplate\w*|verify\w*|correct\w*|update(?:Number|Address|Recipient|Content|Body)\w*)$/i,
  throwRetries: false,
  unrecoverableErrors: /^(?:Unrecoverable\w*|NonRetr(?:y|iable)\w*|Permanent\w*|Fatal\w*|DoNotRetry\w*)$/,
};

const TERMINAL_WORDS = /fail|undeliver|bounce|permanent|suppress|reject|dead|drop|discard|give.?up|blocked|invalid|unsubscribed/i;
const REQUEUE_STATUS = /^(?:queued|pending|retry|retrying|scheduled|requeued)$/i;
const RETRY_FLAGS = /^(?:retry|retryable|retriable|shouldRetry|requeue)$/;
const STATUS_KEYS = /^(?:status|state|outcome|result)$/i;

export interface Effect {
  readonly node: TSESTree.Node;
  /** `calls requeue()`, `returns { retry: true }`. */
  readonly description: string;
}

/** A call's function or method name (`requeue`, `add` in `queue.add`), through casts, `!` and `?.`. */
function nameOfCallee(callee: TSESTree.Node): string | undefined {
  return calleeName(unwrap(callee));
}

/** What a method is called on: `queue` in `queue.add()` and `this.queue.add()`, `this` in `this.add()`. */
function receiverOf(callee: TSESTree.Node): string | undefined {
  const inner = unwrap(callee);
  if (inner.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const object = unwrap(inner.object);
  if (object.type === AST_NODE_TYPES.Identifier) return object.name;
  if (object.type === AST_NODE_TYPES.MemberExpression && object.property.type === AST_NODE_TYPES.Identifier) return object.property.name;
  return object.type === AST_NODE_TYPES.ThisExpression ? 'this' : undefined;
}

function isFunction(node: TSESTree.Node): node is TSESTree.FunctionLike {
  return (
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node.type === AST_NODE_TYPES.FunctionDeclaration
  );
}

/** Visits every node under `roots`, not entering nested functions unless `enter` allows. */
function walk(
  roots: readonly TSESTree.Node[],
  sourceCode: SourceCode,
  visit: (node: TSESTree.Node) => boolean | void,
  enterFunction: (fn: TSESTree.Node) => boolean = () => false,
): void {
  const keys = sourceCode.visitorKeys;
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as TSESTree.Node;
    if (visit(node) === true) return;
    if (isFunction(node) && !roots.includes(node) && !enterFunction(node)) continue;
    const children: TSESTree.Node[] = [];
    for (const key of keys[node.type] ?? []) {
      const value = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) {
        for (const item of value) if (item && typeof item === 'object' && 'type' in item) children.push(item as TSESTree.Node);
      } else if (value && typeof value === 'object' && 'type' in value) {
        children.push(value as TSESTree.Node);
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as TSESTree.Node);
  }
}

function isTimerCallback(fn: TSESTree.Node): boolean {
  const parent = fn.parent;
  if (parent?.type !== AST_NODE_TYPES.CallExpression || parent.arguments[0] !== fn) return false;
  const callee = nameOfCallee(parent.callee);
  return callee !== undefined && /^(?:setTimeout|setInterval|setImmediate)$/.test(callee);
}

function stringValue(node: TSESTree.Node | null | undefined): string | undefined {
  if (!node) return undefined;
  const inner = unwrap(node);
  if (inner.type === AST_NODE_TYPES.Literal && typeof inner.value === 'string') return inner.value;
  if (inner.type === AST_NODE_TYPES.TemplateLiteral && inner.expressions.length === 0) return inner.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

function propertyKey(node: TSESTree.Property | TSESTree.MemberExpression): string | undefined {
  const key = node.type === AST_NODE_TYPES.Property ? node.key : node.property;
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  return stringValue(key);
}

function isTrue(node: TSESTree.Node): boolean {
  const inner = unwrap(node);
  return inner.type === AST_NODE_TYPES.Literal && inner.value === true;
}

function thrownClass(node: TSESTree.ThrowStatement): string | undefined {
  const argument = node.argument && unwrap(node.argument);
  if (argument?.type === AST_NODE_TYPES.NewExpression && argument.callee.type === AST_NODE_TYPES.Identifier) return argument.callee.name;
  return undefined;
}

/** The first thing in `body` that sends the message to be tried again. */
export function findRetry(body: readonly TSESTree.Node[], sourceCode: SourceCode, options: EffectOptions): Effect | undefined {
  let found: Effect | undefined;
  walk(
    body,
    sourceCode,
    (node) => {
      found = retryEffect(node, sourceCode, options);
      return found !== undefined;
    },
    isTimerCallback,
  );
  return found;
}

/**
 * Whether `node` may send a message again, whatever message it is given
 * (options without `isSameMessage`): a file with none has no retry to find.
 */
export function mayRetryAt(node: TSESTree.Node, sourceCode: SourceCode, options: Omit<EffectOptions, 'isSameMessage'>): boolean {
  return retryEffect(node, sourceCode, options) !== undefined;
}

function retryEffect(node: TSESTree.Node, sourceCode: SourceCode, options: EffectOptions): Effect | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.CallExpression: {
      // Every call of every file passes here: the receiver is read only for a queue verb.
      const callee = nameOfCallee(node.callee);
      if (callee === undefined) return undefined;
      if (options.retryCallees.test(callee)) return { node, description: `calls ${callee}()` };
      if (/^(?:add|push|enqueue|publish|send)$/.test(callee)) {
        const receiver = receiverOf(node.callee);
        if (receiver !== undefined && options.retryQueues.test(receiver) && (!options.isSameMessage || options.isSameMessage(node))) {
          return { node, description: `calls ${receiver}.${callee}()` };
        }
      }
      if (/^(?:setTimeout|setInterval)$/.test(callee)) {
        const callback = node.arguments[0];
        if (callback && isFunction(callback) && containsSend(callback, sourceCode)) return { node, description: `sends again from ${callee}()` };
        if (callback && options.timerReferences && callback.type !== AST_NODE_TYPES.SpreadElement && !isFunction(callback)) {
          const reference = nameOfCallee(callback);
          if (reference && SEND_CALLEE.test(reference)) return { node, description: `sends again from ${callee}()` };
        }
      }
      return undefined;
    }
    case AST_NODE_TYPES.Property: {
      const key = propertyKey(node);
      if (key !== undefined && RETRY_FLAGS.test(key) && isTrue(node.value)) return { node, description: `sets ${key}: true` };
      if (key !== undefined && STATUS_KEYS.test(key) && REQUEUE_STATUS.test(stringValue(node.value) ?? '')) {
        return { node, description: `sets ${key} back to '${stringValue(node.value)}'` };
      }
      return undefined;
    }
    case AST_NODE_TYPES.AssignmentExpression: {
      const left = unwrap(node.left);
      const key =
        left.type === AST_NODE_TYPES.MemberExpression ? propertyKey(left) : left.type === AST_NODE_TYPES.Identifier ? left.name : undefined;
      if (key === undefined) return undefined;
      if (RETRY_FLAGS.test(key) && isTrue(node.right)) return { node, description: `sets ${key} = true` };
      if (STATUS_KEYS.test(key) && REQUEUE_STATUS.test(stringValue(node.right) ?? '')) {
        return { node, description: `sets ${key} back to '${stringValue(node.right)}'` };
      }
      return undefined;
    }
    case AST_NODE_TYPES.ThrowStatement: {
      if (!options.throwRetries) return undefined;
      const thrown = thrownClass(node);
      if (thrown !== undefined && options.unrecoverableErrors.test(thrown)) return undefined;
      return { node, description: 'throws, which makes the queue retry' };
    }
    default:
      return undefined;
  }
}

const SEND_CALLEE = /^(?:send|deliver|dispatch|resend|retry|redeliver|enqueue|requeue)\w*$/i;

function containsSend(fn: TSESTree.FunctionLike, sourceCode: SourceCode): boolean {
  let sends = false;
  walk(fn.body ? [fn.body] : [], sourceCode, (node) => {
    const callee = node.type === AST_NODE_TYPES.CallExpression ? nameOfCallee(node.callee) : undefined;
    sends = callee !== undefined && SEND_CALLEE.test(callee);
    return sends;
  });
  return sends;
}

/** Whether `body` ends the message's life: throws, marks it failed, suppresses the recipient, returns a failure. */
export function endsMessage(body: readonly TSESTree.Node[], sourceCode: SourceCode, options: EffectOptions): boolean {
  let ends = false;
  walk(body, sourceCode, (node) => {
    ends = isTerminal(node, options);
    return ends;
  });
  return ends;
}

function isTerminal(node: TSESTree.Node, options: EffectOptions): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.ThrowStatement: {
      if (!options.throwRetries) return true;
      const thrown = thrownClass(node);
      return thrown !== undefined && options.unrecoverableErrors.test(thrown);
    }
    case AST_NODE_TYPES.CallExpression: {
      const callee = nameOfCallee(node.callee);
      return callee !== undefined && options.terminalCallees.test(callee);
    }
    case AST_NODE_TYPES.ReturnStatement:
      return TERMINAL_WORDS.test(stringValue(node.argument) ?? '');
    case AST_NODE_TYPES.Property: {
      const key = propertyKey(node);
      return key !== undefined && STATUS_KEYS.test(key) && TERMINAL_WORDS.test(stringValue(node.value) ?? '');
    }
    case AST_NODE_TYPES.AssignmentExpression: {
      const left = unwrap(node.left);
      const key =
        left.type === AST_NODE_TYPES.MemberExpression ? propertyKey(left) : left.type === AST_NODE_TYPES.Identifier ? left.name : undefined;
      return key !== undefined && STATUS_KEYS.test(key) && TERMINAL_WORDS.test(stringValue(node.right) ?? '');
    }
    default:
      return false;
  }
}

/** The first call in `body` that changes the message before it goes out again. */
export function findFix(body: readonly TSESTree.Node[], sourceCode: SourceCode, options: EffectOptions): Effect | undefined {
  let found: Effect | undefined;
  walk(body, sourceCode, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression) return false;
    const callee = nameOfCallee(node.callee);
    if (callee && options.fixCallees.test(callee)) found = { node, description: `calls ${callee}()` };
    return found !== undefined;
  });
  return found;
}

/** Whether a comment inside or just before `node` matches `pattern` (a deliberate, documented default). */
export function hasMarkerComment(node: TSESTree.Node, sourceCode: SourceCode, pattern: RegExp): boolean {
  const comments = [...sourceCode.getCommentsBefore(node), ...sourceCode.getCommentsInside(node)];
  // A clause's range ends at its last statement (or its colon): a comment below it still belongs to it.
  if (node.type === AST_NODE_TYPES.SwitchCase) comments.push(...sourceCode.getCommentsAfter(node));
  return comments.some((comment) => pattern.test(comment.value));
}
