import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { skipTrimmed, trimmedLength } from '../../src/normalize/chars.js';

// The code-unit helpers stand in for String#trim where no string should be made: they must
// agree with it on every kind of space it removes, and on none it keeps.
const unit = fc.constantFrom('第', 'a', ' ', '\t', '\n', '\r', '\u3000', '\u00a0', '\ufeff', '\u2003', '\u200b', '\u2028', '１');

describe('skipTrimmed and trimmedLength', () => {
  it('agree with String#trim on any text, from any offset', () => {
    fc.assert(
      fc.property(fc.string({ unit }), fc.nat(), (text, seed) => {
        const from = text.length === 0 ? 0 : seed % (text.length + 1);
        const rest = text.slice(from);
        expect(skipTrimmed(text, from)).toBe(from + (rest.length - rest.trimStart().length));
        expect(trimmedLength(text)).toBe(text.trim().length);
      }),
      { numRuns: 1000 },
    );
    expect(skipTrimmed('　 第一条', 0)).toBe(2);
    expect(skipTrimmed('  ', 0)).toBe(2);
    expect(skipTrimmed('\u200b第', 0)).toBe(0); // a zero-width space is not whitespace to trim
  });
});
