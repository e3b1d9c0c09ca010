import type { Position } from '../models/position.js';
import { isTrimmedCode } from '../normalize/chars.js';
import type { SourceText } from '../source/source-text.js';

/**
 * Text assembled from pieces of the original input (lines joined without their breaks, markup
 * removed) with, for every character, its offset in the original, so spans found in the joined
 * text map back to exact positions.
 *
 * Each piece is a run of consecutive original characters, so the map keeps one entry a piece
 * (where it starts in `text`, and in the original) rather than one offset a character: a
 * paragraph is a few lines, and an offset is found by a binary search over them.
 */
export class MappedText {
  text = '';
  /** Index in `text` at which each piece starts, ascending; pieces are never empty. */
  private pieceStarts: number[] = [];
  /** Original offset of the first character of each piece. */
  private pieceOffsets: number[] = [];

  /** Append `piece`, which starts at `start` in the original; a piece that continues the last one there extends it. */
  append(piece: string, start: number): void {
    if (piece.length === 0) return;
    const at = this.text.length;
    this.text += piece;
    const last = this.pieceStarts.length - 1;
    // A piece that continues the one before in the original extends it.
    if (last >= 0 && this.pieceOffsets[last]! + (at - this.pieceStarts[last]!) === start) return;
    this.pieceStarts.push(at);
    this.pieceOffsets.push(start);
  }

  offsetAt(index: number): number {
    const length = this.text.length;
    if (length === 0) return 0;
    const i = Math.max(0, Math.min(index, length - 1));
    const k = this.pieceAt(i);
    return this.pieceOffsets[k]! + (i - this.pieceStarts[k]!);
  }

  /** Position in the original of `text[from, to)`. */
  position(src: SourceText, from: number, to: number): Position {
    const start = this.offsetAt(from);
    const end = to > from ? this.offsetAt(to - 1) + 1 : start;
    return src.position(start, end);
  }

  /** A sub-map of `text[from, to)`. */
  slice(from: number, to: number): MappedText {
    const out = new MappedText();
    out.text = this.text.slice(from, to);
    // Same bounds as String#slice (used on the text just above) for the pieces kept.
    const length = this.text.length;
    const a = from < 0 ? Math.max(length + from, 0) : Math.min(from, length);
    const b = to < 0 ? Math.max(length + to, 0) : Math.min(to, length);
    if (a >= b) return out;
    for (let k = this.pieceAt(a); k < this.pieceStarts.length && this.pieceStarts[k]! < b; k++) {
      const pieceStart = Math.max(this.pieceStarts[k]!, a);
      out.pieceStarts.push(pieceStart - a);
      out.pieceOffsets.push(this.pieceOffsets[k]! + (pieceStart - this.pieceStarts[k]!));
    }
    return out;
  }

  /** Trim whitespace (including ideographic spaces) on both ends of `text[from, length)`. */
  trim(from = 0): MappedText {
    const text = this.text;
    let to = text.length;
    // isTrimmedCode is the set `\s` matches (ideographic space included), read by code unit.
    while (from < to && isTrimmedCode(text.charCodeAt(from))) from++;
    while (to > from && isTrimmedCode(text.charCodeAt(to - 1))) to--;
    return this.slice(from, to);
  }

  /** The piece holding `text[index]` (index within the text): the last starting at or before it. */
  private pieceAt(index: number): number {
    const starts = this.pieceStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
