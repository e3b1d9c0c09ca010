import { foldWidth } from '../normalize/width.js';
import type { SourceText } from '../source/source-text.js';

/** One line of the input: original offsets, folded text (same length). */
export interface Line {
  index: number;
  start: number;
  end: number;
  raw: string;
  folded: string;
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
 * Split text into lines with offsets; `\r` is dropped from the line's end. `folded` is the
 * width-folded text (same length), when the caller already has it.
 */
export function splitLines(text: string, folded = foldWidth(text)): Line[] {
  const out: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = text.length;
    let end = nl;
    if (end > start && text[end - 1] === '\r') end--;
    out.push({ index, start, end, raw: text.slice(start, end), folded: folded.slice(start, end) });
    index++;
    if (nl >= text.length) break;
    start = nl + 1;
  }
  return out;
}

const splitSourceLines = (src: SourceText): readonly Line[] => splitLines(src.text, src.folded);

/** The lines of a source, split once and shared by every stage that reads it (tables, panels). */
export function linesOf(src: SourceText): readonly Line[] {
  return src.derive(splitSourceLines);
}

/** The first non-blank line at or after `from` (scanned in place: no copy of the rest of the text). */
export function nextContentLine(lines: readonly Line[], from: number): Line | undefined {
  for (let j = from; j < lines.length; j++) if (lines[j]!.folded.trim() !== '') return lines[j];
  return undefined;
}

/** Tokens of a line split on spaces, ideographic spaces and tabs. */
export function tokenize(line: Line): Token[] {
  const out: Token[] = [];
  for (const m of line.folded.matchAll(/[^\s\u3000]+/g)) {
    out.push({
      text: m[0],
      raw: line.raw.slice(m.index, m.index + m[0].length),
      start: line.start + m.index,
      end: line.start + m.index + m[0].length,
      line: line.index,
    });
  }
  return out;
}

/** Strip markdown/HTML emphasis and heading marks from a line for matching. */
export function plain(text: string): string {
  return text
    .replace(/<\/?[a-zA-Z][^>]{0,40}>/g, '')
    .replace(/\*\*|__/g, '')
    .replace(/^\s*#{1,6}\s+/, '')
    .trim();
}

export const ATTRIBUTE = /^(?:预期性|约束性|预期|约束)$/;
export const CATEGORY = /^([一二三四五六七八九十]{1,3})、\s*([^\t|]{1,40}?)\s*(?:[(（]\s*(?:共)?\s*(\d{1,3})\s*(?:个|项)\s*[)）])?\s*$/;
export const HEADING = /^\s*(?:#{1,6}\s|第[一二三四五六七八九十百零〇\d]{1,5}[章节编篇]|[（(][一二三四五六七八九十]{1,3}[)）])/;
