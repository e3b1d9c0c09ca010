import { LINE_FLAGS, type LineTable } from './lines.js';

/**
 * Detect hard wrapping (text extracted from a PDF or a fixed-width page): most lines have
 * nearly the same display width. Returns that width, or `undefined` for soft-wrapped text
 * (one paragraph per line, as in markdown and web copies). Lines set aside
 * (`setAside[index] === 1`: furniture) are not counted.
 */
export function detectWrapWidth(lines: LineTable, setAside?: Uint8Array): number | undefined {
  const widths = new WidthCounts();
  let total = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines.textLength(i) === 0 || lines.has(i, LINE_FLAGS.tabbed) || setAside?.[i] === 1) continue;
    const w = lines.rawWidth(i);
    if (w < 16) continue;
    widths.add(w);
    total++;
  }
  if (total < 8) return undefined;
  // The wrap width is the most common width; hard wrapping puts most lines near it.
  const mode = widths.mode();
  let near = 0;
  for (let d = -6; d <= 2; d++) near += widths.get(mode + d);
  // Printed columns are at least ~15 characters wide; shorter modes are lists, not wrapping.
  return near >= 0.3 * total && near >= 6 && mode >= 30 ? mode : undefined;
}

/** Widths a page column can have are counted in an array; wider lines (rare) in a map. */
const COLUMN_WIDTHS = 512;

/** How many lines have each width: one typed-array increment per line for the common widths. */
class WidthCounts {
  readonly #common = new Int32Array(COLUMN_WIDTHS);
  readonly #wide = new Map<number, number>();

  add(width: number): void {
    if (width < COLUMN_WIDTHS) this.#common[width]!++;
    else this.#wide.set(width, (this.#wide.get(width) ?? 0) + 1);
  }

  get(width: number): number {
    return width >= 0 && width < COLUMN_WIDTHS ? this.#common[width]! : (this.#wide.get(width) ?? 0);
  }

  /** The most common width (the widest of equally common ones), 0 when none was counted. */
  mode(): number {
    let mode = 0;
    let modeCount = 0;
    const consider = (w: number, count: number) => {
      if (count > modeCount || (count === modeCount && count > 0 && w > mode)) {
        mode = w;
        modeCount = count;
      }
    };
    for (let w = 0; w < COLUMN_WIDTHS; w++) consider(w, this.#common[w]!);
    for (const [w, count] of this.#wide) consider(w, count);
    return mode;
  }
}
