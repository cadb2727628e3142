import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { branchesOf, isChainHead, literalAtoms, type BranchSet } from '../src/analysis/branches.ts';
import { catalogIndex, type CodeValue } from '../src/analysis/catalog-index.ts';
import { closestCodes, digitSlips, oneSlipFrom, type Ranked } from '../src/analysis/closest.ts';
import { skipsFile } from '../src/analysis/file-gate.ts';
import { detectCodes, typedServices } from '../src/analysis/detect.ts';
import { DEFAULT_CODE_NAME_PATTERN, familiesHinted, hasNameHint, shapedLike } from '../src/analysis/family.ts';
import { isCommonValue } from '../src/analysis/overlaps.ts';
import { typeFactsOf } from '../src/analysis/types.ts';
import type { RuleEntry, RuleFamily } from '../src/analysis/rule-entry.ts';
import { createRule } from '../src/utils/create-rule.ts';
import { codeNamePatternOption, minLiteralsOption, detectionOptionsFrom } from '../src/utils/detection-options.ts';
import { quote } from '../src/utils/source-text.ts';

export type Options = [
  {
    allow?: (number | string)[];
    minLiterals?: number;
    codeNamePattern?: string;
    maxSuggestions?: number;
  },
];
export type MessageIds = 'unknownCode' | 'replaceWithCode';

type WrittenLiteral = TSESTree.NumberLiteral | TSESTree.StringLiteral | TSESTree.TemplateLiteral;

interface Unknown {
  readonly node: WrittenLiteral;
  readonly value: CodeValue;
}

interface Known {
  /** The code in the form a literal of this kind writes it: `30007` for a number, `'30007'` for Twilio's text. */
  readonly code: CodeValue;
  readonly entry: RuleEntry;
}

interface FamilyCodes {
  /** Every code as text: a literal equal to one is the family's code in some form. */
  readonly texts: ReadonlySet<string>;
  readonly numbers: readonly Known[];
  readonly strings: readonly Known[];
  /** The same codes as plain lists, and in lower case, for the one-slip test. */
  readonly numberCodes: readonly number[];
  readonly stringCodes: readonly string[];
  readonly lowerStrings: ReadonlySet<string>;
}

/** What a branch set says about itself, read once for all its literals. */
interface SetEvidence {
  /** Families the subject's name names (`smtpReply`, `twilioError`). */
  readonly hinted: readonly RuleFamily[];
  /** The subject's name says it holds a provider code (`codeNamePattern`). */
  readonly codeName: boolean;
  /** The set's values some family knows. */
  readonly known: readonly CodeValue[];
  /** Those of `family`, counted once per set and family, not once per unknown literal. */
  knownOf(family: RuleFamily): readonly CodeValue[];
}

const familyCodes = new WeakMap<RuleFamily, FamilyCodes>();

/** One candidate per distinct code, first entry first (the common channel before the others); built once per family. */
function codesOf(family: RuleFamily): FamilyCodes {
  let codes = familyCodes.get(family);
  if (!codes) {
    const numbers = new Map<number, Known>();
    const strings = new Map<string, Known>();
    for (const entry of family.entries) {
      if (typeof entry.code === 'number') {
        if (!numbers.has(entry.code)) numbers.set(entry.code, { code: entry.code, entry });
        if (family.sentAsString && !strings.has(String(entry.code))) strings.set(String(entry.code), { code: String(entry.code), entry });
      } else if (!strings.has(entry.code)) {
        strings.set(entry.code, { code: entry.code, entry });
      }
    }
    codes = {
      texts: new Set(family.entries.map((entry) => String(entry.code))),
      numbers: [...numbers.values()],
      strings: [...strings.values()],
      numberCodes: [...numbers.keys()],
      stringCodes: [...strings.keys()],
      lowerStrings: new Set([...strings.keys()].map((code) => code.toLowerCase())),
    };
    familyCodes.set(family, codes);
  }
  return codes;
}

/** `5.1.1` → `9.9.9`, `Permanent/General` → `a/a`: the punctuation a text code is built around. */
function structureOf(value: string): string {
  return value.replace(/\d+/g, '9').replace(/[A-Za-z]+/g, 'a');
}

let structureOwners: ReadonlyMap<string, RuleFamily | null> | undefined;

/** The family a punctuated text structure belongs to, when exactly one family's codes have it (`9.9.9`: enhanced status codes). */
function structureOwner(value: CodeValue): RuleFamily | undefined {
  if (typeof value !== 'string' || !/[^\w\s]/.test(value)) return undefined;
  if (!structureOwners) {
    const owners = new Map<string, RuleFamily | null>();
    const index = catalogIndex();
    for (const family of index.families) {
      for (const code of index.codesOf(family)) {
        if (typeof code !== 'string') continue;
        const structure = structureOf(code);
        const owner = owners.get(structure);
        owners.set(structure, owner === undefined || owner === family ? family : null);
      }
    }
    structureOwners = owners;
  }
  return structureOwners.get(structureOf(value)) ?? undefined;
}

/** Three digits or fewer: HTTP statuses, FTP replies, counts. SMTP's codes are among them, so only a name tells them apart. */
function isShortNumber(value: CodeValue): boolean {
  return (typeof value === 'number' || /^\d+$/.test(value)) && Math.abs(Number(value)) < 1000;
}

/** The literal as written in the source, if it is one: a constant's name or an expression has no text to correct. */
function writtenLiteral(node: TSESTree.Node): WrittenLiteral | undefined {
  if (node.type === AST_NODE_TYPES.Literal && (typeof node.value === 'number' || typeof node.value === 'string')) {
    return node as TSESTree.NumberLiteral | TSESTree.StringLiteral;
  }
  return node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0 ? node : undefined;
}

export default createRule<Options, MessageIds>({
  name: 'no-unknown-codes',
  meta: {
    type: 'problem',
    docs: {
      description: "Disallow codes a provider's catalog does not know in branches on that provider's codes",
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      unknownCode: '{{code}} is not a code in the {{family}} catalog.',
      replaceWithCode: 'Replace with {{code}} ({{name}}).',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allow: {
            type: 'array',
            items: { type: ['number', 'string'] },
            uniqueItems: true,
            description: 'Codes the catalog lacks that your branches may name (in-house or newer provider codes); a number also allows its text.',
          },
          minLiterals: minLiteralsOption(
            "How many of a family's codes the branches must name, the unknown one included, before they count as that family's, without a name hint.",
          ),
          codeNamePattern: codeNamePatternOption,
          maxSuggestions: {
            type: 'integer',
            minimum: 0,
            description: 'How many of the closest known codes are offered as replacements.',
          },
        },
      },
    ],
    defaultOptions: [
      {
        allow: [],
        minLiterals: 2,
        codeNamePattern: DEFAULT_CODE_NAME_PATTERN.source,
        maxSuggestions: 3,
      },
    ],
  },
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const detectionOptions = detectionOptionsFrom(options, DEFAULT_CODE_NAME_PATTERN.source);
    if (skipsFile(context, detectionOptions.codeNamePattern)) return {};
    const allowed = new Set((options.allow ?? []).map(String));
    const maxSuggestions = options.maxSuggestions ?? 3;
    const services = typedServices(context);

    const nearest = new Map<string, Ranked<Known>[]>();

    function closest(family: RuleFamily, value: CodeValue): Ranked<Known>[] {
      const key = `${family.id}\u0000${typeof value}:${value}`;
      const cached = nearest.get(key);
      if (cached) return cached;
      const codes = codesOf(family);
      const pool = typeof value === 'number' ? codes.numbers : codes.strings;
      // A mistyped number is usually one slip away: rank those few codes, not the whole family, when there are any.
      const slips = /^\d+$/.test(String(value)) ? new Set(digitSlips(String(value))) : undefined;
      const near = slips ? pool.filter((known) => slips.has(String(known.code))) : [];
      const ranked = closestCodes(String(value), near.length > 0 ? near : pool, (known) => known.code, {
        limit: Math.max(1, maxSuggestions),
      });
      // Only the nearest: a code one more edit away is a worse guess at what was meant.
      const found = ranked.filter((item) => item.distance === ranked[0]?.distance);
      nearest.set(key, found);
      return found;
    }

    /**
     * Whether, without the type checker, `value` reads as a mistyped code of
     * `family`: the set must say it holds codes (a code name, or enough of the
     * family's codes), say which family (its name in the subject, a code only
     * it has, or a text structure only it uses), and the value must be near
     * one of its codes unless the subject names both family and code.
     */
    function readsAsMistyped(set: SetEvidence, family: RuleFamily, value: CodeValue): boolean {
      if (!shapedLike(family, value)) return false;
      const named = set.hinted.includes(family);
      if ((isShortNumber(value) || isCommonValue(value)) && !named) return false;
      // SQL states and other codes are five digits of text too; Twilio sends its codes as text in fields named for them.
      if (typeof value === 'string' && /^\d+$/.test(value) && !named && !set.codeName) return false;
      const ofFamily = set.knownOf(family);
      const bySiblings = ofFamily.length === set.known.length && ofFamily.some((other) => !isCommonValue(other));
      const byStructure = set.codeName && structureOwner(value) === family;
      if (!named && !bySiblings && !byStructure) return false;
      if (!set.codeName && ofFamily.length + 1 < detectionOptions.minLiterals) return false;
      if (named && set.codeName) return true;
      // At most one edit from a code (ignoring case), as `closest` would rank it, without ranking the whole family.
      const codes = codesOf(family);
      if (typeof value === 'number') return oneSlipFrom(value, codes.numberCodes);
      return codes.lowerStrings.has(value.toLowerCase()) || oneSlipFrom(value, codes.stringCodes);
    }

    function untypedFindings(set: BranchSet, literals: readonly Unknown[]): { unknown: Unknown; family: RuleFamily }[] {
      const index = catalogIndex();
      const known = literalAtoms(set)
        .map((atom) => atom.literal as CodeValue)
        .filter((value) => index.familiesOf(value).length > 0);
      const byFamily = new Map<RuleFamily, readonly CodeValue[]>();
      const evidence: SetEvidence = {
        hinted: familiesHinted(set, index.families),
        codeName: hasNameHint(set, detectionOptions),
        known,
        knownOf: (family) => {
          let found = byFamily.get(family);
          if (!found) {
            found = known.filter((value) => index.familiesOf(value).includes(family));
            byFamily.set(family, found);
          }
          return found;
        },
      };
      const findings: { unknown: Unknown; family: RuleFamily }[] = [];
      for (const unknown of literals) {
        const families = index.families.filter((family) => readsAsMistyped(evidence, family, unknown.value));
        if (families.length === 1) findings.push({ unknown, family: families[0] as RuleFamily });
      }
      return findings;
    }

    function replacement(node: WrittenLiteral, code: CodeValue): string {
      if (node.type === AST_NODE_TYPES.TemplateLiteral) return `\`${String(code).replace(/[`\\]|\$\{/g, (c) => `\\${c}`)}\``;
      if (typeof node.value === 'number') return String(code);
      return quote(String(code), node.raw.startsWith('"') ? '"' : "'");
    }

    function report(unknown: Unknown, family: RuleFamily): void {
      const suggest = closest(family, unknown.value)
        .slice(0, maxSuggestions)
        .map(({ item }) => {
          const text = replacement(unknown.node, item.code);
          return {
            messageId: 'replaceWithCode' as const,
            data: { code: text, name: item.entry.name },
            fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(unknown.node, text),
          };
        });
      context.report({
        node: unknown.node,
        messageId: 'unknownCode',
        data: { code: sourceCode.getText(unknown.node), family: family.displayName },
        suggest,
      });
    }

    function check(node: TSESTree.SwitchStatement | TSESTree.IfStatement): void {
      const set = branchesOf(node, context);
      const index = catalogIndex();
      const literals: Unknown[] = [];
      for (const atom of literalAtoms(set)) {
        const written = writtenLiteral(atom.node);
        const value = atom.literal as CodeValue;
        // A code some family knows may be that family's: one branch can serve several providers.
        if (written && !allowed.has(String(value)) && index.familiesOf(value).length === 0) literals.push({ node: written, value });
      }
      if (literals.length === 0) return;
      if (services) {
        const detected = detectCodes(set, context, detectionOptions);
        if (detected?.detection.typed) {
          const family = detected.detection.family;
          const texts = codesOf(family).texts;
          const strangers = literals.filter((literal) => !texts.has(String(literal.value)));
          if (strangers.length === 0) return;
          // A value the subject's type lists is the application's own code, declared on purpose.
          const typeValues = new Set((set.subject ? typeFactsOf(set.subject, services, context.sourceCode)?.values : undefined)?.map(String));
          for (const stranger of strangers) if (!typeValues.has(String(stranger.value))) report(stranger, family);
          return;
        }
      }
      const findings = untypedFindings(set, literals);
      if (findings.length === 0) return;
      // The subject's type lists its values and they are no family's codes (`HttpStatus`): the type wins over names.
      if (services && set.subject && typeFactsOf(set.subject, services, context.sourceCode)) return;
      for (const { unknown, family } of findings) report(unknown, family);
    }

    return {
      SwitchStatement: check,
      IfStatement(node) {
        if (isChainHead(node)) check(node);
      },
    };
  },
});
