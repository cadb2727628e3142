/**
 * The one entry point rules use to ask "are these branches about provider
 * codes, and which?". Cheap first: the AST gate decides whether the type
 * checker is consulted at all.
 */
import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import { literalAtoms, type Branch, type BranchSet, type MatchAtom } from './branches.ts';
import { catalogIndex, type CodeValue } from './catalog-index.ts';
import { isCommonValue } from './overlaps.ts';
import { detectTyped, detectUntyped, familiesHinted, hasNameHint, type Detection, type DetectionOptions } from './family.ts';
import { literalTypeValue, typeFactsOf } from './types.ts';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** Type information when the file was parsed with a TypeScript program, else undefined (plain JS, untyped lint). */
export function typedServices(context: Context): ParserServicesWithTypeInformation | undefined {
  const services = context.sourceCode.parserServices as Partial<ParserServicesWithTypeInformation> | undefined;
  return services?.program && services.esTreeNodeToTSNodeMap && services.getTypeAtLocation
    ? (services as ParserServicesWithTypeInformation)
    : undefined;
}

/** Most literals are no family's code (`'queued'`, `'sent'`): a name such as `emailStatus` then proves nothing. */
function mostlyForeign(values: readonly CodeValue[]): boolean {
  const index = catalogIndex();
  const foreign = values.filter((value) => index.familiesOf(value).length === 0).length;
  return foreign > 0 && foreign * 2 >= values.length;
}

/** What the literals and names of a set say, before and after the checker reads its case tests. */
function mayBeCodes(set: BranchSet, options: DetectionOptions): boolean {
  const index = catalogIndex();
  // An empty switch names no code; only its subject's type can say what it is about.
  if (set.kind === 'switch' && set.branches.length === 0 && !set.fallback) return true;
  const values = literalAtoms(set).map((atom) => atom.literal as CodeValue);
  // 404 or 3 alone proves nothing (see overlaps.ts): only a telling code is worth a question to the checker.
  if (values.some((value) => !isCommonValue(value) && index.familiesOf(value).length > 0)) return true;
  return !mostlyForeign(values) && (hasNameHint(set, options) || familiesHinted(set, index.families).length > 0);
}

/**
 * Whether the case tests only the checker can read may hold provider codes: `case OrderStatus.Paid:`
 * ('paid') does not, and then its siblings need not be asked about either. An everyday value
 * (`Pending = 0`) proves nothing without a name that says so, so the last such test is asked too.
 */
function unresolvedMayBeCodes(set: BranchSet, services: ParserServicesWithTypeInformation, options: DetectionOptions): boolean {
  const tests = set.branches.flatMap((branch) => branch.unresolvedTests);
  const first = tests[0];
  if (!first) return true;
  const index = catalogIndex();
  const named = hasNameHint(set, options) || familiesHinted(set, index.families).length > 0;
  for (const test of tests.length > 1 ? [first, tests.at(-1) as TSESTree.Expression] : [first]) {
    const value = literalTypeValue(test, services);
    if (value === undefined || index.familiesOf(value).length === 0) return false;
    if (named || !isCommonValue(value)) return true;
  }
  return false;
}

const typedSets = new WeakMap<BranchSet, BranchSet>();

/** Case tests only the checker can read (`case Imported.Member:`) turned into literal atoms. */
function withTypedTests(set: BranchSet, services: ParserServicesWithTypeInformation): BranchSet {
  if (!set.branches.some((branch) => branch.unresolvedTests.length > 0)) return set;
  let typed = typedSets.get(set);
  if (!typed) {
    const branches = set.branches.map((branch): Branch => {
      const atoms: MatchAtom[] = [...branch.atoms];
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

export interface DetectedSet {
  readonly set: BranchSet;
  readonly detection: Detection;
}

/**
 * The family and codes in scope of a branch set, or undefined when it is not
 * about provider codes. The returned set has case tests the checker could
 * read turned into literals; tests still unresolved stay in `unresolvedTests`.
 * `worthAsking` is called before the first checker call: a rule that can already
 * tell it would report nothing here (no retry anywhere in the branches) says so.
 */
export function detectCodes(
  set: BranchSet,
  context: Context,
  options: DetectionOptions,
  worthAsking: () => boolean = () => true,
): DetectedSet | undefined {
  let bySet = detections.get(set);
  const known = bySet?.get(options);
  if (known !== undefined) return known ?? undefined;
  const detected = detectFresh(set, context, options, worthAsking);
  if (detected === NOT_ASKED) return undefined;
  if (!bySet) {
    bySet = new Map();
    detections.set(set, bySet);
  }
  bySet.set(options, detected ?? null);
  return detected;
}

/** A rule's `worthAsking` said no: nothing was decided about the set, so nothing is remembered. */
const NOT_ASKED = Symbol('not asked');

// Sets from branchesOf are shared by the rules, and so are options objects with the same values (detectionOptionsFrom).
const detections = new WeakMap<BranchSet, Map<DetectionOptions, DetectedSet | null>>();

function detectFresh(
  set: BranchSet,
  context: Context,
  options: DetectionOptions,
  worthAsking: () => boolean,
): DetectedSet | undefined | typeof NOT_ASKED {
  // The AST gate: no checker call for a set that cannot be about provider codes. Case tests only
  // the checker can read (`case Imported.Member:`) keep a set in play when there is a checker to ask.
  const services = typedServices(context);
  const literalsSayCodes = mayBeCodes(set, options);
  if (!literalsSayCodes && !(services && set.branches.some((branch) => branch.unresolvedTests.length > 0))) return undefined;
  if (services) {
    if (!worthAsking()) return NOT_ASKED;
    if (!literalsSayCodes && !unresolvedMayBeCodes(set, services, options)) return undefined;
    const resolved = withTypedTests(set, services);
    // `case OrderStatus.Paid:` reads as 'paid': the subject's type is not worth asking about.
    if (resolved !== set && !mayBeCodes(resolved, options)) return undefined;
    const facts = set.subject ? typeFactsOf(set.subject as TSESTree.Node, services, context.sourceCode) : undefined;
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
