/**
 * The options every rule that infers a family from literals shares, so their schemas and docs say the
 * same thing in the same words.
 */
import type { JSONSchema } from '@typescript-eslint/utils';
import type { DetectionOptions } from '../analysis/family.ts';
import { cachedRegExp } from './cached-regexp.ts';

export function minLiteralsOption(
  description = "How many of a family's codes the branches must name before they count as that family's, without a name hint.",
): JSONSchema.JSONSchema4 {
  return { type: 'integer', minimum: 1, description };
}

export const codeNamePatternOption: JSONSchema.JSONSchema4 = {
  type: 'string',
  description: 'Regular expression for subject names that hold a provider code (`errorCode`, `smtpCode`, `reason`, …).',
};

const compiled = new WeakMap<RegExp, Map<number, DetectionOptions>>();

/**
 * The detection options a rule's own options give: one object per distinct values, so results cached
 * per options object (detect.ts) are shared by every file and by rules with the same options.
 */
export function detectionOptionsFrom(
  options: { readonly minLiterals?: number; readonly codeNamePattern?: string },
  defaultPattern: string,
): DetectionOptions {
  const minLiterals = options.minLiterals ?? 2;
  const pattern = options.codeNamePattern ?? defaultPattern;
  const codeNamePattern = cachedRegExp(pattern, 'i');
  let byMinimum = compiled.get(codeNamePattern);
  if (!byMinimum) {
    byMinimum = new Map();
    compiled.set(codeNamePattern, byMinimum);
  }
  let detection = byMinimum.get(minLiterals);
  if (!detection) {
    detection = { minLiterals, codeNamePattern };
    byMinimum.set(minLiterals, detection);
  }
  return detection;
}
