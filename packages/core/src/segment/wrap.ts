import type { Line } from './lines.js';

/**
 * Detect hard wrapping (text extracted from a PDF or a fixed-width page): most lines have
 * nearly the same display width. Returns that width, or `undefined` for soft-wrapped text
 * (one paragraph per line, as in markdown and web copies).
 */
export function detectWrapWidth(lines: readonly Line[]): number | undefined {
  const widths = new Map<number, number>();
  let total = 0;
  for (const line of lines) {
    if (line.text === '' || line.tabbed) continue;
    const w = line.rawWidth;
    if (w < 16) continue;
    widths.set(w, (widths.get(w) ?? 0) + 1);
    total++;
  }
  if (total < 8) return undefined;
  // The wrap width is the most common width; hard wrapping puts most lines near it.
  let mode = 0;
  let modeCount = 0;
  for (const [w, count] of widths) {
    if (count > modeCount || (count === modeCount && w > mode)) {
      mode = w;
      modeCount = count;
    }
  }
  let near = 0;
  for (let d = -6; d <= 2; d++) near += widths.get(mode + d) ?? 0;
  // Printed columns are at least ~15 characters wide; shorter modes are lists, not wrapping.
  return near >= 0.3 * total && near >= 6 && mode >= 30 ? mode : undefined;
}
