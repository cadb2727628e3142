import type { Actionable, Basis, Outcome, Permanence, Phase, RetryPolicy, SenderAction } from './vocabulary.ts';

export type ProviderCode = number | string;

export interface SourceRef {
  readonly doc: string;
  readonly section: string;
}

export interface SourceConflict {
  readonly source: SourceRef;
  readonly says: string;
  readonly resolution: string;
}

/** One catalog entry as the generated tables carry it. */
export interface CodeEntry<Code extends ProviderCode = ProviderCode> {
  readonly code: Code;
  readonly channel?: string;
  readonly group?: string;
  readonly name: string;
  /** The provider's or standard's published short name for the code, verbatim, when the catalog carries it. */
  readonly title?: string;
  readonly summary: string;
  readonly outcome: Outcome;
  readonly permanence?: Permanence;
  readonly retry?: RetryPolicy;
  readonly retryWindow?: string;
  readonly action: SenderAction;
  readonly charged?: boolean | 'sometimes';
  readonly actionable?: Actionable;
  readonly phase?: Phase;
  readonly basis: Basis;
  readonly sources: readonly SourceRef[];
  readonly conflicts?: readonly SourceConflict[];
  readonly note?: string;
}

export interface FamilyPart {
  readonly id: string;
  readonly displayName: string;
  readonly description?: string;
}

/** A provider family: its header and every entry, in catalog order. */
export interface FamilyData {
  readonly id: string;
  readonly displayName: string;
  readonly description: string;
  readonly enumName: string;
  readonly codeType: 'number' | 'string';
  readonly sentAsString: boolean;
  readonly nameHints: readonly string[];
  readonly channels: readonly FamilyPart[];
  readonly groups: readonly FamilyPart[];
  readonly entries: readonly CodeEntry[];
}

/**
 * A handler map that must name every permanent code and may name the others:
 * `const handlers = { … } satisfies PermanentFailureHandlers<PermanentTwilioErrorCode, TwilioErrorCode>`
 * stops compiling when a permanent code has no handler.
 */
export type PermanentFailureHandlers<
  Permanent extends PropertyKey,
  All extends PropertyKey = Permanent,
  Result = unknown,
> = { readonly [K in Permanent]: (code: K) => Result } & {
  readonly [K in Exclude<All, Permanent>]?: (code: K) => Result;
};
