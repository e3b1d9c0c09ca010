import type { Position } from '../models/position.js';
import type { SourceText } from '../source/source-text.js';

/**
 * Text assembled from pieces of the original input (lines joined without their breaks, markup
 * removed) with, for every character, its offset in the original, so spans found in the joined
 * text map back to exact positions.
 */
export class MappedText {
  text = '';
  private offsets: number[] = [];

  /** Append `original[start, end)`, optionally transformed by a same-length function. */
  append(piece: string, start: number): void {
    this.text += piece;
    for (let i = 0; i < piece.length; i++) this.offsets.push(start + i);
  }

  offsetAt(index: number): number {
    if (this.offsets.length === 0) return 0;
    return this.offsets[Math.max(0, Math.min(index, this.offsets.length - 1))]!;
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
    out.offsets = this.offsets.slice(from, to);
    return out;
  }

  /** Trim whitespace (including ideographic spaces) on both ends. */
  trim(): MappedText {
    const m = /^[\s\u3000]*/.exec(this.text)![0].length;
    const e = /[\s\u3000]*$/.exec(this.text)!.index;
    return this.slice(m, Math.max(m, e));
  }
}
