import type { LineTable } from './lines.js';
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
export function findFurniture(lines: LineTable, source: string): Set<number> {
  const furniture = new Set<number>();
  const pageNumbers: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const rawStart = lines.rawStart(i);
    const rawEnd = lines.rawEnd(i);
    // Tested on the raw line: cleaning would read `- 5 -` as a list bullet.
    if (rawEnd - rawStart <= 24 && mayBePageNumber(source, rawStart, rawEnd) && PAGE_NUMBER.test(foldWidth(source.slice(rawStart, rawEnd)))) {
      furniture.add(i);
      pageNumbers.push(i);
    }
  }
  if (pageNumbers.length === 0) return furniture;
  // Running headers: a short line that appears within two non-blank lines of a page number,
  // and whose exact text recurs at least twice in such places.
  const nearPage = new Map<string, number[]>();
  // The non-blank lines, and each line's place among them (-1: blank).
  const nonBlank = new Int32Array(lines.length);
  const place = new Int32Array(lines.length);
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    place[i] = lines.textLength(i) === 0 ? -1 : count;
    if (place[i]! >= 0) nonBlank[count++] = i;
  }
  for (const p of pageNumbers) {
    const at = place[p]!;
    if (at < 0) continue;
    for (const d of [-2, -1, 1, 2]) {
      if (at + d < 0 || at + d >= count) continue;
      const neighbour = nonBlank[at + d]!;
      if (lines.textLength(neighbour) > 40 || furniture.has(neighbour)) continue;
      const text = lines.text(neighbour);
      const list = nearPage.get(text) ?? [];
      list.push(neighbour);
      nearPage.set(text, list);
    }
  }
  for (const [, indices] of nearPage) {
    if (new Set(indices).size >= 2) for (const i of indices) furniture.add(i);
  }
  return furniture;
}
