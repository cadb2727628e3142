/**
 * Regular expressions from rule options. A rule's `create` runs once per file and ESLint hands it a
 * fresh options object each time, so a pattern is compiled once per distinct source and flags
 * instead. Only patterns without the `g` or `y` flag are shared: they keep no state between tests.
 */
const compiled = new Map<string, Map<string, RegExp>>();

export function cachedRegExp(source: string, flags = ''): RegExp {
  if (/[gy]/.test(flags)) return new RegExp(source, flags);
  let byFlags = compiled.get(source);
  if (!byFlags) {
    byFlags = new Map();
    compiled.set(source, byFlags);
  }
  let regexp = byFlags.get(flags);
  if (!regexp) {
    regexp = new RegExp(source, flags);
    byFlags.set(flags, regexp);
  }
  return regexp;
}
