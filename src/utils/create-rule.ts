import { RuleCreator, type RuleWithMetaAndName } from '@typescript-eslint/utils/eslint-utils';

export interface DeliveryCodesDocs {
  /** Part of `configs.recommended` (and so of `configs.strict`), or only of `configs.strict`. */
  recommended?: 'recommended' | 'strict';
  /** The rule works without type information and reads more with it. */
  requiresTypeChecking?: false;
}

const REPOSITORY_DOCS = 'https://github.com/delivery-codes/eslint-plugin-delivery-codes/blob/main/docs/rules';

const documentedRule = RuleCreator<DeliveryCodesDocs>((name) => `${REPOSITORY_DOCS}/${name}.md`);

/** Each of the plugin's rules takes at most one options object whose values are primitives or arrays. */
type FlatOptions = readonly [Readonly<Record<string, unknown>>?];

/** Whether `given` already has a value for every option `fallback` has a default for. */
function covers(given: unknown, fallback: Readonly<Record<string, unknown>> | undefined): boolean {
  if (fallback === undefined) return true;
  if (typeof given !== 'object' || given === null) return false;
  for (const key in fallback) if (!(key in given)) return false;
  return true;
}

/**
 * The user's options over `defaults`, element by element. For flat option objects a spread merges
 * exactly as deeply as ESLint's and typescript-eslint's deep merges do. ESLint 9.15 and later have
 * already applied `meta.defaultOptions`: their options are taken as they are, without a copy.
 */
export function withDefaults<Options extends FlatOptions>(defaults: Options, user: readonly unknown[]): Options {
  if (user === defaults || user.length === 0) return defaults;
  if (defaults.every((fallback, i) => covers(user[i], fallback))) return user as unknown as Options;
  return defaults.map((fallback, i) => {
    const given = user[i];
    if (given === undefined) return fallback;
    return typeof given === 'object' && given !== null && !Array.isArray(given) ? { ...fallback, ...given } : given;
  }) as unknown as Options;
}

/**
 * typescript-eslint's `RuleCreator` (docs URL, typed options), without its per-file structured clone of
 * the options: that clone costs 30–50 µs per rule and file, a tenth of the rules' own time on the
 * bench's corpus, to protect defaults that no rule here mutates.
 */
export function createRule<Options extends FlatOptions, MessageIds extends string>(
  spec: Readonly<RuleWithMetaAndName<Options, MessageIds, DeliveryCodesDocs>>,
): ReturnType<typeof documentedRule<Options, MessageIds>> {
  const rule = documentedRule(spec);
  // Shared by every file's options from now on: frozen, so a rule that wrote to them would fail its tests.
  const defaults = (spec.meta.defaultOptions ?? []) as Options;
  for (const option of defaults) if (option) Object.values(Object.freeze(option)).forEach((value) => Object.freeze(value));
  Object.freeze(defaults);
  return { ...rule, create: (context) => spec.create(context, withDefaults(defaults, context.options)) };
}
