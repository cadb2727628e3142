/**
 * Deciding that a set of branches is about one provider family, and which of
 * its codes are in scope there. Typed: from the subject's type (a generated
 * code type, or a union of one family's literals). Untyped: from the branch
 * literals and the subject's name.
 */
import type { RuleEntry, RuleFamily } from './rule-entry.ts';
import type { BranchSet, MatchAtom } from './branches.ts';
import { literalAtoms, literalKey } from './branches.ts';
import { catalogIndex, codeKey, type CatalogIndex, type CodeValue, type Scope } from './catalog-index.ts';
import { subjectLeaf, subjectWords } from './expressions.ts';
import { oneSlipFrom } from './closest.ts';
import { hasTellingValue, isCommonValue } from './overlaps.ts';
import { detached } from '../utils/detached.ts';

export interface DetectionOptions {
  /** How many literals of one family make a branch set that family's, without a name hint. */
  readonly minLiterals: number;
  /** Subject names (last segment) that say "this holds a provider code". */
  readonly codeNamePattern: RegExp;
  /**
   * Optional, off when absent: literals no family knows do not veto a family
   * when they are fewer than the known ones and shaped like the family's codes
   * (`[421, 450, 451, 552]`: 450 is an SMTP reply the catalog does not list).
   */
  readonly tolerateUnknown?: boolean;
}

/** What the type checker says about a subject: literal members and the family its marker names. */
export interface TypeFacts {
  readonly values: readonly CodeValue[];
  readonly markedFamily?: string;
  readonly channel?: string;
}

export interface Detection {
  readonly family: RuleFamily;
  /** Entries the branches are answerable for. */
  readonly inScope: readonly RuleEntry[];
  readonly typed: boolean;
  /** Human label: `Twilio`, `Webex Connect (sms)`. */
  readonly label: string;
  /** For a family with channels, the one channel the branches are about, when only one fits. */
  readonly channel?: string;
}

export const DEFAULT_CODE_NAME_PATTERN =
  /^(?:error_?code|err_?code|smtp_?(?:code|status|reply)|response_?code|reply_?code|bounce_?(?:sub)?type|(?:failure_?|error_?)?reason(?:_?code)?|dsn|enhanced_?(?:status_?)?code|delivery_?(?:code|status)|dlr_?(?:code|status|error))$/i;

export function hasNameHint(set: BranchSet, options: DetectionOptions): boolean {
  return set.subjectKey !== undefined && options.codeNamePattern.test(subjectLeaf(set.subjectKey));
}

// Subject names repeat across sets, rules and files; the catalog's families do not change within a process.
const MAX_SUBJECTS = 50_000;
const hintedBySubject = new WeakMap<readonly RuleFamily[], Map<string, RuleFamily[]>>();

/** Families whose name hints appear among the subject's words (`smtpReply` → SMTP). */
export function familiesHinted(set: BranchSet, families: readonly RuleFamily[]): readonly RuleFamily[] {
  if (set.subjectKey === undefined) return [];
  let bySubject = hintedBySubject.get(families);
  if (!bySubject) {
    bySubject = new Map();
    hintedBySubject.set(families, bySubject);
  }
  let hinted = bySubject.get(set.subjectKey);
  if (!hinted) {
    const words = new Set(subjectWords(set.subjectKey));
    hinted = families.filter((family) => family.nameHints.some((hint) => words.has(hint)));
    if (bySubject.size >= MAX_SUBJECTS) bySubject.clear();
    bySubject.set(detached(set.subjectKey), hinted);
  }
  return hinted;
}

/** Codes that are in every one of `scopes` (a channel family whose channel is not certain). */
function sharedEntries(scopes: readonly Scope[]): RuleEntry[] {
  const [first, ...rest] = scopes;
  if (!first) return [];
  return first.entries.filter((entry) =>
    rest.every((scope) => scope.entries.some((other) => other.code === entry.code && other.permanence === entry.permanence)),
  );
}

function scopesFor(index: CatalogIndex, family: RuleFamily, values: readonly CodeValue[]): Scope[] {
  const scopes = index.scopesOf.get(family) ?? [];
  if (family.channels.length === 0 && family.groups.length === 0) return [...scopes];
  const keys = values.map((value) => codeKey(family, value));
  if (family.channels.length > 0) {
    // A code's meaning depends on its channel: keep the channels where every literal exists.
    // Codes common to all channels don't tell channels apart.
    const common = scopes.find((scope) => scope.part === 'common');
    const specific = keys.filter((key) => !common?.keys.has(key));
    return scopes.filter((scope) => scope !== common && specific.every((key) => scope.keys.has(key)));
  }
  return scopes.filter((scope) => keys.some((key) => scope.keys.has(key)));
}

function soleChannel(family: RuleFamily, scopes: readonly Scope[]): string | undefined {
  return family.channels.length > 0 && scopes.length === 1 ? scopes[0]?.part : undefined;
}

function label(family: RuleFamily, scopes: readonly Scope[]): string {
  const channel = soleChannel(family, scopes);
  return channel ? `${family.displayName} (${channel})` : family.displayName;
}

/** `n3` for 421, `d5` for '30007', `A` for 'BOUNCE_PERMANENT_GENERAL', `t` for other text. */
function shapeOf(value: CodeValue): string {
  if (typeof value === 'number') return `n${String(Math.abs(value)).length}`;
  if (/^\d+$/.test(value)) return `d${value.length}`;
  return /^[A-Z0-9_]+$/.test(value) ? 'A' : 't';
}

const familyShapes = new WeakMap<RuleFamily, ReadonlySet<string>>();

/** Whether a literal the catalog does not know looks like one of `family`'s codes. */
export function shapedLike(family: RuleFamily, value: CodeValue, index = catalogIndex()): boolean {
  let shapes = familyShapes.get(family);
  if (!shapes) {
    const all = new Set<string>();
    for (const code of index.codesOf(family)) {
      all.add(shapeOf(code));
      if (family.sentAsString && typeof code === 'number') all.add(shapeOf(String(code)));
    }
    shapes = all;
    familyShapes.set(family, shapes);
  }
  return shapes.has(shapeOf(value));
}

// Sets over the same scopes get the same array, so what rules derive from it (no-retry's split) is derived once.
const entriesByScopes = new WeakMap<RuleFamily, Map<string, readonly RuleEntry[]>>();

/** The codes of `scopes`: of a channel family, those every channel shares. */
function entriesIn(family: RuleFamily, scopes: readonly Scope[]): readonly RuleEntry[] {
  let byScopes = entriesByScopes.get(family);
  if (!byScopes) {
    byScopes = new Map();
    entriesByScopes.set(family, byScopes);
  }
  const key = scopes.map((scope) => scope.id).join(' ');
  let entries = byScopes.get(key);
  if (!entries) {
    entries = family.channels.length > 0 ? sharedEntries(scopes) : scopes.flatMap((scope) => scope.entries);
    byScopes.set(key, entries);
  }
  return entries;
}

export function detectUntyped(set: BranchSet, options: DetectionOptions, index = catalogIndex()): Detection | undefined {
  let values = literalAtoms(set).map((atom) => atom.literal as CodeValue);
  const hinted = familiesHinted(set, index.families);
  const named = hasNameHint(set, options) || hinted.length > 0;
  let candidates: readonly RuleFamily[];
  if (values.length === 0) {
    // Ranges and patterns alone name no family: only an explicit family hint does.
    candidates = hinted.length === 1 ? hinted : [];
  } else {
    const perValue = values.map((value) => new Set(index.familiesOf(value)));
    const unknown = values.filter((_, i) => perValue[i]?.size === 0);
    const known = perValue.filter((families) => families.size > 0);
    // A literal no family knows (200, 404) means these branches are about something else, unless it
    // is one slip from a code of the family the others name ('30070' among Twilio codes):
    // no-unknown-codes reports the slip, and the branches are still that family's.
    const agreed = index.families.filter((family) => known.length > 0 && known.every((families) => families.has(family)));
    const isSlip = (value: CodeValue) =>
      !isCommonValue(value) && agreed.some((family) => shapedLike(family, value, index) && oneSlipFrom(value, index.codesOf(family)));
    const foreign = unknown.filter((value) => !isSlip(value));
    if (foreign.length > 0 && (!options.tolerateUnknown || foreign.length * 2 >= values.length)) return undefined;
    // Slips are typos among codes, not numbers that happen to sit near codes (`case 212: case 213:`
    // beside SMTP's 211 and 214 in a switch over syntax kinds): without a name that says so, the
    // codes the catalog knows must outnumber them.
    const slips = unknown.length - foreign.length;
    if (slips > 0 && slips >= known.length && !named) return undefined;
    // Here some literal is known (all-unknown sets were vetoed above), so `agreed` is every family all known ones name.
    candidates = agreed.filter((family) => unknown.every((value) => shapedLike(family, value, index)));
    if (unknown.length > 0) values = values.filter((value) => !unknown.includes(value));
    // Without a name, everyday values are no evidence: `mode === 100 … mode === 2` names one code at most.
    if (!named && values.filter((value) => !isCommonValue(value)).length < options.minLiterals) return undefined;
  }
  if (candidates.length > 1) candidates = candidates.filter((family) => hinted.includes(family));
  const family = candidates.length === 1 ? candidates[0] : undefined;
  if (!family) return undefined;
  // 502, 3, 'UNAVAILABLE', 'delivered' alone are as likely HTTP, an index, gRPC or a word: a hint must name the family.
  if (values.length > 0 && !hasTellingValue(values) && !hinted.includes(family)) return undefined;
  // Nor do branches that name no failure of the family, without a name: `case 250: case 251:` are
  // TypeScript's syntax kinds far more often than an SMTP client that only looks at success.
  const failure = (value: CodeValue) => index.hitsOf(value).some((hit) => hit.scope.family === family && hit.entry.outcome === 'failed');
  if (values.length > 0 && !named && !values.some(failure)) return undefined;
  const scopes = values.length === 0 ? [...(index.scopesOf.get(family) ?? [])] : scopesFor(index, family, values);
  if (scopes.length === 0) return undefined;
  const inScope = entriesIn(family, scopes);
  const channel = soleChannel(family, scopes);
  return { family, inScope, typed: false, label: label(family, scopes), ...(channel ? { channel } : {}) };
}

// Type facts are cached per node (types.ts) and every rule asks about the same subjects.
const typedDetections = new WeakMap<TypeFacts, Detection | null>();

export function detectTyped(facts: TypeFacts, index = catalogIndex()): Detection | undefined {
  let detection = typedDetections.get(facts);
  if (detection === undefined) {
    detection = computeTypedDetection(facts, index) ?? null;
    typedDetections.set(facts, detection);
  }
  return detection ?? undefined;
}

function computeTypedDetection(facts: TypeFacts, index: CatalogIndex): Detection | undefined {
  if (facts.values.length === 0) return undefined;
  let family = facts.markedFamily ? index.familyById.get(facts.markedFamily) : undefined;
  if (!family) {
    const perValue = facts.values.map((value) => new Set(index.familiesOf(value)));
    const candidates = index.families.filter((f) => perValue.every((families) => families.has(f)));
    // A union such as `502 | 503` is no provider's until a generated type (its marker) says so.
    if (candidates.length !== 1 || !hasTellingValue(facts.values)) return undefined;
    family = candidates[0] as RuleFamily;
  }
  const wanted = new Set(facts.values.map((value) => codeKey(family, value)));
  let scopes: readonly Scope[] = index.scopesOf.get(family) ?? [];
  if (family.channels.length > 0) {
    scopes = facts.channel ? scopes.filter((s) => s.part === facts.channel) : scopesFor(index, family, facts.values);
  }
  const inScope = (scopes.length > 1 && family.channels.length > 0 ? sharedEntries(scopes) : scopes.flatMap((s) => s.entries)).filter(
    (entry) => wanted.has(codeKey(family, entry.code)),
  );
  if (inScope.length === 0) return undefined;
  const channel = soleChannel(family, scopes);
  return { family, inScope, typed: true, label: label(family, scopes), ...(channel ? { channel } : {}) };
}

/** Entries of `detection` that no branch of `set` takes. */
export function untakenEntries(set: BranchSet, entries: readonly RuleEntry[]): RuleEntry[] {
  // One lookup per entry for the plain literals, one test per atom for the rest.
  const literals = new Set<string>();
  const others: MatchAtom[] = [];
  for (const atom of set.branches.flatMap((branch) => branch.atoms)) {
    const key = literalKey(atom);
    if (key === undefined) others.push(atom);
    else literals.add(key);
  }
  return entries.filter((entry) => !literals.has(String(entry.code)) && !others.some((atom) => atom.matches(entry.code)));
}
