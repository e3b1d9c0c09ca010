/** Character classes used by normalization and segmentation. */

export function isCjk(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3007;
}

/** Chinese punctuation and brackets (full-width forms that attach to CJK text). */
export function isCjkPunct(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65) || '“”‘’—…·'.includes(ch);
}

export function isWhitespace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0' || ch === '\ufeff' || ch === '\u2002' ||
    ch === '\u2003' || ch === '\u200b';
}

/** Characters that end a sentence or a clause that may end a line legitimately. */
export const TERMINAL_PUNCTUATION = '。！？；：…';

/** Width on a fixed-pitch page: CJK and full-width characters count 2. */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    w += (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x2010 && c <= 0x2027 && false))) ? 2 : 1;
  }
  return w;
}

/**
 * Width of a line as it was laid out in print: like `displayWidth`, but ASCII punctuation that
 * a PDF extraction substituted for full-width punctuation (`,.;:!?()`) and
 * quotes and dashes (ambiguous-width, full-width in Chinese print) count 2.
 */
export function layoutWidth(text: string): number {
  let w = displayWidth(text);
  for (let i = 0; i < text.length; i++) if (',.;:!?()“”‘’—…'.includes(text[i]!)) w++;
  return w;
}
