import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detached } from '../../src/utils/detached.ts';

describe('detached', () => {
  it('gives the same text, whatever it holds (quotes, escapes, lone surrogates)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(detached(text)).toBe(text);
      }),
    );
    const file = `const deliveryStatusCode = 'x';\n`.repeat(50);
    expect(detached(file.slice(6, 24))).toBe('deliveryStatusCode');
  });
});
