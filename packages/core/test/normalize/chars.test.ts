import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isTrimmedCode, skipTrimmed, trimmedLength } from '../../src/normalize/chars.js';

// The code-unit helpers stand in for String#trim where no string should be made: they must
// agree with it (isTrimmedCode on every code unit, below; the helpers on texts of several kinds).
const unit = fc.constantFrom('第', 'a', ' ', '\t', '\n', '\r', '\u3000', '\u00a0', '\ufeff', '\u2003', '\u200b', '\u2028', '１');

describe('isTrimmedCode', () => {
  it('is exactly what String#trim removes, for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isTrimmedCode(c) !== (String.fromCharCode(c).trim() === '')) differ.push(c);
    expect(differ).toEqual([]);
  });
});

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
