import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codes, codeUnitsOf, stringFromCodes, writeCodeUnits } from '../../src/normalize/codes.js';

/** The plain definition: one character per code unit. */
const reference = (units: readonly number[]) => units.map((u) => String.fromCharCode(u)).join('');

describe('stringFromCodes', () => {
  it('builds exactly the string of the code units, short or long, lone surrogates and BOM included', () => {
    // Short runs are built by hand and long ones natively (Node's Buffer, else TextDecoder):
    // lengths on both sides of the switch, and units any UTF-16 decoder might "repair".
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }),
      fc.constantFrom(0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfeff, 0xfffd, 0x0000, 0x4e00),
    );
    fc.assert(
      fc.property(fc.array(unit, { minLength: 0, maxLength: 700 }), fc.nat(20), (units, cut) => {
        const codes = Uint16Array.from(units);
        expect(stringFromCodes(codes)).toBe(reference(units));
        // A range of a larger array: the native paths read the right bytes of its buffer.
        const from = Math.min(cut, units.length);
        expect(stringFromCodes(codes, from, units.length)).toBe(reference(units.slice(from)));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a lone surrogate and a leading BOM in a long run', () => {
    const units = [0xfeff, ...Array.from({ length: 600 }, () => 0x4e00), 0xd800, 0x41];
    const text = stringFromCodes(Uint16Array.from(units));
    expect(text.length).toBe(units.length);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.charCodeAt(601)).toBe(0xd800);
  });
});

describe('codeUnitsOf', () => {
  it('gives the code units of any string, the inverse of stringFromCodes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 700 }), (text) => {
        const units = codeUnitsOf(text);
        expect([...units]).toEqual(text.split('').map((c) => c.charCodeAt(0)));
        expect(stringFromCodes(units)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('writeCodeUnits', () => {
  it('writes the code units of any string into a view, leaving the rest of its buffer alone', () => {
    fc.assert(
      // Any code unit, lone surrogates included (fast-check's 'binary' strings hold none).
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 700 }), fc.integer({ min: 0, max: 8 }), (text, offset) => {
        const buffer = new ArrayBuffer(2 * (text.length + offset + 2));
        new Uint16Array(buffer).fill(0xabcd);
        writeCodeUnits(text, new Uint16Array(buffer, 2 * offset, text.length));
        const all = new Uint16Array(buffer);
        expect([...all.subarray(offset, offset + text.length)]).toEqual(Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)));
        expect([...all.subarray(0, offset), ...all.subarray(offset + text.length)].every((u) => u === 0xabcd)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('codes', () => {
  it('holds exactly the code units of its characters, as a Set of them would', () => {
    const chars = fc.string({ unit: fc.integer({ min: 1, max: 0xffff }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 30 });
    const probe = fc.oneof(fc.integer({ min: 0, max: 0x10000 }), fc.constantFrom(-1, NaN, 0x10ffff));
    fc.assert(
      fc.property(chars, fc.array(probe, { maxLength: 40 }), (text, probes) => {
        const set = codes(text);
        const reference = new Set([...text].flatMap((ch) => (ch.length === 1 ? [ch.charCodeAt(0)] : [ch.charCodeAt(0), ch.charCodeAt(1)])));
        for (const c of [...reference, ...probes]) expect(set.has(c)).toBe(reference.has(c));
      }),
      { numRuns: 500 },
    );
  });

  it('answers no for "no character": -1, and NaN from charCodeAt past the end', () => {
    const set = codes('第条章');
    expect(set.has(-1)).toBe(false);
    expect(set.has('第'.charCodeAt(5))).toBe(false);
    expect(set.has('条'.charCodeAt(0))).toBe(true);
  });

  it('refuses U+0000, which NaN would read as', () => {
    expect(() => codes('\u0000')).toThrow(RangeError);
  });
});
