import { describe, expect, it } from 'vitest';
import { clauseStartOf } from '../../src/targets/extract-targets.js';

/** The scan it replaces: back from `at` to the last clause break, never before `floor`. */
function scanBack(text: string, at: number, floor: number): number {
  let start = at;
  while (start > floor && !'，,；;：:\t\n'.includes(text[start - 1]!)) start--;
  return start;
}

describe('clauseStartOf', () => {
  it('finds the clause start of each number as a full scan back does, reusing the previous one', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: 80 }, () => '甲乙，；1'[Math.floor(next() * 5)]).join('');
      let scannedAt = 0;
      let scannedStart = 0;
      let consumed = 0;
      for (let at = 0; at < text.length; at++) {
        if (next() < 0.7) continue;
        if (next() < 0.2) consumed = Math.min(at, consumed + Math.floor(next() * 10));
        const floor = Math.max(at - 20, consumed);
        const start = clauseStartOf(text, at, floor, scannedAt, scannedStart);
        expect(start, `${text} at ${at}`).toBe(scanBack(text, at, floor));
        scannedAt = at;
        scannedStart = start;
      }
    }
  });
});
