/**
 * The options every rule that infers a family from literals shares, so their schemas and docs say the
 * same thing in the same words.
 */
import type { JSONSchema } from '@typescript-eslint/utils';
import type { DetectionOptions } from '../analysis/family.ts';

export function minLiteralsOption(
  description = "How many of a family's codes the branches must name before they count as that family's, without a name hint.",
): JSONSchema.JSONSchema4 {
  return { type: 'integer', minimum: 1, description };
}

export const codeNamePatternOption: JSONSchema.JSONSchema4 = {
  type: 'string',
  description: 'Regular expression for subject names that hold a provider code (`errorCode`, `smtpCode`, `reason`, …).',
};

const compiled = new Map<string, DetectionOptions>();

/**
 * The detection options a rule's own options give. A rule's `create` runs for every file: the pattern is
 * compiled once per distinct value, not once per file.
 */
export function detectionOptionsFrom(
  options: { readonly minLiterals?: number; readonly codeNamePattern?: string },
  defaultPattern: string,
): DetectionOptions {
  const minLiterals = options.minLiterals ?? 2;
  const pattern = options.codeNamePattern ?? defaultPattern;
  const key = `${minLiterals}\u0000${pattern}`;
  let detection = compiled.get(key);
  if (!detection) {
    detection = { minLiterals, codeNamePattern: new RegExp(pattern, 'i') };
    compiled.set(key, detection);
  }
  return detection;
}
