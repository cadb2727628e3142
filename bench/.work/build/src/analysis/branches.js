/**
 * A `switch` or an if/else-if chain seen as "branches over one value": which
 * codes each branch takes (literals, ranges, prefixes, patterns), what runs
 * there, and what the fallback (`default` / final `else`) is. Computed once per
 * node and shared by every rule.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { collectionElements, literalValues, subjectKey, unwrap, unwrapConversion } from "./expressions.js";
const RANGE_OPERATORS = new Set(['<', '<=', '>', '>=']);
function literalAtom(node, literal) {
    return {
        node,
        literal,
        kind: 'literal',
        matches: (value) => value === literal || String(value) === String(literal),
    };
}
function numberOf(node, context) {
    const values = literalValues(node, context);
    return values?.length === 1 && typeof values[0] === 'number' ? values[0] : undefined;
}
function comparison(node, context) {
    if (node.left.type === AST_NODE_TYPES.PrivateIdentifier)
        return undefined;
    const sides = [
        [node.left, node.right],
        [node.right, node.left],
    ];
    if (node.operator === '===' || node.operator === '==') {
        for (const [subject, other] of sides) {
            const key = subjectKey(subject);
            const values = key === undefined ? undefined : literalValues(other, context);
            if (key !== undefined && values?.length === 1) {
                return { key, subject, atoms: [literalAtom(unwrap(other), values[0])] };
            }
        }
        return undefined;
    }
    if (!RANGE_OPERATORS.has(node.operator))
        return undefined;
    for (const [index, [subject, other]] of sides.entries()) {
        const key = subjectKey(subject);
        const bound = numberOf(other, context);
        if (key === undefined || bound === undefined)
            continue;
        // Normalise to "subject OP bound".
        const flipped = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };
        const op = index === 0 ? node.operator : flipped[node.operator];
        const test = (v) => (op === '<' ? v < bound : op === '<=' ? v <= bound : op === '>' ? v > bound : v >= bound);
        return {
            key,
            subject,
            atoms: [
                {
                    node,
                    kind: 'range',
                    description: `${op} ${bound}`,
                    matches: (value) => {
                        const n = typeof value === 'number' ? value : /^\d+$/.test(value) ? Number(value) : NaN;
                        return !Number.isNaN(n) && test(n);
                    },
                },
            ],
        };
    }
    return undefined;
}
function methodCall(node) {
    const callee = unwrap(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) {
        return undefined;
    }
    const arg = node.arguments[0];
    return { object: callee.object, method: callee.property.name, ...(arg ? { arg } : {}) };
}
function callCondition(node, context) {
    const call = methodCall(node);
    if (!call || !call.arg || call.arg.type === AST_NODE_TYPES.SpreadElement)
        return undefined;
    if (call.method === 'includes' || call.method === 'has') {
        const key = subjectKey(call.arg);
        const elements = collectionElements(call.object, context);
        if (key === undefined || !elements)
            return undefined;
        const atoms = [];
        for (const element of elements) {
            const values = literalValues(element, context);
            if (!values)
                return undefined;
            atoms.push(...values.map((value) => literalAtom(unwrap(element), value)));
        }
        return { key, subject: call.arg, atoms };
    }
    if (call.method === 'startsWith') {
        const key = subjectKey(call.object);
        const prefix = literalValues(call.arg, context);
        if (key === undefined || prefix?.length !== 1 || typeof prefix[0] !== 'string')
            return undefined;
        const text = prefix[0];
        return {
            key,
            subject: call.object,
            atoms: [{ node, kind: 'prefix', description: `startsWith('${text}')`, matches: (value) => String(value).startsWith(text) }],
        };
    }
    if (call.method === 'test') {
        const regex = unwrap(call.object);
        const key = subjectKey(call.arg);
        if (key === undefined || regex.type !== AST_NODE_TYPES.Literal || !('regex' in regex) || !regex.regex)
            return undefined;
        let pattern;
        try {
            pattern = new RegExp(regex.regex.pattern, regex.regex.flags.replace(/[gy]/g, ''));
        }
        catch {
            return undefined;
        }
        return {
            key,
            subject: call.arg,
            atoms: [{ node, kind: 'pattern', description: `/${regex.regex.pattern}/`, matches: (value) => pattern.test(String(value)) }],
        };
    }
    return undefined;
}
/** Reads a condition as "subject takes these codes"; undefined when it says anything else. */
export function readCondition(node, context) {
    const inner = unwrap(node);
    if (inner.type === AST_NODE_TYPES.BinaryExpression)
        return comparison(inner, context);
    if (inner.type === AST_NODE_TYPES.CallExpression)
        return callCondition(inner, context);
    if (inner.type !== AST_NODE_TYPES.LogicalExpression)
        return undefined;
    const left = readCondition(inner.left, context);
    const right = readCondition(inner.right, context);
    if (!left || !right || left.key !== right.key)
        return undefined;
    if (inner.operator === '||')
        return { key: left.key, subject: left.subject, atoms: [...left.atoms, ...right.atoms] };
    if (inner.operator === '&&' && left.atoms.length === 1 && right.atoms.length === 1) {
        const [a, b] = [left.atoms[0], right.atoms[0]];
        if (a.kind === 'range' && b.kind === 'range') {
            return {
                key: left.key,
                subject: left.subject,
                atoms: [
                    {
                        node: inner,
                        kind: 'range',
                        description: `${a.description} && ${b.description}`,
                        matches: (value) => a.matches(value) && b.matches(value),
                    },
                ],
            };
        }
    }
    return undefined;
}
function blockBody(statement) {
    return statement.type === AST_NODE_TYPES.BlockStatement ? statement.body : [statement];
}
function switchBranches(node, context) {
    const discriminant = unwrap(node.discriminant);
    const onTrue = discriminant.type === AST_NODE_TYPES.Literal && discriminant.value === true;
    const bodyFrom = (index) => {
        for (let i = index; i < node.cases.length; i++) {
            const consequent = node.cases[i].consequent;
            if (consequent.length > 0)
                return consequent.flatMap(blockBody);
        }
        return [];
    };
    const branches = [];
    let fallback;
    let key = onTrue ? undefined : subjectKey(node.discriminant);
    let subject = onTrue ? undefined : node.discriminant;
    node.cases.forEach((clause, index) => {
        const body = bodyFrom(index);
        if (!clause.test) {
            fallback = { node: clause, body };
            return;
        }
        if (onTrue) {
            const condition = readCondition(clause.test, context);
            const agrees = condition && (key === undefined || condition.key === key);
            if (condition && agrees) {
                key = condition.key;
                subject ??= condition.subject;
            }
            branches.push({ node: clause, atoms: agrees ? condition.atoms : [], opaque: !agrees, body, unresolvedTests: [] });
            return;
        }
        const values = literalValues(clause.test, context);
        const test = unwrap(clause.test);
        branches.push({
            node: clause,
            atoms: values?.length === 1 ? [literalAtom(test, values[0])] : [],
            opaque: false,
            body,
            unresolvedTests: values?.length === 1 ? [] : [clause.test],
        });
    });
    return {
        kind: 'switch',
        head: node,
        ...(subject ? { subject } : {}),
        ...(key !== undefined ? { subjectKey: key } : {}),
        branches,
        ...(fallback ? { fallback } : {}),
    };
}
function ifChainBranches(head, context) {
    const branches = [];
    let key;
    let subject;
    let fallback;
    let current = head;
    while (current) {
        if (current.type !== AST_NODE_TYPES.IfStatement) {
            fallback = { node: current, body: blockBody(current) };
            break;
        }
        const condition = readCondition(current.test, context);
        const agrees = condition && (key === undefined || condition.key === key);
        if (condition && agrees) {
            key = condition.key;
            subject ??= condition.subject;
        }
        branches.push({
            node: current,
            atoms: agrees ? condition.atoms : [],
            opaque: !agrees,
            body: blockBody(current.consequent),
            unresolvedTests: [],
        });
        current = current.alternate;
    }
    return {
        kind: 'if-chain',
        head,
        ...(subject ? { subject: unwrapConversion(subject) } : {}),
        ...(key !== undefined ? { subjectKey: key } : {}),
        branches,
        ...(fallback ? { fallback } : {}),
    };
}
/** The `if` that starts a chain: not itself the `else if` of another. */
export function isChainHead(node) {
    return !(node.parent.type === AST_NODE_TYPES.IfStatement && node.parent.alternate === node);
}
const cache = new WeakMap();
export function branchesOf(node, context) {
    let set = cache.get(node);
    if (!set) {
        set = node.type === AST_NODE_TYPES.SwitchStatement ? switchBranches(node, context) : ifChainBranches(node, context);
        cache.set(node, set);
    }
    return set;
}
/** Every literal atom of the set, in source order. */
export function literalAtoms(set) {
    return set.branches.flatMap((branch) => branch.atoms.filter((atom) => atom.literal !== undefined));
}
