import { describe, expect, it } from 'vitest';
import { splitSentences, type SentenceSpan } from '../../src/targets/split-sentences.js';

/** The character-by-character splitter the regex search replaced: the reference. */
function referenceSplit(text: string): SentenceSpan[] {
  const isTerminator = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
  const isCloser = (c: number) => c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0xff09 || c === 0x29;
  const isWrappable = (c: number) =>
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || c === 0xff0c || c === 0x3001;
  const spans: SentenceSpan[] = [];
  let start = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isTerminator(c)) {
      let end = i + 1;
      while (end < text.length && isCloser(text.charCodeAt(end))) end++;
      spans.push({ start, end });
      start = end;
      i = end - 1;
    } else if (c === 0x0a) {
      const softWrap = i - lineStart >= 15 && i > 0 && isWrappable(text.charCodeAt(i - 1)) && i + 1 < text.length && isWrappable(text.charCodeAt(i + 1));
      lineStart = i + 1;
      if (softWrap) continue;
      if (i > start) spans.push({ start, end: i });
      start = i + 1;
    }
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

describe('splitSentences', () => {
  it('splits generated texts as the character-by-character reader did', () => {
    let seed = 5;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = [...'甲乙丙1，。！？!?”）\n\n a'];
    for (let n = 0; n < 3000; n++) {
      const length = Math.floor(next() * 60);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(splitSentences(text), JSON.stringify(text)).toEqual(referenceSplit(text));
    }
  });
});
