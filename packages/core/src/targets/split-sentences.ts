/** A sentence as offsets into the text: `[start, end)`, the terminator included. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const TERMINATORS = new Set(['。', '！', '？', '!', '?']);
const WRAPPABLE = /[\u4e00-\u9fff0-9０-９，、]/;

/**
 * Split text into sentences at `。！？` and at line ends. A line end inside a sentence — a PDF
 * wrap, where a line of 15 or more characters ends and the next begins mid-phrase — does not split.
 * One pass, no regex over the whole text.
 *
 * @param text - The text.
 * @returns Sentence spans covering the text in order.
 * @example
 * splitSentences('甲。乙\n丙'); // [{ start: 0, end: 2 }, { start: 2, end: 3 }, { start: 4, end: 5 }]
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (TERMINATORS.has(ch)) {
      // Keep a closing quote with its sentence: 。” ends after the quote.
      let end = i + 1;
      while (end < text.length && /[”’」』）)]/.test(text[end]!)) end++;
      spans.push({ start, end });
      start = end;
      i = end - 1;
    } else if (ch === '\n') {
      const prev = text[i - 1] ?? '';
      const next = text[i + 1] ?? '';
      const softWrap = i - lineStart >= 15 && WRAPPABLE.test(prev) && WRAPPABLE.test(next);
      lineStart = i + 1;
      if (softWrap) continue;
      if (i > start) spans.push({ start, end: i });
      start = i + 1;
    }
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}
