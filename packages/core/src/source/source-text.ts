import type { Point, Position } from '../models/position.js';
import { foldWidth, foldWidthAt } from '../normalize/width.js';

/** Where the characters width folding changes are, when a stage found them (see `provideFoldable`). */
const knownFoldable = new WeakMap<SourceText, readonly number[]>();

const foldedText = (source: SourceText): string => {
  const foldable = knownFoldable.get(source);
  return foldable ? foldWidthAt(source.text, foldable) : foldWidth(source.text);
};

/**
 * Tell a source where the characters width folding changes are, when a stage found them all —
 * cleaning reads every character — so `folded`, if anything reads it, folds only those instead
 * of searching the whole text. Internal to the pipeline: call it before anything reads `folded`.
 */
export function provideFoldable(source: SourceText, foldable: readonly number[]): void {
  knownFoldable.set(source, foldable);
}

/**
 * The decoded input with a line index, so any offset converts to a `Point`
 * (1-based line and column, 0-based offset) in O(log lines).
 *
 * @example
 * const src = new SourceText('第一条\n第二条');
 * src.pointAt(4); // { line: 2, column: 1, offset: 4 }
 */
export class SourceText {
  readonly text: string;
  /** Offset at which each line starts; lines end at `\n` (a preceding `\r` stays in the line). */
  readonly lineStarts: readonly number[];
  #derived: Map<(source: SourceText) => unknown, unknown> | undefined;
  #lastLine = 0;

  constructor(text: string) {
    this.text = text;
    const starts = [0];
    let at = text.indexOf('\n');
    while (at !== -1) {
      starts.push(at + 1);
      at = text.indexOf('\n', at + 1);
    }
    this.lineStarts = starts;
  }

  get length(): number {
    return this.text.length;
  }

  /**
   * The text with full-width digits, letters and symbols folded (`foldWidth`), computed once:
   * same length as `text`, so offsets are shared.
   */
  get folded(): string {
    return this.derive(foldedText);
  }

  /**
   * A value computed from this text once and kept with it, so the stages reading the same
   * `SourceText` (tree, tables, panels, targets) share their common work.
   *
   * @example
   * const sentences = (s: SourceText) => s.text.split('。');
   * src.derive(sentences); // computed once: a second call returns the same array
   */
  derive<T>(compute: (source: SourceText) => T): T {
    this.#derived ??= new Map();
    if (!this.#derived.has(compute)) this.#derived.set(compute, compute(this));
    return this.#derived.get(compute) as T;
  }

  /** The point at `offset`, clamped into `[0, length]`. */
  pointAt(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.#lineOf(clamped);
    return { line: line + 1, column: clamped - this.lineStarts[line]! + 1, offset: clamped };
  }

  /**
   * 0-based line holding `offset`. Positions are mostly asked for in text order, so the line of
   * the last answer and the next few are tried first, then lines further on.
   */
  #lineOf(offset: number): number {
    const starts = this.lineStarts;
    const last = starts.length - 1;
    for (let line = this.#lastLine, tries = 0; line <= last && tries < 4 && starts[line]! <= offset; line++, tries++) {
      if (line === last || starts[line + 1]! > offset) return (this.#lastLine = line);
    }
    // Further on (a block's end, lines ahead): gallop forward from the last line, then search
    // between the last two steps, so a search costs the log of the distance, not of the text.
    let lo = 0;
    let hi = last;
    if (starts[this.#lastLine]! <= offset) {
      let step = 8;
      lo = this.#lastLine;
      while (lo + step <= last && starts[lo + step]! <= offset) {
        lo += step;
        step *= 2;
      }
      hi = Math.min(last, lo + step);
    }
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return (this.#lastLine = lo);
  }

  /** The position spanning `[start, end)`. */
  position(start: number, end: number): Position {
    return { start: this.pointAt(start), end: this.pointAt(Math.max(start, end)) };
  }
}
