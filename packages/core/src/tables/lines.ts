import { isTrimmedCode } from '../normalize/chars.js';
import type { SourceText } from '../source/source-text.js';

/** One line of the input: original offsets, folded text (same length). */
export interface Line {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  readonly folded: string;
}

/** A whitespace-separated piece of a line, with its span in the original input. */
export interface Token {
  text: string;
  raw: string;
  start: number;
  end: number;
  line: number;
}

/**
 * A line whose strings are sliced on first read: the stages scan the whole text with `indexOf`
 * and regexes and read only the lines around what they find, so most lines of a long document
 * never need their two substrings (allocating them was a tenth of reading the tables).
 */
class SourceLine implements Line {
  #raw: string | undefined;
  #folded: string | undefined;

  constructor(
    readonly index: number,
    readonly start: number,
    readonly end: number,
    private readonly texts: { readonly text: string; readonly folded: string },
  ) {}

  get raw(): string {
    return (this.#raw ??= this.texts.text.slice(this.start, this.end));
  }

  get folded(): string {
    return (this.#folded ??= this.texts.folded.slice(this.start, this.end));
  }
}

/**
 * The lines of a text, each made on first read (`at`): a long document has tens of thousands of
 * lines and the stages read a few hundred of them, so only their offsets are kept for the rest.
 * Lines end at `\n`; a `\r` before it is dropped from the line.
 */
export class Lines {
  readonly length: number;
  readonly #texts: { readonly text: string; readonly folded: string };
  readonly #starts: readonly number[];
  // The lines made so far: a few hundred of tens of thousands, so a map, not an array as long as
  // the text's lines (which V8 would put in its large-object space, mapped anew every parse).
  readonly #made = new Map<number, Line>();
  readonly #src: SourceText;

  /** The lines of `src`, as `src.lineStarts` finds them, over its text and folded text. */
  constructor(src: SourceText) {
    this.#src = src;
    this.#texts = { text: src.text, folded: src.folded };
    this.#starts = src.lineStarts;
    this.length = src.lineStarts.length;
  }

  /** The line at `index`, or `undefined` past either end. */
  at(index: number): Line | undefined {
    if (index < 0 || index >= this.length) return undefined;
    let line = this.#made.get(index);
    if (line === undefined) this.#made.set(index, (line = new SourceLine(index, this.startOf(index), this.endOf(index), this.#texts)));
    return line;
  }

  /** Offset at which line `index` starts, without making the line. */
  startOf(index: number): number {
    return this.#starts[index]!;
  }

  /** Offset at which line `index` ends (before its `\r\n` or `\n`), without making the line. */
  endOf(index: number): number {
    const start = this.#starts[index]!;
    let end = index + 1 < this.length ? this.#starts[index + 1]! - 1 : this.#texts.text.length;
    if (end > start && this.#texts.text.charCodeAt(end - 1) === 0x0d) end--;
    return end;
  }

  /** Index of the line holding `offset`: the last line starting at or before it. */
  indexAt(offset: number): number {
    return this.#src.pointAt(offset).line - 1;
  }
}

const sourceLines = (src: SourceText): Lines => new Lines(src);

/** The lines of a source, indexed once and shared by every stage that reads it (tables, panels). */
export function linesOf(src: SourceText): Lines {
  return src.derive(sourceLines);
}

/** The first non-blank line at or after `from` (scanned in place: no copy of the rest of the text). */
export function nextContentLine(lines: Lines, from: number): Line | undefined {
  for (let j = from; j < lines.length; j++) if (lines.at(j)!.folded.trim() !== '') return lines.at(j);
  return undefined;
}

/**
 * Tokens of a line split on spaces, ideographic spaces and tabs (the runs `/[^\s\u3000]+/g`
 * matches, found by code unit: no match object per token).
 */
export function tokenize(line: Line): Token[] {
  const out: Token[] = [];
  const folded = line.folded;
  const n = folded.length;
  let at = 0;
  for (;;) {
    while (at < n && isTrimmedCode(folded.charCodeAt(at))) at++;
    if (at >= n) return out;
    const from = at;
    while (at < n && !isTrimmedCode(folded.charCodeAt(at))) at++;
    out.push({ text: folded.slice(from, at), raw: line.raw.slice(from, at), start: line.start + from, end: line.start + at, line: line.index });
  }
}

/** The tokens' folded texts run together (a loop: no array of texts made to be joined). */
export function joinedText(tokens: readonly Token[]): string {
  let out = '';
  for (let k = 0; k < tokens.length; k++) out += tokens[k]!.text;
  return out;
}

/** The tokens' raw texts run together. */
export function joinedRaw(tokens: readonly Token[]): string {
  let out = '';
  for (let k = 0; k < tokens.length; k++) out += tokens[k]!.raw;
  return out;
}

/** A character every mark {@link plain} strips holds: a text without one is its own plain text, trimmed. */
export const MARKUP_CHAR = /[<*_#]/;

/** Strip markdown/HTML emphasis and heading marks from a line for matching. */
export function plain(text: string): string {
  // Each mark holds one of < * _ #: most lines and cells have none and need only the trim.
  if (!MARKUP_CHAR.test(text)) return text.trim();
  return text
    .replace(/<\/?[a-zA-Z][^>]{0,40}>/g, '')
    .replace(/\*\*|__/g, '')
    .replace(/^\s*#{1,6}\s+/, '')
    .trim();
}

export const ATTRIBUTE = /^(?:预期性|约束性|预期|约束)$/;
export const CATEGORY = /^([一二三四五六七八九十]{1,3})、\s*([^\t|]{1,40}?)\s*(?:[(（]\s*(?:共)?\s*(\d{1,3})\s*(?:个|项)\s*[)）])?\s*$/;
export const HEADING = /^\s*(?:#{1,6}\s|第[一二三四五六七八九十百零〇\d]{1,5}[章节编篇]|[（(][一二三四五六七八九十]{1,3}[)）])/;

/**
 * The pairs of consecutive ideographs of `text`, other characters left out (`城镇化率(%)` →
 * 城镇 镇化 化率), read by code unit instead of stripping the others with a regex first.
 */
export function bigramSet(text: string): Set<string> {
  const out = new Set<string>();
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) continue;
    if (prev !== -1) out.add(String.fromCharCode(prev, c));
    prev = c;
  }
  return out;
}
