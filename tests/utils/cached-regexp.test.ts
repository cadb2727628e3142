import { describe, expect, it } from 'vitest';
import { cachedRegExp } from '../../src/utils/cached-regexp.ts';

describe('cachedRegExp', () => {
  it('compiles a pattern once per source and flags', () => {
    const first = cachedRegExp('^retry\\w*$', 'i');
    expect(cachedRegExp('^retry\\w*$', 'i')).toBe(first);
    expect(cachedRegExp('^retry\\w*$')).not.toBe(first);
    expect(first.test('RetryLater')).toBe(true);
    expect(cachedRegExp('^retry\\w*$').test('RetryLater')).toBe(false);
  });

  it('never shares a pattern that keeps state between tests', () => {
    const global = cachedRegExp('a', 'g');
    expect(cachedRegExp('a', 'g')).not.toBe(global);
    expect(cachedRegExp('a', 'y')).not.toBe(cachedRegExp('a', 'y'));
  });
});
