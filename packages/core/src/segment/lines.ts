import { cleanLine, type CleanLine } from '../normalize/clean-line.js';
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

/** Two or more gaps of two or more spaces: one gap is only a wide space after a label. */
const COLUMN_GAPS = /\S[ \u3000\u00a0]{2,}\S.*?\S[ \u3000\u00a0]{2,}\S/;

/**
 * Split the text into physical lines (LF, CRLF or CR) and clean each one.
 * `from`/`to` restrict the range (e.g. to skip front matter).
 */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  let index = 0;
  while (start <= to) {
    let end = start;
    while (end < to && text[end] !== '\n' && text[end] !== '\r') end++;
    const cleaned = cleanLine(text, start, end);
    const rawWidth = cleaned.text === '' ? 0 : layoutWidth(text.slice(start, end).trimEnd());
    const raw = text.slice(start, end).trim();
    const columnar = COLUMN_GAPS.test(raw);
    lines.push({ ...cleaned, index, start, tabbed: cleaned.text.includes('\t'), rawWidth, columnar, raw });
    index++;
    if (end >= to) break;
    start = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
  }
  return lines;
}
