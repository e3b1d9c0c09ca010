/** Character classes used by normalization and segmentation. */

/** An ASCII digit `0-9`, by UTF-16 code unit. */
export function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** An ASCII or a full-width digit `0-9` `０-９`, by UTF-16 code unit. */
export function isAnyDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** A CJK ideograph (unified, extension A) or 〇, by UTF-16 code unit. */
export function isCjkCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3007;
}

/** Chinese punctuation and brackets (full-width forms that attach to CJK text), by code unit. */
export function isCjkPunctCode(c: number): boolean {
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65) ||
    // “ ” ‘ ’ — … ·
    c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2014 || c === 0x2026 || c === 0x00b7;
}

/** Spaces of every width (ASCII, ideographic, no-break, en/em, zero-width, BOM) and the tab. */
export function isWhitespaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0x00a0 || c === 0xfeff || c === 0x2002 ||
    c === 0x2003 || c === 0x200b;
}

/** Characters that end a sentence or a clause that may end a line legitimately. */
export const TERMINAL_PUNCTUATION = '。！？；：…';

/** CJK and full-width characters: two columns on a fixed-pitch page. */
function isWideCode(c: number): boolean {
  return c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6));
}

/** ASCII punctuation a PDF extraction put for full-width punctuation, and ambiguous-width quotes and dashes. */
function isPrintWideCode(c: number): boolean {
  // , . ; : ! ? ( ) “ ” ‘ ’ — …
  return c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x28 ||
    c === 0x29 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2014 || c === 0x2026;
}

/**
 * Width of one UTF-16 code unit as laid out in print, 1 or 2: wide characters, and the ASCII
 * punctuation a PDF extraction substituted for full-width punctuation (`,.;:!?()`), quotes and
 * dashes (ambiguous-width, full-width in Chinese print) count 2.
 */
export function layoutWidthOf(c: number): number {
  if (c >= 0x4e00 && c <= 0x9fff) return 2; // ideographs, the common case
  return isWideCode(c) || isPrintWideCode(c) ? 2 : 1;
}

/** What `String#trim` removes (ECMAScript WhiteSpace and LineTerminator), by code unit. */
export function isTrimmedCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The offset of the first character at or after `from` that `String#trim` keeps (`text.length`
 * when there is none), without slicing.
 *
 * @example
 * skipTrimmed('　 第一条', 0); // 2
 */
export function skipTrimmed(text: string, from: number): number {
  let i = from;
  while (i < text.length && isTrimmedCode(text.charCodeAt(i))) i++;
  return i;
}

/** `text.trim().length`, without making the trimmed string. */
export function trimmedLength(text: string): number {
  let from = 0;
  let to = text.length;
  while (from < to && isTrimmedCode(text.charCodeAt(from))) from++;
  while (to > from && isTrimmedCode(text.charCodeAt(to - 1))) to--;
  return to - from;
}
