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
    const raw = text.slice(start, end).trim();
    const rawStart = text.indexOf(raw, start);
    // Only trailing space is dropped for the width: leading indentation is part of the layout.
    const rawWidth = cleaned.text === '' ? 0 : layoutWidth(text, start, rawStart + raw.length);
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
      columnar: COLUMN_GAPS.test(raw),
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
