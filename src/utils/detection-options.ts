/**
 * The options every rule that infers a family from literals shares, so their schemas and docs say the
 * same thing in the same words.
 */
import type { JSONSchema } from '@typescript-eslint/utils';

export function minLiteralsOption(
  description = "How many of a family's codes the branches must name before they count as that family's, without a name hint.",
): JSONSchema.JSONSchema4 {
  return { type: 'integer', minimum: 1, description };
}

export const codeNamePatternOption: JSONSchema.JSONSchema4 = {
  type: 'string',
  description: 'Regular expression for subject names that hold a provider code (`errorCode`, `smtpCode`, `reason`, …).',
};
