import { cleanArena, cleanLineInto, rawLayoutOf, type CleanArena, type CleanLine } from '../normalize/clean-line.js';
import { stringFromCodes } from '../normalize/codes.js';
import { isTrimmedCode } from '../normalize/chars.js';
import { joinOffsets } from '../normalize/mapped-text.js';
import { foldWidth } from '../normalize/width.js';
import { provideFoldable, type SourceText } from '../source/source-text.js';

/**
 * Consecutive lines of a text cleaned, one after the other, with the original offset of each
 * character: a piece of at most {@link PIECE_LENGTH} code units (more only for one longer line).
 */
export interface CleanedText {
  text: string;
  offsets: Int32Array;
}

/**
 * The most code units of cleaned text decoded into one string, unless a single line is longer.
 * V8 puts a string over 128 KB (64 Ki code units) in its large-object space, which costs ten
 * times as much to allocate and collect as the same text in pieces of regular strings (001's
 * 80,000 cleaned characters: 177 µs in one string, 14 µs in 32 Ki pieces). A paragraph whose
 * lines straddle two pieces is joined by copying (`joinLines`): one in 32 Ki characters at most.
 */
const PIECE_LENGTH = 1 << 15;

/**
 * A physical line of the input, cleaned, with its place in the original. Lines are many (tens of
 * thousands in a gazette) and all kept until the blocks are built, so a line holds numbers where
 * it can: its text and offsets are a range of its text's `CleanedText` (`lineOffsets` makes the
 * view), its raw form a range of the source (`rawText`).
 */
export interface Line extends Omit<CleanLine, 'offsets'> {
  /** The cleaned line: `cleaned.text.slice(at, at + text.length)`. */
  text: string;
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
  /** The cleaned lines around this one, and where this one begins in them. */
  cleaned: CleanedText;
  at: number;
  // Always set, undefined when absent: every line then has one shape for the code reading it.
  markdownHeading: number | undefined;
  boldLead: string | undefined;
}

/** Original offset of every character of the line's text (a view: never write into it). */
export function lineOffsets(line: Line): Int32Array {
  return line.cleaned.offsets.subarray(line.at, line.at + line.text.length);
}

/** Original offset of the line's first character of text, or its start when it has none. */
export function firstOffset(line: Line): number {
  return line.text.length > 0 ? line.cleaned.offsets[line.at]! : line.start;
}

/**
 * Where consecutive lines (a paragraph rejoined from wrapped lines) end in their `CleanedText`
 * if they lie end to end in it, as they do unless a line set aside (a page header) stands
 * between them; else -1.
 */
function adjacentEnd(lines: readonly Line[]): number {
  const first = lines[0];
  if (!first) return -1;
  let at = first.at;
  for (const line of lines) {
    if (line.cleaned !== first.cleaned || line.at !== at) return -1;
    at += line.text.length;
  }
  return at;
}

/**
 * Consecutive lines joined: when they lie end to end, the text is one slice (never a rope to
 * flatten) and the offsets one view; else both are copies.
 */
export function joinLines(lines: readonly Line[]): { text: string; offsets: Int32Array } {
  const end = adjacentEnd(lines);
  if (end < 0) {
    return { text: lines.map((l) => l.text).join(''), offsets: joinOffsets(lines.map((l) => ({ offsets: lineOffsets(l) }))) };
  }
  const { cleaned, at } = lines[0]!;
  return { text: cleaned.text.slice(at, end), offsets: cleaned.offsets.subarray(at, end) };
}

/**
 * Give every line its text: the arena's characters `[0, used)` decoded once, in pieces of whole
 * lines (see {@link PIECE_LENGTH}), each line's text a slice of its piece and its `at` made
 * relative to it. The offsets end where the lines do: the arena's tail was never written (see
 * `cleanArena`).
 */
function decodePieces(lines: Line[], codes: Uint16Array, offsets: Int32Array, used: number): void {
  const endOf = (k: number): number => (k + 1 < lines.length ? lines[k + 1]!.at : used);
  for (let first = 0; first < lines.length; ) {
    const from = lines[first]!.at;
    let last = first;
    while (last + 1 < lines.length && endOf(last + 1) - from <= PIECE_LENGTH) last++;
    const to = endOf(last);
    const piece: CleanedText = { text: stringFromCodes(codes, from, to), offsets: offsets.subarray(from, to) };
    for (let k = first; k <= last; k++) {
      const line = lines[k]!;
      const end = endOf(k) - from; // read before the next line's `at` is made relative
      line.cleaned = piece;
      line.at -= from;
      line.text = piece.text.slice(line.at, end);
    }
    first = last + 1;
  }
}

/** The line as written, trimmed (before markdown and width cleaning). */
export function rawText(source: string, line: Line): string {
  return source.slice(line.rawStart, line.rawEnd);
}

const LF = 0x0a;
const CR = 0x0d;

/** Two or more gaps of two or more spaces: one gap is only a wide space after a label. */
const COLUMN_GAPS = /\S[ \u3000\u00a0]{2,}\S.*?\S[ \u3000\u00a0]{2,}\S/;

/**
 * Split the source from `from` on (e.g. after its front matter) into physical lines (LF, CRLF or
 * CR) and clean each one. Cleaning reads every character and notes those width folding changes:
 * the source is told (`provideFoldable`), so its `folded` text needs no search of its own —
 * unless the text before `from` has such characters too (rare; then it folds as usual).
 * Always gives a line, if an empty one. The lines' characters and offsets are written into
 * `arena` (a new one unless given), which the lines' offsets are views of.
 *
 * @example
 * splitLines(new SourceText('第一条　**总则**\r\n第二条')).map((l) => l.text); // ['第一条总则', '第二条']
 */
export function splitLines(source: SourceText, from = 0, arena: CleanArena = cleanArena(source.text, from)): Line[] {
  const { text, lineStarts } = source;
  const to = text.length;
  const lines: Line[] = [];
  // Every character is read here, from the arena's copy of the code units (see `cleanLineInto`).
  const { units } = arena;
  const unread: CleanedText = { text: '', offsets: arena.offsets }; // until the pieces are decoded
  let start = from;
  let index = 0;
  // Without CR anywhere, a line ends before the next LF: where the next line starts.
  const onlyLF = text.indexOf('\r', from) === -1;
  let next = 0; // the first of `lineStarts` after `start`
  while (start <= to) {
    let end = start;
    if (onlyLF) {
      while (next < lineStarts.length && lineStarts[next]! <= start) next++;
      end = next < lineStarts.length ? lineStarts[next]! - 1 : to;
    } else for (let c = units[end]; end < to && c !== LF && c !== CR; c = units[++end]);
    const at = arena.used;
    const cleaned = cleanLineInto(text, units, start, end, arena);
    let rawStart = start;
    let rawEnd = end;
    while (rawStart < rawEnd && isTrimmedCode(units[rawStart]!)) rawStart++;
    while (rawEnd > rawStart && isTrimmedCode(units[rawEnd - 1]!)) rawEnd--;
    // The layout width counts leading indentation, not trailing space; cleaning measured the whole line.
    let rawWidth = end - start + cleaned.wide;
    let gaps = cleaned.gaps;
    if (rawEnd < end) {
      const trailing = rawLayoutOf(units, rawEnd, end);
      rawWidth -= end - rawEnd + trailing.wide;
      gaps -= trailing.gaps;
    }
    if (cleaned.length === 0) rawWidth = 0;
    const line: Line = {
      text: '', // read from the whole cleaned text below
      end,
      indent: cleaned.indent,
      bold: cleaned.bold,
      index,
      start,
      tabbed: cleaned.tabbed,
      hasDigit: cleaned.hasDigit,
      rawWidth,
      columnar: gaps >= 2 && COLUMN_GAPS.test(text.slice(rawStart, rawEnd)),
      rawStart,
      rawEnd,
      cleaned: unread,
      at,
      markdownHeading: cleaned.markdownHeading,
      boldLead: cleaned.boldLead,
    };
    lines.push(line);
    index++;
    if (end >= to) break;
    start = units[end] === CR && units[end + 1] === LF ? end + 2 : end + 1;
  }
  decodePieces(lines, arena.codes, arena.offsets, arena.used);
  const head = text.slice(0, from);
  if (foldWidth(head) === head) provideFoldable(source, arena.foldable);
  return lines;
}
