import { cleanLineInto, type CleanedLine, type OffsetArena } from '../normalize/clean-line.js';
import { isTrimmedCode, layoutWidthOf } from '../normalize/chars.js';
import { joinOffsets } from '../normalize/mapped-text.js';

/**
 * A physical line of the input, cleaned, with its place in the original. Lines are many (tens of
 * thousands in a gazette) and all kept until the tree is built, so a line holds numbers where it
 * can: its offsets are a range of one buffer shared by the whole text (`lineOffsets` makes the
 * view), its raw form a range of the source (`rawText`).
 */
export interface Line extends Omit<CleanedLine, 'markdownHeading' | 'boldLead'> {
  /** Markdown heading level (`#` count) if the line was a markdown heading. */
  markdownHeading?: number;
  /** Leading run-in bold text `**煤炭。**…` if present (normalized). */
  boldLead?: string;
  /** 0-based index of the physical line. */
  index: number;
  /** Original offset of the line's first character. */
  start: number;
  /** Original offset where the line ends (before its line break). */
  end: number;
  /** Display width of the line as laid out in the source (before cleaning): what wrapping saw. */
  rawWidth: number;
  /** Runs of two or more spaces inside the line: columns (a name list, table cells), not prose. */
  columnar: boolean;
  /** The line as written, trimmed (before markdown and width cleaning): `[rawStart, rawEnd)` of the source. */
  rawStart: number;
  rawEnd: number;
  /** The buffer holding every line's offsets, and where this line's `text.length` offsets begin in it. */
  arena: Int32Array;
  offsetsAt: number;
}

/** Original offset of every character of the line's text (a view: never write into it). */
export function lineOffsets(line: Line): Int32Array {
  return line.arena.subarray(line.offsetsAt, line.offsetsAt + line.text.length);
}

/** Original offset of the line's first character of text, or its start when it has none. */
export function firstOffset(line: Line): number {
  return line.text.length > 0 ? line.arena[line.offsetsAt]! : line.start;
}

/**
 * The offsets of consecutive lines joined (a paragraph rejoined from wrapped lines): one view of
 * the arena when they lie end to end in it, as they do unless a line set aside (a page header)
 * stands between them; a copy otherwise.
 */
export function joinedOffsets(lines: readonly Line[]): Int32Array {
  const first = lines[0];
  if (!first) return new Int32Array(0);
  let at = first.offsetsAt;
  for (const line of lines) {
    if (line.arena !== first.arena || line.offsetsAt !== at) return joinOffsets(lines.map((l) => ({ offsets: lineOffsets(l) })));
    at += line.text.length;
  }
  return first.arena.subarray(first.offsetsAt, at);
}

/** The line as written, trimmed (before markdown and width cleaning). */
export function rawText(source: string, line: Line): string {
  return source.slice(line.rawStart, line.rawEnd);
}

const LF = 0x0a;
const CR = 0x0d;

/** Two or more gaps of two or more spaces: one gap is only a wide space after a label. */
const COLUMN_GAPS = /\S[ \u3000\u00a0]{2,}\S.*?\S[ \u3000\u00a0]{2,}\S/;

const isGapCode = (c: number): boolean => c === 0x20 || c === 0x3000 || c === 0xa0;

/**
 * Split the text into physical lines (LF, CRLF or CR) and clean each one.
 * `from`/`to` restrict the range (e.g. to skip front matter).
 */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  // Every line's offsets in one array: cleaning never produces more characters than it reads.
  const arena: OffsetArena = { buffer: new Int32Array(Math.max(0, to - from)), used: 0 };
  let start = from;
  let index = 0;
  // Without CR anywhere, the native search finds line ends much faster than a loop.
  const onlyLF = text.indexOf('\r', from) === -1;
  while (start <= to) {
    let end = start;
    if (onlyLF) {
      end = text.indexOf('\n', start);
      if (end === -1 || end > to) end = to;
    } else for (let c = text.charCodeAt(end); end < to && c !== LF && c !== CR; c = text.charCodeAt(++end));
    const offsetsAt = arena.used;
    const cleaned = cleanLineInto(text, start, end, arena);
    let rawStart = start;
    let rawEnd = end;
    while (rawStart < rawEnd && isTrimmedCode(text.charCodeAt(rawStart))) rawStart++;
    while (rawEnd > rawStart && isTrimmedCode(text.charCodeAt(rawEnd - 1))) rawEnd--;
    // One pass for the layout width (leading indentation counts, trailing space does not) and
    // the runs of two or more spaces that may make the line columns.
    let rawWidth = 0;
    let gaps = 0;
    let run = 0;
    for (let i = start; i < rawEnd; i++) {
      const c = text.charCodeAt(i);
      rawWidth += layoutWidthOf(c);
      if (isGapCode(c)) {
        if (++run === 2) gaps++;
      } else run = 0;
    }
    if (cleaned.text === '') rawWidth = 0;
    const line: Line = {
      text: cleaned.text,
      end,
      indent: cleaned.indent,
      bold: cleaned.bold,
      index,
      start,
      tabbed: cleaned.tabbed,
      rawWidth,
      columnar: gaps >= 2 && COLUMN_GAPS.test(text.slice(rawStart, rawEnd)),
      rawStart,
      rawEnd,
      arena: arena.buffer,
      offsetsAt,
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
