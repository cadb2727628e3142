/**
 * Deciding that a set of branches is about one provider family, and which of
 * its codes are in scope there. Typed: from the subject's type (a generated
 * code type, or a union of one family's literals). Untyped: from the branch
 * literals and the subject's name.
 */
import type { CodeEntry, FamilyData } from '../codes/types.ts';
import type { BranchSet } from './branches.ts';
import { literalAtoms } from './branches.ts';
import { catalogIndex, codeKey, hitsFor, type CatalogIndex, type CodeValue, type Scope } from './catalog-index.ts';
import { subjectLeaf, subjectWords } from './expressions.ts';

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
  readonly family: FamilyData;
  /** Entries the branches are answerable for. */
  readonly inScope: readonly CodeEntry[];
  readonly typed: boolean;
  /** Human label: `Twilio`, `Webex Connect (sms)`. */
  readonly label: string;
}

export const DEFAULT_CODE_NAME_PATTERN =
  /^(?:error_?code|err_?code|smtp_?(?:code|status|reply)|response_?code|reply_?code|bounce_?(?:sub)?type|(?:failure_?|error_?)?reason(?:_?code)?|dsn|enhanced_?(?:status_?)?code|delivery_?(?:code|status)|dlr_?(?:code|status|error))$/i;

export function hasNameHint(set: BranchSet, options: DetectionOptions): boolean {
  return set.subjectKey !== undefined && options.codeNamePattern.test(subjectLeaf(set.subjectKey));
}

/** Families whose name hints appear among the subject's words (`smtpReply` → SMTP). */
export function familiesHinted(set: BranchSet, families: readonly FamilyData[]): FamilyData[] {
  if (set.subjectKey === undefined) return [];
  const words = new Set(subjectWords(set.subjectKey));
  return families.filter((family) => family.nameHints.some((hint) => words.has(hint)));
}

/** Codes that are in every one of `scopes` (a channel family whose channel is not certain). */
function sharedEntries(scopes: readonly Scope[]): CodeEntry[] {
  const [first, ...rest] = scopes;
  if (!first) return [];
  return first.entries.filter((entry) =>
    rest.every((scope) => scope.entries.some((other) => other.code === entry.code && other.permanence === entry.permanence)),
  );
}

function scopesFor(index: CatalogIndex, family: FamilyData, values: readonly CodeValue[]): Scope[] {
  const scopes = index.scopesOf.get(family) ?? [];
  const has = (scope: Scope, value: CodeValue) => scope.keys.has(codeKey(family, value));
  if (family.channels.length > 0) {
    // A code's meaning depends on its channel: keep the channels where every literal exists.
    // Codes common to all channels don't tell channels apart.
    const common = scopes.find((scope) => scope.part === 'common');
    const specific = values.filter((value) => !common || !has(common, value));
    return scopes.filter((scope) => scope !== common && specific.every((value) => has(scope, value)));
  }
  if (family.groups.length > 0) return scopes.filter((scope) => values.some((value) => has(scope, value)));
  return [...scopes];
}

function label(family: FamilyData, scopes: readonly Scope[]): string {
  if (family.channels.length > 0 && scopes.length === 1 && scopes[0]?.part) return `${family.displayName} (${scopes[0].part})`;
  return family.displayName;
}

/** `n3` for 421, `d5` for '30007', `A` for 'BOUNCE_PERMANENT_GENERAL', `t` for other text. */
function shapeOf(value: CodeValue): string {
  if (typeof value === 'number') return `n${String(Math.abs(value)).length}`;
  if (/^\d+$/.test(value)) return `d${value.length}`;
  return /^[A-Z0-9_]+$/.test(value) ? 'A' : 't';
}

const familyShapes = new WeakMap<FamilyData, ReadonlySet<string>>();

/** Whether a literal the catalog does not know looks like one of `family`'s codes. */
function shapedLike(family: FamilyData, value: CodeValue): boolean {
  let shapes = familyShapes.get(family);
  if (!shapes) {
    const all = new Set<string>();
    for (const entry of family.entries) {
      all.add(shapeOf(entry.code));
      if (family.sentAsString && typeof entry.code === 'number') all.add(shapeOf(String(entry.code)));
    }
    shapes = all;
    familyShapes.set(family, shapes);
  }
  return shapes.has(shapeOf(value));
}

export function detectUntyped(set: BranchSet, options: DetectionOptions, index = catalogIndex()): Detection | undefined {
  let values = literalAtoms(set).map((atom) => atom.literal as CodeValue);
  const hinted = familiesHinted(set, index.families);
  let candidates: FamilyData[];
  if (values.length === 0) {
    // Ranges and patterns alone name no family: only an explicit family hint does.
    candidates = hinted.length === 1 ? hinted : [];
  } else {
    const perValue = values.map((value) => new Set(hitsFor(index, value).map((hit) => hit.scope.family)));
    // A literal no family knows (200, 404) means these branches are about something else.
    const unknown = values.filter((_, i) => perValue[i]?.size === 0);
    if (unknown.length > 0 && (!options.tolerateUnknown || unknown.length * 2 >= values.length)) return undefined;
    const known = perValue.filter((families) => families.size > 0);
    candidates = index.families.filter(
      (family) => known.every((families) => families.has(family)) && unknown.every((value) => shapedLike(family, value)),
    );
    if (unknown.length > 0) values = values.filter((value) => !unknown.includes(value));
    if (values.length < options.minLiterals && !hasNameHint(set, options) && hinted.length === 0) return undefined;
  }
  if (candidates.length > 1) candidates = candidates.filter((family) => hinted.includes(family));
  const family = candidates.length === 1 ? candidates[0] : undefined;
  if (!family) return undefined;
  const scopes = values.length === 0 ? [...(index.scopesOf.get(family) ?? [])] : scopesFor(index, family, values);
  if (scopes.length === 0) return undefined;
  const inScope = family.channels.length > 0 ? sharedEntries(scopes) : scopes.flatMap((scope) => scope.entries);
  return { family, inScope, typed: false, label: label(family, scopes) };
}

export function detectTyped(facts: TypeFacts, index = catalogIndex()): Detection | undefined {
  if (facts.values.length === 0) return undefined;
  let family = facts.markedFamily ? index.familyById.get(facts.markedFamily) : undefined;
  if (!family) {
    const perValue = facts.values.map((value) => new Set(hitsFor(index, value).map((hit) => hit.scope.family)));
    const candidates = index.families.filter((f) => perValue.every((families) => families.has(f)));
    if (candidates.length !== 1) return undefined;
    family = candidates[0] as FamilyData;
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
  return { family, inScope, typed: true, label: label(family, scopes) };
}

/** Entries of `detection` that no branch of `set` takes. */
export function untakenEntries(set: BranchSet, entries: readonly CodeEntry[]): CodeEntry[] {
  const atoms = set.branches.flatMap((branch) => branch.atoms);
  return entries.filter((entry) => !atoms.some((atom) => atom.matches(entry.code)));
}
