import { rawText, type Line } from './lines.js';
import { foldWidth } from '../normalize/width.js';
import { codes } from '../normalize/codes.js';
import { isAnyDigitCode } from '../normalize/chars.js';

/** A page number line: `—4—`, `- 12 -`, `第 3 页`, `3/45`, `·12·`. */
const PAGE_NUMBER = /^(?:[—\-–－·•]{1,3}\s*\d{1,4}\s*[—\-–－·•]{1,3}|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;

const PAGE_NUMBER_LEADS = codes('—-–－·•第');

/**
 * Whether `source[from, to)` may be a page number, before the pattern is tried: it starts with a
 * dash or dot, or 第, or it starts with a digit (half or full width) and holds a slash (`3/45`) —
 * without one, a line of digits is a table cell, and a gazette has thousands.
 */
function mayBePageNumber(source: string, from: number, to: number): boolean {
  const c = source.charCodeAt(from);
  if (PAGE_NUMBER_LEADS.has(c)) return true;
  if (!isAnyDigitCode(c)) return false;
  for (let i = from + 1; i < to; i++) {
    const d = source.charCodeAt(i);
    if (d === 0x2f || d === 0xff0f) return true;
  }
  return false;
}

/**
 * Find page furniture of a PDF extraction: page-number lines, and running headers or footers —
 * short lines repeated at least twice that stand next to a page number.
 * Returns the indices of furniture lines.
 */
export function findFurniture(lines: readonly Line[], source: string): Set<number> {
  const furniture = new Set<number>();
  const pageNumbers: number[] = []; // positions in `lines`
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Tested on the raw line: cleaning would read `- 5 -` as a list bullet.
    if (line.rawEnd - line.rawStart <= 24 && mayBePageNumber(source, line.rawStart, line.rawEnd) && PAGE_NUMBER.test(foldWidth(rawText(source, line)))) {
      furniture.add(line.index);
      pageNumbers.push(i);
    }
  }
  if (pageNumbers.length === 0) return furniture;
  // Running headers: a short line that appears within two non-blank lines of a page number,
  // and whose exact text recurs at least twice in such places.
  const nearPage = new Map<string, number[]>();
  // The non-blank lines' positions, and each line's place among them (-1: blank): typed arrays,
  // not a filtered copy of the lines (an array V8 would map and unmap every parse when long).
  const nonBlank = new Int32Array(lines.length);
  const place = new Int32Array(lines.length);
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    place[i] = lines[i]!.text === '' ? -1 : count;
    if (place[i]! >= 0) nonBlank[count++] = i;
  }
  for (const p of pageNumbers) {
    const at = place[p]!;
    if (at < 0) continue;
    for (const d of [-2, -1, 1, 2]) {
      if (at + d < 0 || at + d >= count) continue;
      const neighbour = lines[nonBlank[at + d]!]!;
      if (neighbour.text.length > 40 || furniture.has(neighbour.index)) continue;
      const list = nearPage.get(neighbour.text) ?? [];
      list.push(neighbour.index);
      nearPage.set(neighbour.text, list);
    }
  }
  for (const [, indices] of nearPage) {
    if (new Set(indices).size >= 2) for (const i of indices) furniture.add(i);
  }
  return furniture;
}
