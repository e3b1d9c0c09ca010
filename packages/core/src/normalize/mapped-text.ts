/**
 * Normalized text that remembers, for every character, where it came from in the original
 * input. Normalization removes and folds characters but never invents offsets.
 */
export interface MappedText {
  text: string;
  /** `offsets[i]` is the original offset of `text[i]`. */
  offsets: number[];
  /** Original offset just past the last source character covered. */
  end: number;
}

/** Concatenate mapped texts (e.g. a paragraph rejoined from wrapped lines). */
export function joinMapped(parts: readonly MappedText[]): MappedText {
  let text = '';
  const offsets: number[] = [];
  for (const part of parts) {
    text += part.text;
    for (const o of part.offsets) offsets.push(o);
  }
  return { text, offsets, end: parts.length > 0 ? parts[parts.length - 1]!.end : 0 };
}

/** The slice `[from, to)` of a mapped text, with its end offset. */
export function sliceMapped(m: MappedText, from: number, to = m.text.length): MappedText {
  const offsets = m.offsets.slice(from, to);
  const end = to >= m.text.length ? m.end : m.offsets[to]!;
  return { text: m.text.slice(from, to), offsets, end };
}

/** Original offset where the character at `index` starts (or the end, past the text). */
export function originalOffset(m: MappedText, index: number): number {
  return index < m.offsets.length ? m.offsets[index]! : m.end;
}

/** Trim whitespace at both ends, keeping the mapping. */
export function trimMapped(m: MappedText): MappedText {
  let from = 0;
  let to = m.text.length;
  while (from < to && /\s/.test(m.text[from]!)) from++;
  while (to > from && /\s/.test(m.text[to - 1]!)) to--;
  return from === 0 && to === m.text.length ? m : sliceMapped(m, from, to);
}
