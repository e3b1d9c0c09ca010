import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SourceText } from '../../src/index.js';

/** The point by a plain scan: the reference the remembered-line search must agree with. */
function pointByScan(text: string, offset: number) {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < clamped; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: clamped - lineStart + 1, offset: clamped };
}

describe('SourceText#pointAt', () => {
  it('gives 1-based lines and columns, and clamps offsets outside the text', () => {
    const src = new SourceText('第一条\n第二条\r\n\n末');
    expect(src.pointAt(4)).toEqual({ line: 2, column: 1, offset: 4 });
    expect(src.pointAt(9)).toEqual({ line: 3, column: 1, offset: 9 });
    expect(src.pointAt(-5)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(src.pointAt(99)).toEqual({ line: 4, column: 2, offset: 11 });
  });

  it('agrees with a plain scan for offsets asked in any order (it remembers the last line)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', '条', '\n', '\n', '\r'), { maxLength: 400 }).map((cs) => cs.join('')),
        fc.array(fc.integer({ min: -3, max: 405 }), { maxLength: 30 }),
        (text, offsets) => {
          const src = new SourceText(text);
          for (const offset of offsets) expect(src.pointAt(offset)).toEqual(pointByScan(text, offset));
        },
      ),
    );
  });

  it('agrees with a plain scan on long texts, lines of a few characters and of thousands, offsets far apart', () => {
    const lineLength = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 40 }), weight: 4 }, { arbitrary: fc.integer({ min: 900, max: 3000 }), weight: 1 });
    fc.assert(
      fc.property(
        fc.array(lineLength, { minLength: 1, maxLength: 120 }).map((lengths) => lengths.map((n) => '条'.repeat(n)).join('\n')),
        fc.array(fc.nat(), { minLength: 1, maxLength: 60 }),
        (text, picks) => {
          const src = new SourceText(text);
          // Offsets anywhere (and just outside), in any order: forwards, backwards, far jumps.
          for (const pick of picks) {
            const offset = (pick % (text.length + 7)) - 3;
            expect(src.pointAt(offset)).toEqual(pointByScan(text, offset));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
