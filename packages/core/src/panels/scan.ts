import { isTrimmedCode } from '../normalize/chars.js';
import { codes } from '../normalize/codes.js';

/**
 * Tests on the lines and paragraphs of a panel, by code unit: each says which regex it stands for
 * (the regexes tested a copy of every line or paragraph; these read a few characters in place).
 */

/** The marks that end a sentence in a panel (a colon ends a lead-in). */
const SENTENCE_MARKS = '。.！？!?；;：:';
const SENTENCE_MARK = codes(SENTENCE_MARKS);

/**
 * Whether `text` ends a sentence: a sentence mark, then only blanks and at most one closing
 * `**` (`/[。.！？!?；;：:]\s*(?:\*\*)?$/` on the trimmed text), read backwards from the end.
 */
export function endsSentence(text: string): boolean {
  let to = text.length;
  while (to > 0 && isTrimmedCode(text.charCodeAt(to - 1))) to--;
  if (to >= 2 && text.charCodeAt(to - 1) === 0x2a && text.charCodeAt(to - 2) === 0x2a) to -= 2;
  while (to > 0 && isTrimmedCode(text.charCodeAt(to - 1))) to--;
  return to > 0 && SENTENCE_MARK.has(text.charCodeAt(to - 1));
}

/** Whether `text` holds only blanks and `*`. */
export function isBlanksAndStars(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2a && !isTrimmedCode(c)) return false;
  }
  return true;
}

/** Where the spaces and ideographic spaces opening `text[from, to)` end. */
export function afterIndent(text: string, from: number, to: number): number {
  while (from < to && (text.charCodeAt(from) === 0x20 || text.charCodeAt(from) === 0x3000)) from++;
  return from;
}

/** The paragraph indent opens `text[from, to)` (`/^ ?\u3000{2}/`): an optional space, then two ideographic spaces. */
export function isIndented(text: string, from: number, to: number): boolean {
  if (from < to && text.charCodeAt(from) === 0x20) from++;
  return to - from >= 2 && text.charCodeAt(from) === 0x3000 && text.charCodeAt(from + 1) === 0x3000;
}

/** Longest term of an entry (`五结合：…`). */
const ENTRY_TERM_MAX = 30;
/** The colons that end an entry's term (put in regex character classes: no `]`, `\`, `-` or `^`). */
const ENTRY_COLONS = ':：';
const ENTRY_COLON = codes(ENTRY_COLONS);
/** What an entry's term may not hold: a clause mark, a colon or a line break. */
const ENTRY_TERM_STOPS = `，,。.；;${ENTRY_COLONS}\n`;
const ENTRY_TERM_STOP = codes(ENTRY_TERM_STOPS);

/** An entry: a short term, then a colon (`五结合：…`); group 1 is the term. */
export const ENTRY = new RegExp(`^([^${ENTRY_TERM_STOPS}]{1,${ENTRY_TERM_MAX}}?)[${ENTRY_COLONS}]`);

/**
 * Whether `text` opens with an entry's term and colon (`ENTRY`; with `skipMarks`, as if every
 * `**` were removed), read in place: the first character that may not be in a term is a colon,
 * after 1 to 30 characters.
 */
export function isEntry(text: string, skipMarks: boolean): boolean {
  let length = 0; // characters read, `**` marks not counted when skipped
  for (let i = 0; i < text.length && length <= ENTRY_TERM_MAX; i++) {
    const c = text.charCodeAt(i);
    if (skipMarks && c === 0x2a && text.charCodeAt(i + 1) === 0x2a) {
      i++;
      continue;
    }
    if (ENTRY_TERM_STOP.has(c)) return length >= 1 && ENTRY_COLON.has(c);
    length++;
  }
  return false;
}

/**
 * Whether 专栏 opens `text[from, to)` once blanks and heading or bold marks (`#`, `**`, `<b>`) are
 * skipped: every line `PANEL_START` (in extract.ts) matches does. Reading the few first characters of every line
 * is cheaper than searching the text for 专栏: V8's search stops at every character sharing a byte
 * with 专 (U+4E13: 一, 上, 不, 中 … are U+4Exx).
 */
export function opensWithPanelLabel(text: string, from: number, to: number): boolean {
  for (; from < to; from++) {
    const c = text.charCodeAt(from);
    if (c === 0x4e13) return from + 1 < to && text.charCodeAt(from + 1) === 0x680f; // 专栏
    // Blanks, # * < b > (a superset of what may come before 专栏 in a heading) may be skipped;
    // an ideograph, the first character of most lines, is none of them.
    const skipped = !(c >= 0x4e00 && c <= 0x9fff) &&
      (isTrimmedCode(c) || c === 0x23 || c === 0x2a || c === 0x3c || c === 0x62 || c === 0x3e);
    if (!skipped) return false;
  }
  return false;
}
