/**
 * Deciding that a set of branches is about one provider family, and which of
 * its codes are in scope there. Typed: from the subject's type (a generated
 * code type, or a union of one family's literals). Untyped: from the branch
 * literals and the subject's name.
 */
import type { CodeEntry, FamilyData } from '../codes/types.ts';
import type { BranchSet } from './branches.ts';
import { type CatalogIndex, type CodeValue } from './catalog-index.ts';
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
export declare const DEFAULT_CODE_NAME_PATTERN: RegExp;
export declare function hasNameHint(set: BranchSet, options: DetectionOptions): boolean;
/** Families whose name hints appear among the subject's words (`smtpReply` → SMTP). */
export declare function familiesHinted(set: BranchSet, families: readonly FamilyData[]): FamilyData[];
export declare function detectUntyped(set: BranchSet, options: DetectionOptions, index?: CatalogIndex): Detection | undefined;
export declare function detectTyped(facts: TypeFacts, index?: CatalogIndex): Detection | undefined;
/** Entries of `detection` that no branch of `set` takes. */
export declare function untakenEntries(set: BranchSet, entries: readonly CodeEntry[]): CodeEntry[];
