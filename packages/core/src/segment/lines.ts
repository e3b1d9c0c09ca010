import { cleanLineKeeping, type CleanLine } from '../normalize/clean-line.js';
import { layoutWidth } from '../normalize/chars.js';

/** A physical line of the input, cleaned, with its place in the original. */
export interface Line extends CleanLine {
  /** 0-based index of the physical line. */
  index: number;
  /** Original offset of the line's first character. */
  start: number;
  /** The line held a tab: a cell-separated table row. */
  tabbed: boolean;
  /** Display width of the line as laid out in the source (before cleaning): what wrapping saw. */
  rawWidth: number;
  /** Runs of two or more spaces inside the line: columns (a name list, table cells), not prose. */
  columnar: boolean;
  /** The line as written, trimmed (before markdown and width cleaning). */
  raw: string;
}

const LF = 0x0a;
const CR = 0x0d;

/** Two or more gaps of two or more spaces: one gap is only a wide space after a label. */
const COLUMN_GAPS = /\S[ \u3000\u00a0]{2,}\S.*?\S[ \u3000\u00a0]{2,}\S/;

/** What `String#trim` removes (ECMAScript WhiteSpace and LineTerminator), by code unit. */
function isTrimmedCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isGapCode = (c: number): boolean => c === 0x20 || c === 0x3000 || c === 0xa0;

/** Runs of two or more spaces in `[from, to)`: `COLUMN_GAPS` needs two, so most lines skip the regex. */
function gapRuns(text: string, from: number, to: number): number {
  let runs = 0;
  let run = 0;
  for (let i = from; i < to; i++) {
    if (isGapCode(text.charCodeAt(i))) {
      if (++run === 2) runs++;
    } else run = 0;
  }
  return runs;
}

/**
 * Split the text into physical lines (LF, CRLF or CR) and clean each one.
 * `from`/`to` restrict the range (e.g. to skip front matter).
 */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  // Every line's offsets in one array: cleaning never produces more characters than it reads.
  const arena = new Int32Array(Math.max(0, to - from));
  let used = 0;
  const keep = (offsets: Int32Array): Int32Array => {
    arena.set(offsets, used);
    used += offsets.length;
    return arena.subarray(used - offsets.length, used);
  };
  let start = from;
  let index = 0;
  while (start <= to) {
    let end = start;
    for (let c = text.charCodeAt(end); end < to && c !== LF && c !== CR; c = text.charCodeAt(++end));
    const cleaned = cleanLineKeeping(text, start, end, keep);
    let rawStart = start;
    let rawEnd = end;
    while (rawStart < rawEnd && isTrimmedCode(text.charCodeAt(rawStart))) rawStart++;
    while (rawEnd > rawStart && isTrimmedCode(text.charCodeAt(rawEnd - 1))) rawEnd--;
    const raw = text.slice(rawStart, rawEnd);
    // Only trailing space is dropped for the width: leading indentation is part of the layout.
    const rawWidth = cleaned.text === '' ? 0 : layoutWidth(text, start, rawEnd);
    const line: Line = {
      text: cleaned.text,
      offsets: cleaned.offsets,
      end: cleaned.end,
      indent: cleaned.indent,
      bold: cleaned.bold,
      index,
      start,
      tabbed: cleaned.text.includes('\t'),
      rawWidth,
      columnar: gapRuns(text, rawStart, rawEnd) >= 2 && COLUMN_GAPS.test(raw),
      raw,
    };
    if (cleaned.markdownHeading !== undefined) line.markdownHeading = cleaned.markdownHeading;
    if (cleaned.boldLead !== undefined) line.boldLead = cleaned.boldLead;
    lines.push(line);
    index++;
    if (end >= to) break;
    start = text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
  }
  return lines;
}
