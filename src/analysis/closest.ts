/**
 * "Did you mean": catalog codes close to one the catalog does not have. The
 * CLI's `explain` and the no-unknown-codes rule rank with this one function,
 * so both suggest the same codes for the same slip.
 */
import type { ProviderCode } from '../codes/types.ts';

/** Optimal string alignment distance: Levenshtein plus swapping two neighbours (`30070` → `30007` is one edit). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** How far a code may be from `input` and still be suggested: half its length, at least one edit. */
export function suggestionReach(input: string): number {
  return Math.max(1, Math.floor(input.trim().length / 2));
}

export interface Ranked<T> {
  readonly item: T;
  /** 0 for an item `input` names outright. */
  readonly distance: number;
}

export interface ClosestOptions<T> {
  readonly limit: number;
  /** Whether `input` (trimmed, lower case) is the item's name rather than a mistyped code: such an item comes first. */
  readonly named?: (item: T, input: string) => boolean;
}

/**
 * Items whose code is close to `input`, closest first: by edit distance over
 * the code's text, ignoring case, up to half the input's length; at equal
 * distance a code with the same characters in another order first (`30070` →
 * `30007`, the usual slip), then, between numbers, the numerically closer,
 * then the order of `items`.
 */
export function closestCodes<T>(
  input: string,
  items: readonly T[],
  codeOf: (item: T) => ProviderCode,
  options: ClosestOptions<T>,
): Ranked<T>[] {
  const text = input.trim().toLowerCase();
  const number = /^\d+$/.test(text) ? Number(text) : undefined;
  const maxDistance = suggestionReach(text);
  const letters = (value: string) => [...value].sort().join('');
  const inputLetters = letters(text);
  const near: { item: T; code: ProviderCode; distance: number; reordered: boolean; order: number }[] = [];
  items.forEach((item, order) => {
    const code = codeOf(item);
    const codeText = String(code).toLowerCase();
    const named = options.named?.(item, text) ?? false;
    // The distance is at least the difference in length: most of a large family is skipped here.
    if (!named && Math.abs(codeText.length - text.length) > maxDistance) return;
    const distance = named ? -1 : editDistance(text, codeText);
    if (distance > maxDistance) return;
    near.push({ item, code, distance, reordered: letters(codeText) === inputLetters, order });
  });
  const gap = (code: ProviderCode) => (number !== undefined && typeof code === 'number' ? Math.abs(code - number) : Infinity);
  return near
    .sort((a, b) => a.distance - b.distance || Number(b.reordered) - Number(a.reordered) || gap(a.code) - gap(b.code) || a.order - b.order)
    .slice(0, options.limit)
    .map(({ item, distance }) => ({ item, distance: Math.max(0, distance) }));
}

const codeTexts = new WeakMap<readonly ProviderCode[], ReadonlySet<string>>();

/** Every string one slip from `text` over the digits: a changed, added, dropped or swapped digit. */
export function digitSlips(text: string): string[] {
  const slips: string[] = [];
  for (let i = 0; i <= text.length; i++) {
    for (const digit of '0123456789') {
      slips.push(text.slice(0, i) + digit + text.slice(i));
      if (i < text.length) slips.push(text.slice(0, i) + digit + text.slice(i + 1));
    }
    if (i < text.length) slips.push(text.slice(0, i) + text.slice(i + 1));
    if (i + 1 < text.length) slips.push(text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2));
  }
  return slips;
}

/** Whether `value` is one slip (a changed, added, dropped or swapped character) away from one of `codes`. */
export function oneSlipFrom(value: ProviderCode, codes: readonly ProviderCode[]): boolean {
  const text = String(value).toLowerCase();
  let known = codeTexts.get(codes);
  if (!known) {
    known = new Set(codes.map((code) => String(code).toLowerCase()));
    codeTexts.set(codes, known);
  }
  const isKnownSlip = (slip: string) => slip !== text && known.has(slip);
  // Digits have few neighbours: look them up instead of measuring the distance to every code.
  if (/^\d+$/.test(text)) return digitSlips(text).some(isKnownSlip);
  for (const codeText of known) {
    if (Math.abs(codeText.length - text.length) <= 1 && codeText !== text && editDistance(text, codeText) <= 1) return true;
  }
  return false;
}
