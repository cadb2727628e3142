import { literalAtoms } from "./branches.js";
import { catalogIndex, hitsFor } from "./catalog-index.js";
import { detectTyped, detectUntyped, familiesHinted, hasNameHint } from "./family.js";
import { literalTypeValue, typeFactsOf } from "./types.js";
/** Type information when the file was parsed with a TypeScript program, else undefined (plain JS, untyped lint). */
export function typedServices(context) {
    const services = context.sourceCode.parserServices;
    return services?.program && services.esTreeNodeToTSNodeMap && services.getTypeAtLocation
        ? services
        : undefined;
}
function passesGate(set, options) {
    const index = catalogIndex();
    return (
    // An empty switch names no code; only its subject's type can say what it is about.
    (set.kind === 'switch' && set.branches.length === 0 && !set.fallback) ||
        literalAtoms(set).some((atom) => hitsFor(index, atom.literal).length > 0) ||
        set.branches.some((branch) => branch.unresolvedTests.length > 0) ||
        hasNameHint(set, options) ||
        familiesHinted(set, index.families).length > 0);
}
const typedSets = new WeakMap();
/** Case tests only the checker can read (`case Imported.Member:`) turned into literal atoms. */
function withTypedTests(set, services) {
    if (!set.branches.some((branch) => branch.unresolvedTests.length > 0))
        return set;
    let typed = typedSets.get(set);
    if (!typed) {
        const branches = set.branches.map((branch) => {
            const atoms = [...branch.atoms];
            for (const test of branch.unresolvedTests) {
                const value = literalTypeValue(test, services);
                if (value !== undefined) {
                    atoms.push({ node: test, literal: value, kind: 'literal', matches: (v) => String(v) === String(value) });
                }
            }
            const unresolvedTests = branch.unresolvedTests.filter((test) => literalTypeValue(test, services) === undefined);
            return { ...branch, atoms, unresolvedTests };
        });
        typed = { ...set, branches };
        typedSets.set(set, typed);
    }
    return typed;
}
/**
 * The family and codes in scope of a branch set, or undefined when it is not
 * about provider codes. The returned set has case tests the checker could
 * read turned into literals; tests still unresolved stay in `unresolvedTests`.
 */
export function detectCodes(set, context, options) {
    if (!passesGate(set, options))
        return undefined;
    const services = typedServices(context);
    if (services) {
        const resolved = withTypedTests(set, services);
        const facts = set.subject ? typeFactsOf(set.subject, services) : undefined;
        if (facts) {
            // The type lists its members: they are the codes in scope, or these are not provider codes.
            const detection = detectTyped(facts);
            return detection ? { set: resolved, detection } : undefined;
        }
        const detection = detectUntyped(resolved, options);
        return detection ? { set: resolved, detection } : undefined;
    }
    const detection = detectUntyped(set, options);
    return detection ? { set, detection } : undefined;
}
