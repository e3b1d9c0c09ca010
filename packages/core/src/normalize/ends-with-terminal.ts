import { TERMINAL_PUNCTUATION } from './chars.js';
import { codes, type CodeSet } from './codes.js';
const TERMINAL_CODES = codes(TERMINAL_PUNCTUATION);
const CLOSING_CODES = codes('”’）');

/**
 * Whether a text ends a sentence or clause: with 。！？；：…, or with one of them inside a
 * closing quote or bracket (`。”`, `；）`). An empty text counts as ended, and so does a lone
 * closing mark.
 *
 * Compares character codes: `text[i]` of a CJK mark allocates a new one-character string, and
 * this runs on every block of every document. `closers` are the closing marks that may follow
 * the punctuation (default `”’）`).
 */
export function endsWithTerminal(text: string, closers: CodeSet = CLOSING_CODES): boolean {
  if (text.length === 0) return true;
  const last = text.charCodeAt(text.length - 1);
  if (TERMINAL_CODES.has(last)) return true;
  if (!closers.has(last)) return false;
  return text.length < 2 || TERMINAL_CODES.has(text.charCodeAt(text.length - 2));
}
