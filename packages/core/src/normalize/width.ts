import { codeUnitsOf, stringFromCodes } from './codes.js';

/** Symbols folded one to one: full-width ASCII symbols, «» to 《》, the no-break space to a space. */
const FOLDED_SYMBOL = new Map<number, number>([
  [0xff0e, 0x002e], // ． → .
  [0xff05, 0x0025], // ％ → %
  [0xff0b, 0x002b], // ＋ → +
  [0xff0d, 0x002d], // － → -
  [0xff0f, 0x002f], // ／ → /
  [0xff1d, 0x003d], // ＝ → =
  [0xff1e, 0x003e], // ＞ → >
  [0xff1c, 0x003c], // ＜ → <
  [0xff06, 0x0026], // ＆ → &
  [0xff03, 0x0023], // ＃ → #
  [0xff0a, 0x002a], // ＊ → *
  [0xff5e, 0x007e], // ～ → ~
  [0x00ab, 0x300a], // « → 《
  [0x00bb, 0x300b], // » → 》
  [0x00a0, 0x0020], // no-break space → space
]);

/**
 * Fold one UTF-16 code unit: full-width digits, Latin letters and ASCII-like symbols (＋－．／ …)
 * to half width, `«»` to `《》`, the no-break space to a space. Chinese punctuation that has
 * meaning of its own (，。、（）《》：；) is kept: it is the documents' own style. Always one code
 * unit in, one out, so offsets map 1:1.
 */
export function foldWidthCode(code: number): number {
  if (code < 0xa0 || (code > 0xbb && code < 0xff01) || code > 0xff5e) return code; // most characters
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
    return code - 0xfee0; // ０-９ Ａ-Ｚ ａ-ｚ
  }
  return FOLDED_SYMBOL.get(code) ?? code;
}

/** A character `foldWidthCode` changes. */
const FOLDABLE_CHAR = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a．％＋－／＝＞＜＆＃＊～«»\u00a0]/;

/** Runs of characters `foldWidthCode` changes (`２０２１`: one callback, not four). */
const FOLDABLE_RUNS = new RegExp(`${FOLDABLE_CHAR.source}+`, 'g');

function foldRun(run: string): string {
  if (run.length === 1) return String.fromCharCode(foldWidthCode(run.charCodeAt(0)));
  let out = '';
  for (let i = 0; i < run.length; i++) out += String.fromCharCode(foldWidthCode(run.charCodeAt(i)));
  return out;
}

/**
 * Fold full-width digits, Latin letters and ASCII-like symbols to half width, and `«»` to `《》`,
 * keeping the string's length (so offsets stay valid). A text with nothing to fold is returned
 * as is. A short text (a line, a cell) is folded by code unit, copying unchanged runs as slices:
 * twice as fast as a regex with a callback per character on 003's lines.
 *
 * @example
 * foldWidth('２０２１年ＧＤＰ增长６．５％'); // '2021年GDP增长6.5%'
 */
export function foldWidth(text: string): string {
  const n = text.length;
  // The regex engine finds the first foldable character faster than a loop of calls.
  const first = text.search(FOLDABLE_CHAR);
  if (first === -1) return text;
  // A whole document: the regex engine's replace is faster than many concatenations.
  if (n > 512) return text.replace(FOLDABLE_RUNS, foldRun);
  let out = '';
  let run = 0;
  for (let i = first; i < n; i++) {
    const c = text.charCodeAt(i);
    const folded = foldWidthCode(c);
    if (folded === c) continue;
    out += text.slice(run, i) + String.fromCharCode(folded);
    run = i + 1;
  }
  return out + text.slice(run);
}

/** Above this many known positions, patching a copy of the code units is faster than concatenating pieces. */
const PIECES_UP_TO = 256;

/**
 * `foldWidth(text)` when the offsets of every character it changes are already known (sorted):
 * cleaning reads every character and notes them, so the whole text need not be searched again.
 *
 * @example
 * foldWidthAt('第１条', [1]); // '第1条'
 */
export function foldWidthAt(text: string, foldable: readonly number[]): string {
  if (foldable.length === 0) return text;
  if (foldable.length > PIECES_UP_TO) {
    // Many (a gazette of full-width tables): fold them in a copy of the code units, one string
    // built at the end — a quarter of the time of a regex replace with a callback per run.
    const units = codeUnitsOf(text);
    for (const at of foldable) units[at] = foldWidthCode(units[at]!);
    return stringFromCodes(units);
  }
  let out = '';
  let copied = 0;
  for (const at of foldable) {
    out += text.slice(copied, at) + String.fromCharCode(foldWidthCode(text.charCodeAt(at)));
    copied = at + 1;
  }
  return out + text.slice(copied);
}
