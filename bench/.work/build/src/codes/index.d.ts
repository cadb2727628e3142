/**
 * `eslint-plugin-delivery-codes/codes`: the generated enums, unions, tables
 * and guards of every provider family, plus lookups over all of them.
 * No runtime dependencies.
 */
import { type FamilyId } from '../generated/index.ts';
import type { CodeEntry, ProviderCode } from './types.ts';
export * from '../generated/index.ts';
export type * from './types.ts';
export * from './vocabulary.ts';
/**
 * The catalog entry of `code` in `family` (and `channel`, for families with
 * channels; without one, the first channel that knows the code).
 */
export declare function describeCode(family: FamilyId, code: ProviderCode, channel?: string): CodeEntry | undefined;
/** Every entry, in every family and channel, for `code`. */
export declare function findCode(code: ProviderCode): CodeEntry[];
