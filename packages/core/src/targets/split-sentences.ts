import { isAnyDigitCode } from '../normalize/chars.js';

/** A sentence as offsets into the text: `[start, end)`, the terminator included. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** A sentence terminator 。！？!? or a line break: where a sentence may end. */
const SENTENCE_MARK = /[。！？!?\n]/g;
/** ”’」』）) — a closing mark that stays with the sentence it closes. */
const isCloser = (c: number): boolean => c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0xff09 || c === 0x29;
/** Characters on both sides of a PDF wrap inside a phrase: ideographs, digits, ，、. */
const isWrappable = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || isAnyDigitCode(c) || c === 0xff0c || c === 0x3001;

/**
 * The sentences of a text one at a time, reading only as far as asked: a caller that needs the
 * sentences around a few numbers early in a long paragraph does not split all of it.
 * {@link splitSentences} lists them all.
 */
export class SentenceReader {
  private start = 0;
  private lineStart = 0;
  private i = 0;

  constructor(private readonly text: string) {}

  /** The next sentence, or `undefined` past the last one. */
  next(): SentenceSpan | undefined {
    const text = this.text;
    // Jump from mark to mark with one shared regex (read synchronously, `lastIndex` set before
    // each search): the regex engine skips the characters in between about twice as fast as a
    // loop testing each one. The scan index stays in a local, written back on return.
    for (let i = this.i; ; i++) {
      SENTENCE_MARK.lastIndex = i;
      if (!SENTENCE_MARK.test(text)) break;
      i = SENTENCE_MARK.lastIndex - 1;
      const c = text.charCodeAt(i);
      if (c !== 0x0a) {
        // Keep a closing quote with its sentence: 。” ends after the quote.
        let end = i + 1;
        while (end < text.length && isCloser(text.charCodeAt(end))) end++;
        const span = { start: this.start, end };
        this.start = end;
        this.i = end;
        return span;
      }
      const softWrap = i - this.lineStart >= 15 && i > 0 && isWrappable(text.charCodeAt(i - 1)) &&
        i + 1 < text.length && isWrappable(text.charCodeAt(i + 1));
      this.lineStart = i + 1;
      if (softWrap) continue;
      const start = this.start;
      this.start = i + 1;
      if (i > start) {
        this.i = i + 1;
        return { start, end: i };
      }
    }
    this.i = text.length;
    if (this.start < text.length) {
      const span = { start: this.start, end: text.length };
      this.start = text.length;
      return span;
    }
    return undefined;
  }
}

/**
 * Split text into sentences at `。！？` and at line ends. A line end inside a sentence — a PDF
 * wrap, where a line of 15 or more characters ends and the next begins mid-phrase — does not split.
 * One pass: a shared regex jumps from one sentence mark to the next.
 *
 * @param text - The text.
 * @returns Sentence spans covering the text in order.
 * @example
 * splitSentences('甲。乙\n丙'); // [{ start: 0, end: 2 }, { start: 2, end: 3 }, { start: 4, end: 5 }]
 */
export function splitSentences(text: string): SentenceSpan[] {
  const reader = new SentenceReader(text);
  const spans: SentenceSpan[] = [];
  for (let span = reader.next(); span; span = reader.next()) spans.push(span);
  return spans;
}
