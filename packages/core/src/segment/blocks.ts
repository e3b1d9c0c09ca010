import type { MappedText } from '../normalize/mapped-text.js';
import { labelKind, type LabelKind } from '../hierarchy/labels.js';
import { endsWithTerminal } from '../normalize/ends-with-terminal.js';
import { codes } from '../normalize/codes.js';
import { firstOffset, joinLines, lineOffsets, LINE_FLAGS, type Line, type LineTable } from './lines.js';

/** A paragraph-level unit: one or more physical lines rejoined. */
export interface Block extends MappedText {
  /** Original offset of its first character. */
  start: number;
  indent: boolean;
  /** Always set (undefined when absent), as on `Line`: one shape for every block. */
  markdownHeading: number | undefined;
  bold: boolean;
  boldLead: string | undefined;
  tabbed: boolean;
  /** Preceded by a blank line (meaningful only where blank lines are not everywhere). */
  afterBlank: boolean;
  /** Some line of it holds columns (runs of spaces: a name list, table cells), not prose. */
  columnar: boolean;
  /** Some line of it holds an ASCII digit (full-width ones are folded): it may state a number. */
  hasDigit: boolean;
}

/** How the lines of a text are laid out, measured once per text. */
export interface Layout {
  /** Wrap width (display columns) of hard-wrapped text, or undefined. */
  wrapWidth: number | undefined;
  /** Blank lines stand between (nearly) all lines, so they mark nothing. */
  blanksEverywhere: boolean;
  /** Paragraphs start with an indent (some lines indented, most not). */
  indentMarksParagraphs: boolean;
  /** Widest line among each line's neighbours (hard-wrapped text only), by line index; -1 (or missing) for lines not measured: blank or set aside. */
  localWidth?: Int32Array;
}

/**
 * Measure the layout signals of the lines not set aside (`setAside[index] === 1`: furniture,
 * which is read as if absent).
 */
export function measureLayout(lines: LineTable, setAside: Uint8Array, wrapWidth: number | undefined): Layout {
  let nonBlank = 0;
  let followedByBlank = 0;
  let indented = 0;
  let lastIndex = -1;
  // One pass over the lines, gathering the content lines' widths and indexes for the window
  // below as it counts.
  const widths = wrapWidth === undefined ? undefined : new Int32Array(lines.length);
  const indexes = wrapWidth === undefined ? undefined : new Int32Array(lines.length);
  let previousIsContent = false;
  for (let i = 0; i < lines.length; i++) {
    if (setAside[i] === 1) continue;
    lastIndex = i;
    if (lines.textLength(i) === 0) {
      if (previousIsContent) followedByBlank++;
      previousIsContent = false;
      continue;
    }
    if (widths !== undefined) {
      widths[nonBlank] = lines.rawWidth(i);
      indexes![nonBlank] = i;
    }
    nonBlank++;
    if (lines.has(i, LINE_FLAGS.indent)) indented++;
    previousIsContent = true;
  }
  let localWidth: Int32Array | undefined;
  if (widths !== undefined) {
    localWidth = new Int32Array(lastIndex + 1).fill(-1);
    for (let i = 0; i < nonBlank; i++) {
      let widest = 0;
      for (let j = Math.max(0, i - 4); j <= Math.min(nonBlank - 1, i + 4); j++) {
        if (widths[j]! > widest) widest = widths[j]!;
      }
      localWidth[indexes![i]!] = widest;
    }
  }
  return {
    wrapWidth,
    ...(localWidth ? { localWidth } : {}),
    blanksEverywhere: nonBlank > 0 && followedByBlank / nonBlank > 0.7,
    // Indentation marks a paragraph start wherever it is used, unless (nearly) every line has it.
    indentMarksParagraphs: indented > 0 && indented / Math.max(1, nonBlank) < 0.6,
  };
}

const OPENING_LABEL_KINDS: ReadonlySet<LabelKind | undefined> = new Set<LabelKind>(['part', 'chapter', 'section', 'panel']);

/** A session or history line: `（2021年1月23日…通过）`. */
const SESSION_LINE = /^[（(]\s*[0-9〇零一二三四五六七八九十]{4}年/;

/** Closing marks a clause's punctuation may stand inside: `。”`, `；）`, `。》`, `。」`. */
const CLAUSE_CLOSERS = codes('”’）》」');
const FULL_OPEN_PAREN = 0xff08; // （
const FULL_CLOSE_PAREN = 0xff09; // ）

/**
 * Whether a text ends a clause. `head` gives the first character and `tail` the last two: for a
 * block, its first and last lines, so the paragraph text is never joined to be read.
 */
function endsClause(head: string, tail: string): boolean {
  // A parenthetical block (a history line `（…通过）`) ends where its bracket closes.
  if (tail.charCodeAt(tail.length - 1) === FULL_CLOSE_PAREN && head.charCodeAt(0) === FULL_OPEN_PAREN) return true;
  return endsWithTerminal(tail, CLAUSE_CLOSERS);
}

/** The longest prefix any label pattern reads (`第一千二百三十四条` and one character after it). */
const LABEL_REACH = 11;

/** Text that ends like a block: its last lines, joined from the end until two characters. */
function tailOf(lines: readonly Line[]): string {
  let text = lines[lines.length - 1]!.text;
  for (let i = lines.length - 2; i >= 0 && text.length < 2; i--) text = lines[i]!.text + text;
  return text;
}

/**
 * Text that starts like a block, long enough for `labelKind` to read the same label kind:
 * its first lines, joined until `LABEL_REACH` characters.
 */
function headOf(lines: readonly Line[]): string {
  let text = lines[0]!.text;
  for (let i = 1; i < lines.length && text.length < LABEL_REACH; i++) text += lines[i]!.text;
  return text;
}

/**
 * A line is full when it reaches (nearly) the width of the lines around it: text in a boxed
 * panel wraps narrower than the page column, so the reference is local, but a region of short
 * table cells is never "full".
 */
function isFull(line: Line, layout: Layout): boolean {
  const wrap = layout.wrapWidth!;
  const measured = layout.localWidth?.[line.index] ?? -1;
  const local = measured >= 0 ? measured : wrap;
  if (local < 0.6 * wrap) return false;
  // Generous: an unfinished clause rarely ends a paragraph, so a near-full line is a wrap.
  return line.rawWidth >= 0.8 * Math.min(wrap, local);
}

/**
 * Whether `next` continues the paragraph `current`, made of `lines` so far (the line was broken inside a sentence
 * or a heading), by general layout rules:
 * - never across markdown headings, table rows, or a clause that ended;
 * - hard-wrapped text: join when the previous line is full (within a few columns of the wrap
 *   width), even before a label — `依照本条例\n第三条…` is a reference, not a heading;
 * - soft-wrapped text: join a long unfinished line with a line that continues it, never with
 *   a numbered heading or a short standalone line (a document number, a date).
 *
 * `currentKind` is the label kind the block starts with and `kind` the one `next` starts with
 * (`labelKind`), which the caller reads once per line.
 */
export function continues(
  current: Block,
  lines: readonly Line[],
  next: Line,
  layout: Layout,
  currentKind: LabelKind | undefined,
  kind: LabelKind | undefined,
): boolean {
  const last = lines[lines.length - 1]!;
  if (current.markdownHeading !== undefined || next.markdownHeading !== undefined) return false;
  if (current.tabbed || next.tabbed) return false;
  if (!layout.blanksEverywhere && next.index > last.index + 1) return false;
  if (layout.indentMarksParagraphs && next.indent) return false;
  // A dash lead (`——2021年1月20日在…`, `——高质量发展…`) opens a subtitle or a list entry.
  if (next.text.startsWith('—')) return false;
  // A session or history line `（2021年1月23日…通过）` opens after a title, never continues it.
  const first = next.text.charCodeAt(0);
  if ((first === FULL_OPEN_PAREN || first === 0x28) && SESSION_LINE.test(next.text)) return false;
  // Columns of names or cells separated by runs of spaces are never prose.
  if (next.columnar || last.columnar) return false;
  const tail = tailOf(lines);
  if (endsClause(lines[0]!.text, tail)) {
    // In hard-wrapped text a full line ending in ；or ： is inside a paragraph (a list of
    // clauses), unless the next line opens a numbered item.
    const end = tail.charCodeAt(tail.length - 1);
    const midParagraph = layout.wrapWidth !== undefined && (end === 0xff1b || end === 0xff1a) && kind === undefined && isFull(last, layout);
    if (!midParagraph) return false;
  }
  // A heading (章/节/编/专栏) never swallows a numbered line, and a heading never continues a line.
  if (kind !== undefined && (OPENING_LABEL_KINDS.has(kind) || OPENING_LABEL_KINDS.has(currentKind))) {
    return false;
  }
  if (layout.wrapWidth !== undefined) {
    if (OPENING_LABEL_KINDS.has(currentKind)) {
      // A heading cut after a comma (`第一章 坚决扛起…历史使命，`) surely goes on, full or not.
      const end = tail.charCodeAt(tail.length - 1);
      if (end === 0xff0c || end === 0x3001) return kind === undefined && next.rawWidth < layout.wrapWidth * 0.8 && !endsClause(next.text, next.text);
      // Otherwise it continues only with a short fragment (`第二章 代表在…期间的` + `工作`), never
      // with a line of body text or a one-character table cell.
      return isFull(last, layout) && next.text.length >= 2 && next.rawWidth < layout.wrapWidth / 2 && !endsClause(next.text, next.text);
    }
    return isFull(last, layout);
  }
  if (kind !== undefined) return false;
  if (OPENING_LABEL_KINDS.has(currentKind)) return false;
  if (last.text.length < 40) return false;
  return next.text.length >= 20 || endsClause(next.text, next.text);
}

/**
 * Group cleaned lines into blocks, skipping blank lines and furniture. A block keeps what later
 * stages read of its lines (text, offsets, flags), not the lines: on a large text the lines are
 * then garbage once blocks are built, never carried through the tree's collections.
 *
 * @param lines - cleaned physical lines
 * @param setAside - by line index, 1 for lines that are not content (furniture)
 */
export function buildBlocks(lines: LineTable, setAside: Uint8Array, layout: Layout): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  // The lines of the current block, joined into its text when it is closed.
  let currentLines: Line[] = [];
  // The label kind the current block starts with, and whether its head is long enough for the
  // kind to be final (a label's first characters decide it): else read again as lines join.
  let currentKind: LabelKind | undefined;
  let headComplete = false;
  let sawBlank = false;
  for (let i = 0; i < lines.length; i++) {
    const blank = lines.textLength(i) === 0;
    if (blank || setAside[i] === 1) {
      if (blank) sawBlank = true;
      continue;
    }
    // Made here and let go with its block: no line object outlives the paragraph it is in.
    const line = lines.line(i);
    const kind = labelKind(line.text);
    if (current && continues(current, currentLines, line, layout, currentKind, kind)) {
      // Appended in place: a paragraph of thousands of wrapped lines stays linear.
      current.end = line.end;
      currentLines.push(line);
      current.bold = current.bold && line.bold;
      current.columnar = current.columnar || line.columnar;
      current.hasDigit = current.hasDigit || line.hasDigit;
      if (!headComplete) {
        const head = headOf(currentLines);
        currentKind = labelKind(head);
        headComplete = head.length >= LABEL_REACH;
      }
    } else {
      if (current) joinInto(current, currentLines);
      currentKind = kind;
      headComplete = line.text.length >= LABEL_REACH;
      currentLines = [line];
      current = {
        text: line.text, // and offsets: the first line's until the paragraph is joined
        offsets: lineOffsets(line),
        end: line.end,
        start: firstOffset(line),
        indent: line.indent,
        bold: line.bold,
        tabbed: line.tabbed,
        afterBlank: sawBlank,
        markdownHeading: line.markdownHeading,
        boldLead: line.boldLead,
        columnar: line.columnar,
        hasDigit: line.hasDigit,
      };
      blocks.push(current);
    }
    sawBlank = false;
  }
  if (current) joinInto(current, currentLines);
  return blocks;
}

/** Give a block of several lines their joined text and offsets (one line's are already set). */
function joinInto(block: Block, lines: readonly Line[]): void {
  if (lines.length > 1) ({ text: block.text, offsets: block.offsets } = joinLines(lines));
}
