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
 * A physical line of the input, cleaned, with its place in the original, as an object: made by
 * `LineTable#line` for a reader of whole lines (blocks) and let go with it (a text's lines are
 * kept as the table's columns). Its text and offsets are a range of its text's `CleanedText`
 * (`lineOffsets` makes the view), its raw form a range of the source (`rawText`).
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

/** The line as written, trimmed (before markdown and width cleaning). */
export function rawText(source: string, line: Line): string {
  return source.slice(line.rawStart, line.rawEnd);
}

const LF = 0x0a;
const CR = 0x0d;

/** Two or more gaps of two or more spaces: one gap is only a wide space after a label. */
const COLUMN_GAPS = /\S[ \u3000\u00a0]{2,}\S.*?\S[ \u3000\u00a0]{2,}\S/;

/** Flags of a line in a {@link LineTable}'s `flags` column. */
export const LINE_FLAGS = { indent: 1, bold: 2, tabbed: 4, hasDigit: 8, columnar: 16 } as const;

/**
 * The 32-bit columns of a {@link LineTable}, in their order in its buffer: offsets, raw span and
 * width of the line, where its cleaned text begins in its piece (`at`), how long it is, and which
 * piece.
 */
const WIDE_COLUMNS = ['start', 'end', 'rawStart', 'rawEnd', 'rawWidth', 'at', 'textLength', 'piece'] as const;

/** Columns of a {@link LineTable}, one entry per line: the wide ones, flags, markdown heading level (0 for none). */
type LineColumns = Record<(typeof WIDE_COLUMNS)[number], Int32Array> & { flags: Uint8Array; markdownHeading: Int8Array };

/**
 * Columns for `capacity` lines, in one buffer (each typed array costs a runtime call, which
 * shows on a small text), each wide column placed by its rank in `WIDE_COLUMNS`, so none can
 * overlap another. One literal: its fields stay in the object, which every read of a column
 * goes through (added one by one, most went to a separate store: 000 about 1.5 % slower).
 */
function lineColumns(capacity: number): LineColumns {
  const buffer = new ArrayBuffer(capacity * (4 * WIDE_COLUMNS.length + 2));
  const wide = (key: (typeof WIDE_COLUMNS)[number]) => new Int32Array(buffer, 4 * WIDE_COLUMNS.indexOf(key) * capacity, capacity);
  const narrow = 4 * WIDE_COLUMNS.length * capacity;
  return {
    start: wide('start'),
    end: wide('end'),
    rawStart: wide('rawStart'),
    rawEnd: wide('rawEnd'),
    rawWidth: wide('rawWidth'),
    at: wide('at'),
    textLength: wide('textLength'),
    piece: wide('piece'),
    flags: new Uint8Array(buffer, narrow, capacity),
    markdownHeading: new Int8Array(buffer, narrow + capacity, capacity),
  };
}

/** The columns with room for twice as many lines (text with lines ended by CR alone, beyond the LF count). */
function grown(columns: LineColumns): LineColumns {
  const bigger = lineColumns(2 * columns.start.length + 16);
  for (const key of Object.keys(columns) as (keyof LineColumns)[]) bigger[key].set(columns[key] as never);
  return bigger;
}

/**
 * The cleaned lines of a text, as columns of numbers (one entry per physical line) rather than an
 * object per line: a gazette has tens of thousands of lines and an 11 MB text 200,000, which as
 * objects outlived every young collection while the whole text was read for its layout and were
 * copied and promoted by each (splitting a 10.9 MB text cost twice as much a byte as 1.09 MB).
 * The stages that read every line read the columns; a line's text and its `Line` object are
 * made when asked for (`text`, `line`), and do not outlive their reader.
 */
export class LineTable {
  /** Number of lines. */
  readonly length: number;
  readonly #columns: LineColumns;
  readonly #pieces: readonly CleanedText[];
  readonly #boldLeads: ReadonlyMap<number, string>;

  /** `length` lines, in the first entries of `columns` (which may have room for more). */
  constructor(columns: LineColumns, length: number, pieces: readonly CleanedText[], boldLeads: ReadonlyMap<number, string>) {
    this.length = length;
    this.#columns = columns;
    this.#pieces = pieces;
    this.#boldLeads = boldLeads;
  }

  /** Original offset of line `i`'s first character. */
  start(i: number): number {
    return this.#columns.start[i]!;
  }

  /** Original offset where line `i` ends (before its line break). */
  end(i: number): number {
    return this.#columns.end[i]!;
  }

  /** Start and end of line `i` as written, trimmed (see `Line.rawStart`). */
  rawStart(i: number): number {
    return this.#columns.rawStart[i]!;
  }

  rawEnd(i: number): number {
    return this.#columns.rawEnd[i]!;
  }

  /** Display width of line `i` as laid out in the source (see `Line.rawWidth`). */
  rawWidth(i: number): number {
    return this.#columns.rawWidth[i]!;
  }

  /** Length of line `i`'s cleaned text (0: a blank line). */
  textLength(i: number): number {
    return this.#columns.textLength[i]!;
  }

  /** Whether line `i` has a flag of {@link LINE_FLAGS}. */
  has(i: number, flag: number): boolean {
    return (this.#columns.flags[i]! & flag) !== 0;
  }

  /** Markdown heading level of line `i`, or undefined. */
  markdownHeading(i: number): number | undefined {
    const level = this.#columns.markdownHeading[i]!;
    return level === 0 ? undefined : level;
  }

  /** Leading run-in bold text of line `i`, if any (see `Line.boldLead`). */
  boldLead(i: number): string | undefined {
    return this.#boldLeads.get(i);
  }

  /** Code unit `k` of line `i`'s cleaned text (NaN past its end), read without making the text. */
  codeAt(i: number, k: number): number {
    return k < this.#columns.textLength[i]! ? this.#pieces[this.#columns.piece[i]!]!.text.charCodeAt(this.#columns.at[i]! + k) : NaN;
  }

  /** The cleaned text of line `i` (a slice of its piece: made on each call). */
  text(i: number): string {
    const at = this.#columns.at[i]!;
    return this.#pieces[this.#columns.piece[i]!]!.text.slice(at, at + this.#columns.textLength[i]!);
  }

  /** Line `i` as an object (made on each call: read it and let it go). */
  line(i: number): Line {
    const c = this.#columns;
    const flags = c.flags[i]!;
    const level = c.markdownHeading[i]!;
    return {
      text: this.text(i),
      end: c.end[i]!,
      indent: (flags & LINE_FLAGS.indent) !== 0,
      bold: (flags & LINE_FLAGS.bold) !== 0,
      index: i,
      start: c.start[i]!,
      tabbed: (flags & LINE_FLAGS.tabbed) !== 0,
      hasDigit: (flags & LINE_FLAGS.hasDigit) !== 0,
      rawWidth: c.rawWidth[i]!,
      columnar: (flags & LINE_FLAGS.columnar) !== 0,
      rawStart: c.rawStart[i]!,
      rawEnd: c.rawEnd[i]!,
      cleaned: this.#pieces[c.piece[i]!]!,
      at: c.at[i]!,
      markdownHeading: level === 0 ? undefined : level,
      boldLead: this.#boldLeads.get(i),
    };
  }

  /** Every line as an object, in order (for tests and small texts: each is made anew). */
  lines(): Line[] {
    return Array.from({ length: this.length }, (_, i) => this.line(i));
  }
}

/**
 * Decode the arena's characters `[0, used)` once, in pieces of whole lines (see
 * {@link PIECE_LENGTH}), noting each line's piece and making its `at` relative to it. The
 * offsets end where the lines do: the arena's tail was never written (see `cleanArena`).
 */
function decodePieces(columns: LineColumns, count: number, codes: Uint16Array, offsets: Int32Array, used: number): CleanedText[] {
  const pieces: CleanedText[] = [];
  const endOf = (k: number): number => (k + 1 < count ? columns.at[k + 1]! : used);
  for (let first = 0; first < count; ) {
    const from = columns.at[first]!;
    let last = first;
    while (last + 1 < count && endOf(last + 1) - from <= PIECE_LENGTH) last++;
    const to = endOf(last);
    pieces.push({ text: stringFromCodes(codes, from, to), offsets: offsets.subarray(from, to) });
    for (let k = first; k <= last; k++) {
      columns.piece[k] = pieces.length - 1;
      columns.at[k]! -= from;
    }
    first = last + 1;
  }
  return pieces;
}

/**
 * Split the source from `from` on (e.g. after its front matter) into physical lines (LF, CRLF or
 * CR) and clean each one. Cleaning reads every character and notes those width folding changes:
 * the source is told (`provideFoldable`), so its `folded` text needs no search of its own —
 * unless the text before `from` has such characters too (rare; then it folds as usual).
 * Always gives a line, if an empty one. The lines' characters and offsets are written into
 * `arena` (a new one unless given), which the lines' offsets are views of.
 *
 * @example
 * splitLines(new SourceText('第一条　**总则**\r\n第二条')).lines().map((l) => l.text); // ['第一条总则', '第二条']
 */
export function splitLines(source: SourceText, from = 0, arena: CleanArena = cleanArena(source.text, from)): LineTable {
  const { text, lineStarts } = source;
  const to = text.length;
  // As many rows as LF line starts, the most lines there are unless CRs alone end lines (then grown).
  let columns = lineColumns(lineStarts.length);
  const boldLeads = new Map<number, string>();
  // Every character is read here, from the arena's copy of the code units (see `cleanLineInto`).
  const { units } = arena;
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
    if (index === columns.start.length) columns = grown(columns);
    columns.start[index] = start;
    columns.end[index] = end;
    columns.rawStart[index] = rawStart;
    columns.rawEnd[index] = rawEnd;
    columns.rawWidth[index] = rawWidth;
    columns.at[index] = at;
    columns.textLength[index] = cleaned.length;
    columns.flags[index] =
      (cleaned.indent ? LINE_FLAGS.indent : 0) |
      (cleaned.bold ? LINE_FLAGS.bold : 0) |
      (cleaned.tabbed ? LINE_FLAGS.tabbed : 0) |
      (cleaned.hasDigit ? LINE_FLAGS.hasDigit : 0) |
      (gaps >= 2 && COLUMN_GAPS.test(text.slice(rawStart, rawEnd)) ? LINE_FLAGS.columnar : 0);
    columns.markdownHeading[index] = cleaned.markdownHeading ?? 0;
    if (cleaned.boldLead !== undefined) boldLeads.set(index, cleaned.boldLead);
    index++;
    if (end >= to) break;
    start = units[end] === CR && units[end + 1] === LF ? end + 2 : end + 1;
  }
  const pieces = decodePieces(columns, index, arena.codes, arena.offsets, arena.used);
  const head = text.slice(0, from);
  if (foldWidth(head) === head) provideFoldable(source, arena.foldable);
  return new LineTable(columns, index, pieces, boldLeads);
}
