import { codes, stringFromCodes, writeCodeUnits, writeFirstBuffer } from './codes.js';
import { foldWidthCode } from './width.js';
import type { MappedText } from './mapped-text.js';
import { isCjkCode, isCjkPunctCode, isDigitCode, isWhitespaceCode, layoutWidthOf } from './chars.js';

/**
 * Inline HTML tags that only decorate text; any other tag is kept as text (never silently
 * dropped). Attributes never hold ideographs: `<b 第>` is text that looks like a tag, and kept.
 */
const DECORATIVE_TAG = /<\/?(?:b|strong|i|em|u|span|font|br|p|div|sup|sub|small|big|center|mark)(?:\s[^<>\u3400-\u4dbf\u4e00-\u9fff]{0,200})?\/?>/iy;
const BOLD_TAG = /^<\/?(?:b|strong)\b/i;

const TAB = 0x09;
const SPACE = 0x20;
const IDEOGRAPHIC_SPACE = 0x3000;

/**
 * ASCII punctuation that PDF extraction or web copies use for Chinese punctuation: `,:;?!()`,
 * as a table by code (0: none) — looked up for every ASCII character of a text.
 */
const CHINESE_FORM = (() => {
  const table = new Uint16Array(0x80);
  table[0x2c] = 0xff0c; // ，
  table[0x3a] = 0xff1a; // ：
  table[0x3b] = 0xff1b; // ；
  table[0x3f] = 0xff1f; // ？
  table[0x21] = 0xff01; // ！
  table[0x28] = 0xff08; // （
  table[0x29] = 0xff09; // ）
  return table;
})();
/** Closing marks after which an ASCII full stop is a Chinese one: `）》”`. */
const CLOSERS_BEFORE_STOP = codes('）》”');

export interface CleanLine extends MappedText {
  /** The line began with an indent (two or more spaces, or an ideographic space). */
  indent: boolean;
  /** Markdown heading level (`#` count) if the line was a markdown heading. */
  markdownHeading?: number;
  /** The whole line was wrapped in `**…**` or `<b>…</b>`. */
  bold: boolean;
  /** The cleaned line holds a tab: a cell-separated table row. */
  tabbed: boolean;
  /** The cleaned line holds an ASCII digit (full-width ones are folded): it may state a number. */
  hasDigit: boolean;
  /** Leading run-in bold text `**煤炭。**…` if present (normalized). */
  boldLead?: string;
}

const isAsciiWordCode = (c: number): boolean => isDigitCode(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** Whitespace that separates words; a tab is a cell separator and handled apart. */
const isSpaceCode = (c: number): boolean => c !== TAB && isWhitespaceCode(c);

/**
 * Clean one physical line `[start, end)` of the original text: drop markdown and HTML
 * decoration, fold full-width forms, use Chinese punctuation between Chinese characters, and
 * collapse letter-spacing and stray spaces. Linear in the line's length; works on UTF-16 code
 * units, so no string is allocated per character.
 *
 * @example
 * cleanLine('### **第三节　总　则**', 0, 15).text; // '第三节总则'
 */
export function cleanLine(source: string, start: number, end: number): CleanLine {
  // An arena of the line alone (never the parses' reused buffer, which the offsets would keep):
  // cleaned as a text of its own, its offsets then moved to the source's.
  const text = source.slice(start, end);
  const arena = cleanArena(text);
  const cleaned = cleanLineInto(text, arena.units, 0, text.length, arena);
  const offsets = arena.offsets.subarray(0, arena.used);
  for (let i = 0; i < offsets.length; i++) offsets[i]! += start;
  const line: CleanLine = {
    text: stringFromCodes(arena.codes, 0, arena.used),
    offsets,
    end,
    indent: cleaned.indent,
    bold: cleaned.bold,
    tabbed: cleaned.tabbed,
    hasDigit: cleaned.hasDigit,
  };
  if (cleaned.markdownHeading !== undefined) line.markdownHeading = cleaned.markdownHeading;
  if (cleaned.boldLead !== undefined) line.boldLead = cleaned.boldLead;
  return line;
}

/**
 * Where cleaned lines go: the characters and their original offsets of every line of a text, one
 * line after the other from `used` on, and the code units of the source they are cleaned from. A
 * text costs one buffer (the three arrays are views of it) instead of a typed array and a string
 * per line, and its lines' texts are slices of one string
 * decoded once (`stringFromCodes`)
 * — never concatenations that V8 must later flatten. Cleaning never produces more characters
 * than it reads, so buffers as long as the text fit.
 */
export interface CleanArena {
  /** The code units of the whole source, which cleaning reads (see `cleanLineInto`). */
  units: Uint16Array;
  codes: Uint16Array;
  offsets: Int32Array;
  used: number;
  /**
   * Source offset of every character `foldWidthCode` changes in the lines cleaned so far, kept
   * or not (a no-break space in an indent, a full-width form in a tag), in order: what
   * `foldWidthAt` needs to fold the whole text without searching it again.
   */
  foldable: number[];
  /** Given back (`releaseArena`): its buffer may be another arena's now. */
  released: boolean;
}

/**
 * The buffer of the last arena given back (`releaseArena`), for the next one that fits: a text's
 * arena is 8 bytes a character, and a large buffer allocated anew every parse came back as fresh
 * pages from the allocator in some processes and not in others (002: 0 or 85 page faults a
 * parse, 15 % of its time, depending on the process).
 */
let spare: ArrayBufferLike | undefined;
/** The largest buffer kept for reuse, in bytes (texts up to a million characters): memory held between parses. */
const SPARE_LIMIT = 8 * 2 ** 20;

/**
 * An empty arena for cleaning `source` from `from` on, holding a copy of the source's code units,
 * in `buffer` if given (large enough: see `reusedArena`) or new memory. Its output memory is not
 * zeroed (`writeFirstBuffer`, or a buffer used before): read only what cleaning wrote, below `used`.
 */
export function cleanArena(source: string, from = 0, buffer?: ArrayBufferLike): CleanArena {
  const size = Math.max(0, source.length - from);
  // One buffer for the three arrays (offsets first, aligned to 4): each allocation costs a call
  // into the runtime that shows on a small text.
  const memory = buffer ?? writeFirstBuffer(arenaBytes(source, from));
  const units = new Uint16Array(memory, size * 6, source.length);
  writeCodeUnits(source, units);
  return { units, codes: new Uint16Array(memory, size * 4, size), offsets: new Int32Array(memory, 0, size), used: 0, foldable: [], released: false };
}

const arenaBytes = (source: string, from: number): number => Math.max(0, source.length - from) * 6 + source.length * 2;

/**
 * `cleanArena` in the buffer the last parse gave back (`releaseArena`) when it fits, else in new
 * memory: for the parse functions, which give it back when done.
 */
export function reusedArena(source: string, from = 0): CleanArena {
  if (spare === undefined || spare.byteLength < arenaBytes(source, from)) return cleanArena(source, from);
  const buffer = spare;
  spare = undefined; // one arena at a time owns it
  return cleanArena(source, from, buffer);
}

/**
 * Give an arena's memory back for the next `reusedArena`, once nothing reads the lines cleaned
 * into it (their offsets are views of it; their texts are strings of their own). The parse
 * functions call it when done: no result holds a view of it. A second call for the same arena
 * does nothing (two arenas never share a buffer); a buffer over `SPARE_LIMIT` is not kept, nor
 * one smaller than the buffer already kept.
 */
export function releaseArena(arena: CleanArena): void {
  if (arena.released) return;
  arena.released = true;
  const buffer = arena.offsets.buffer;
  if (buffer.byteLength <= SPARE_LIMIT && (spare === undefined || spare.byteLength < buffer.byteLength)) spare = buffer;
}

/** What cleaning a line yields besides its characters and offsets. */
export type CleanedLine = Omit<CleanLine, 'text' | 'offsets' | 'end' | 'markdownHeading' | 'boldLead'> & {
  /** Characters written to the arena. */
  length: number;
  markdownHeading: number | undefined;
  boldLead: string | undefined;
  /** Characters of the raw line `[start, end)` two columns wide in print (`layoutWidthOf`). */
  wide: number;
  /** Runs of two or more spaces in the raw line (see `RawLayout`). */
  gaps: number;
};

/** One record reused from line to line: a text of many lines allocates no intermediate objects. */
const cleaned: CleanedLine = {
  length: 0, indent: false, bold: false, tabbed: false, hasDigit: false, markdownHeading: undefined, boldLead: undefined, wide: 0, gaps: 0,
};

/**
 * `cleanLine` for a whole text: the line's characters and offsets are written into `arena` at
 * `arena.used` (which advances by the cleaned length), and the rest is returned in a record
 * reused by the next call — read it before cleaning another line.
 *
 * The first pass reads every character once (a decorative tag's three times): it drops
 * decoration, folds widths, measures the raw line's layout and settles the punctuation it can
 * (see `settledPunctuation`); the second (spaces and the rest of the punctuation, which need
 * both neighbours) rewrites the arena in place, and only from the first character the first
 * pass left to it — none, on most lines.
 *
 * The loops read `units`, the source's code units (`arena.units`, copied into the arena once
 * per text by `cleanArena`): a typed array reads three to four times faster than `charCodeAt` (1.65 → 0.44 ns a
 * character), and cleaning reads every character. `source` is read only by the tag pattern.
 */
export function cleanLineInto(source: string, units: Uint16Array, start: number, end: number, arena: CleanArena): Readonly<CleanedLine> {
  const { codes: out, offsets: outOffsets, used: base } = arena;
  // A local, not the module's binding: the compiler then checks the table once, not per character.
  const keptAsIs = KEPT_AS_IS;
  let i = start;
  // Leading indentation and markdown block markers.
  let lead = 0;
  while (i < end && isWhitespaceCode(units[i]!)) {
    const c = units[i]!;
    lead += c === IDEOGRAPHIC_SPACE || c === TAB ? 2 : 1;
    if (foldWidthCode(c) !== c) arena.foldable.push(i); // a no-break space
    i++;
  }
  const indent = lead >= 2;
  let markdownHeading: number | undefined;
  let hashes = 0;
  while (i + hashes < end && units[i + hashes]! === 0x23 && hashes < 7) hashes++;
  const afterHashes = i + hashes < end ? units[i + hashes]! : -1;
  const first = i < end ? units[i]! : -1;
  const second = i + 1 < end ? units[i + 1]! : -1;
  if (hashes >= 1 && hashes <= 6 && (afterHashes === SPACE || afterHashes === IDEOGRAPHIC_SPACE)) {
    markdownHeading = hashes;
    i += hashes;
  } else if (first === 0x3e && (second === SPACE || second === IDEOGRAPHIC_SPACE)) {
    i += 2; // > quote
  } else if ((first === 0x2d || first === 0x2b || first === 0x2a) && second === SPACE) {
    i += 2; // list bullet
  }
  measureRaw(units, start, i, rawLayout.reset());
  let { wide, gaps, run } = rawLayout;

  let n = 0; // characters kept by the first pass
  let firstRewritable = -1; // the first of them the second pass may change
  let spacedAfterCjk = false;
  let tabbed = false;
  let marks = 0; // or-ed KEPT_AS_IS values of the kept characters, and DIGIT for a folded digit
  let boldMarks = 0;
  let firstBoldClose = -1; // characters kept before the first closing bold mark
  let boldCloseAt = -1; // and the mark's offset in the source
  while (i < end) {
    const c = units[i]!;
    let kept = keptAsIs[c]!;
    if (kept !== 0) {
      // A run of characters kept as they are (ideographs, Chinese punctuation, letters and
      // digits: most of a text), in a loop of its own.
      const from = i;
      let at = base + n;
      let d = c;
      let narrow = 0;
      do {
        out[at] = d;
        outOffsets[at++] = i++;
        narrow += (kept >> 1) & 1;
        marks |= kept;
      } while (i < end && (kept = keptAsIs[(d = units[i]!)]!) !== 0);
      n += i - from;
      wide += i - from - narrow;
      run = 0;
      continue;
    }
    if (layoutWidthOf(c) === 2) wide++;
    if (isGapCode(c)) {
      if (++run === 2) gaps++;
    } else run = 0;
    const next = i + 1 < end ? units[i + 1]! : -1;
    if ((c === 0x2a && next === 0x2a) || (c === 0x5f && next === 0x5f)) {
      // ** or __
      boldMarks++;
      if (boldMarks === 2 && firstBoldClose < 0) {
        firstBoldClose = n;
        boldCloseAt = i;
      }
      i += 2; // not gap characters: the run of spaces was reset above
      continue;
    }
    if (c === 0x3c) {
      DECORATIVE_TAG.lastIndex = i;
      const m = DECORATIVE_TAG.exec(source);
      if (m && i + m[0].length <= end) {
        if (BOLD_TAG.test(m[0])) {
          boldMarks++;
          if (boldMarks === 2 && firstBoldClose < 0) {
            firstBoldClose = n;
            boldCloseAt = i;
          }
        }
        measureRaw(units, i + 1, i + m[0].length, rawLayout.set(wide, gaps, run));
        noteFoldable(units, i + 1, i + m[0].length, arena.foldable);
        ({ wide, gaps, run } = rawLayout);
        i += m[0].length;
        continue;
      }
    }
    let form = foldWidthCode(c);
    if (form !== c) arena.foldable.push(i);
    if (firstRewritable < 0 && isRewritable(form)) {
      // Nothing before is left for the second pass, so the previous character is final.
      const settled = settledPunctuation(form, n > 0 ? out[base + n - 1]! : -1, next);
      if (settled < 0) firstRewritable = n;
      else form = settled;
    }
    if (isDigitCode(form)) marks |= DIGIT; // folded from full width
    if (form === TAB) tabbed = true;
    // Only a space right after a CJK character can make a line justified (see isJustified).
    else if (isSpaceCode(form) && n > 0 && isCjkCode(out[base + n - 1]!)) spacedAfterCjk = true;
    out[base + n] = form;
    outOffsets[base + n] = i;
    n++;
    i++;
  }
  // Read before the second pass rewrites the characters it looks at.
  const justified = spacedAfterCjk && isJustified(out, base, base + n);
  const m = firstRewritable < 0 ? n : rewriteSpacesAndPunctuation(out, outOffsets, base, firstRewritable, n, justified);
  arena.used = base + m;
  const bold = boldMarks >= 2 && firstBoldClose >= m - 1;
  let boldLead: string | undefined;
  if (boldMarks >= 2 && firstBoldClose > 0 && !bold) {
    // The cleaned text before the closing mark, so that it is a prefix of the line's text: the
    // second pass may have dropped characters before it, never added any.
    let leadLength = Math.min(firstBoldClose, m);
    while (leadLength > 0 && outOffsets[base + leadLength - 1]! >= boldCloseAt) leadLength--;
    boldLead = stringFromCodes(out, base, base + leadLength).trim();
  }
  cleaned.length = m;
  cleaned.indent = indent;
  cleaned.bold = bold;
  cleaned.tabbed = tabbed;
  cleaned.hasDigit = (marks & DIGIT) !== 0;
  cleaned.markdownHeading = markdownHeading;
  cleaned.boldLead = boldLead;
  cleaned.wide = wide;
  cleaned.gaps = gaps;
  return cleaned;
}

/**
 * The form of punctuation `c` between `prev` (the cleaned character before it, -1 at the line's
 * start) and `next` (the one after it, -1 at its end): Chinese punctuation near Chinese text,
 * except a thousands comma between digits and a decimal point before a digit; any other
 * character as it is. Of `next` the rules read only whether it is CJK or a digit.
 */
function punctuationForm(c: number, prev: number, next: number): number {
  if (c < 0x80) {
    const chinese = CHINESE_FORM[c]!;
    if (chinese !== 0) {
      const isParen = c === 0x28 || c === 0x29;
      const nearCjk = isCjkCode(prev) || isCjkPunctCode(prev) || isCjkCode(next) || isParen;
      // 1,000 between digits is a thousands separator, not a Chinese comma.
      return nearCjk && !(c === 0x2c && isDigitCode(prev) && isDigitCode(next)) ? chinese : c;
    }
    // A point after `%` is never a decimal point (`增长7.5%.实际利用外资…`): a full stop.
    if (c === 0x2e) return ((isCjkCode(prev) || CLOSERS_BEFORE_STOP.has(prev)) && !isDigitCode(next)) || prev === 0x25 ? 0x3002 : c;
    return c;
  }
  if (c === 0x2039) return 0x3008; // ‹ → 〈
  if (c === 0x203a) return 0x3009; // › → 〉
  return c;
}

/**
 * `punctuationForm` in the first pass, when it can already tell: `prev` is final there, and
 * `next` (the raw character after `c`) is final too when it is an ideograph (always kept as it
 * is) or the line's end. Otherwise the form is settled only if it is the same whatever `next`
 * becomes (CJK, a digit, or anything else). -1 when it cannot tell yet, and for spaces, which
 * need the whole line. Most ASCII punctuation in Chinese text sits next to an ideograph, so
 * most lines need no second pass.
 */
function settledPunctuation(c: number, prev: number, next: number): number {
  if (isSpaceCode(c)) return -1;
  if (next === -1 || (next >= 0x4e00 && next <= 0x9fff)) return punctuationForm(c, prev, next);
  const form = punctuationForm(c, prev, 0x4e00);
  return form === punctuationForm(c, prev, 0x30) && form === punctuationForm(c, prev, -1) ? form : -1;
}

/** A character the second pass may drop or replace: a space, or punctuation with a Chinese form. */
function isRewritable(c: number): boolean {
  return c < 0x80 ? CHINESE_FORM[c]! !== 0 || c === 0x2e || isSpaceCode(c) : c === 0x2039 || c === 0x203a || isSpaceCode(c);
}

/**
 * The second pass, in place over `codes[base + from, base + n)`: collapse or drop spaces and use
 * Chinese punctuation between Chinese characters. It writes at or before where it reads, and
 * looks ahead only at characters not yet rewritten. Returns the line's new length.
 */
function rewriteSpacesAndPunctuation(
  codes: Uint16Array, offsets: Int32Array, base: number, from: number, n: number, justified: boolean,
): number {
  let m = from; // characters written
  let k = from; // characters read
  const keptAsIs = KEPT_AS_IS;
  while (k < n) {
    const c = codes[base + k]!;
    if (keptAsIs[c] !== 0) {
      codes[base + m] = c;
      offsets[base + m++] = offsets[base + k++]!;
      continue;
    }
    const prev = m > 0 ? codes[base + m - 1]! : -1;
    if (isSpaceCode(c)) {
      let j = k;
      while (j < n && isSpaceCode(codes[base + j]!)) j++;
      const next = j < n ? codes[base + j]! : -1;
      if (prev !== -1 && next !== -1 && next !== TAB && prev !== TAB) {
        const keep = !(isCjkPunctCode(prev) || isCjkPunctCode(next)) &&
          ((isAsciiWordCode(prev) && isAsciiWordCode(next)) ||
            (isCjkCode(prev) && isCjkCode(next) && !justified &&
              !isLetterSpaced(m >= 2 ? codes[base + m - 2]! : -1, j + 1 < n ? codes[base + j + 1]! : -1)));
        if (keep) {
          offsets[base + m] = offsets[base + k]!;
          codes[base + m] = SPACE;
          m++;
        }
      }
      k = j;
      continue;
    }
    codes[base + m] = punctuationForm(c, prev, k + 1 < n ? codes[base + k + 1]! : -1);
    offsets[base + m] = offsets[base + k]!;
    m++;
    k++;
  }
  // Trailing spaces carry no content; trailing tabs stay: they are a table row's empty cells.
  while (m > 0 && isSpaceCode(codes[base + m - 1]!)) m--;
  return m;
}

const isGapCode = (c: number): boolean => c === SPACE || c === IDEOGRAPHIC_SPACE || c === 0xa0;

/**
 * The layout of a raw line as it is read: characters two columns wide, and runs of two or more
 * spaces (ASCII, ideographic, no-break), with the length of the current run so a run that spans
 * what cleaning skips and what it keeps is counted once. Reused from line to line.
 */
class RawLayout {
  wide = 0;
  gaps = 0;
  run = 0;

  reset(): this {
    return this.set(0, 0, 0);
  }

  set(wide: number, gaps: number, run: number): this {
    this.wide = wide;
    this.gaps = gaps;
    this.run = run;
    return this;
  }
}
const rawLayout = new RawLayout();

/** Add the layout of the code units `[from, to)` of a source to `layout`. */
function measureRaw(units: Uint16Array, from: number, to: number, layout: RawLayout): RawLayout {
  for (let i = from; i < to; i++) {
    const c = units[i]!;
    if (layoutWidthOf(c) === 2) layout.wide++;
    if (isGapCode(c)) {
      if (++layout.run === 2) layout.gaps++;
    } else layout.run = 0;
  }
  return layout;
}

/** Note the offset of every code unit `[from, to)` of a source that `foldWidthCode` changes. */
function noteFoldable(units: Uint16Array, from: number, to: number, foldable: number[]): void {
  for (let i = from; i < to; i++) if (foldWidthCode(units[i]!) !== units[i]!) foldable.push(i);
}

/**
 * The layout of the code units `[from, to)` of a source alone, in the record `cleanLineInto`
 * reuses: read it before cleaning another line.
 */
export function rawLayoutOf(units: Uint16Array, from: number, to: number): Readonly<Pick<RawLayout, 'wide' | 'gaps'>> {
  return measureRaw(units, from, to, rawLayout.reset());
}

/**
 * A line a PDF justified by spacing out its characters (`质询案应当写明质询 对 象、质 询 的 问 题 和`,
 * `全省 进出 口总 额`): three or more spaces between Chinese characters, most of them after a run
 * of one or two characters. Chinese puts no spaces between words, so all of them go; a title's
 * space between phrases (`推动能源转型 建设能源强省`) follows long runs and stays.
 */
function isJustified(codes: Uint16Array, from: number, n: number): boolean {
  let gaps = 0;
  let shortRuns = 0;
  let run = 0;
  for (let k = from; k < n; k++) {
    const c = codes[k]!;
    if (isCjkCode(c)) {
      run++;
      continue;
    }
    if (isSpaceCode(c) && run > 0) {
      let j = k;
      while (j < n && isSpaceCode(codes[j]!)) j++;
      if (j < n && isCjkCode(codes[j]!)) {
        gaps++;
        if (run <= 2) shortRuns++;
      }
      k = j - 1;
    }
    run = 0;
  }
  return gaps >= 3 && shortRuns >= gaps * 0.6;
}

/**
 * Letter-spaced text (`总　则`, `公　告`, `王　纯`): a single CJK character on both sides of the
 * gap. A space after a multi-character run (`第二条 丙。`) separates a label and is kept.
 */
function isLetterSpaced(beforePrevious: number, afterNext: number): boolean {
  return !isCjkCode(beforePrevious) && !isCjkCode(afterNext);
}

/** A `KEPT_AS_IS` bit: an ASCII digit (with the narrow bit, 2). */
const DIGIT = 4;

/**
 * By code unit: 1 for a character the first pass keeps as it is and that is two columns wide in
 * print (`layoutWidthOf`), 2 for one it keeps as it is that is one column wide (6 for a digit,
 * `2 | DIGIT`), 0 for any other (handled one by one). "As it is": not folded, not rewritten by
 * the second pass, not a space, a tab or a control character, and not the start of decoration
 * (`*`, `_`, `<`). The ranges where a text's characters are (ideographs, Chinese punctuation,
 * full-width forms, ASCII) are filled from those predicates; characters outside them stay 0,
 * which is always correct, only slower.
 */
export const KEPT_AS_IS: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  table.fill(1, 0x3400, 0x4dc0); // ideographs, extension A
  table.fill(1, 0x4e00, 0xa000); // unified ideographs
  const decide = (c: number): number => {
    const plain = c >= 0x20 && c !== 0x7f && c !== 0x2a && c !== 0x5f && c !== 0x3c && foldWidthCode(c) === c &&
      !isRewritable(c) && !isWhitespaceCode(c); // whitespace includes the gap characters
    return plain ? (layoutWidthOf(c) === 2 ? 1 : isDigitCode(c) ? 2 | DIGIT : 2) : 0;
  };
  for (const [from, to] of [[0x20, 0x7f], [0x2000, 0x2070], [0x3000, 0x3100], [0xff00, 0xfff0]] as const) {
    for (let c = from; c < to; c++) table[c] = decide(c);
  }
  return table;
})();
