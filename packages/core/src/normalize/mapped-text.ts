import { isTrimmedCode } from './chars.js';

/**
 * Normalized text that remembers, for every character, where it came from in the original
 * input. Normalization removes and folds characters but never invents offsets.
 */
export interface MappedText {
  text: string;
  /**
   * `offsets[i]` is the original offset of `text[i]`. A typed array: 4 bytes a character, and
   * slices are views, not copies (never write into it).
   */
  offsets: Int32Array;
  /** Original offset just past the last source character covered. */
  end: number;
}

/** Concatenate mapped texts (e.g. a paragraph rejoined from wrapped lines). */
export function joinMapped(parts: readonly MappedText[]): MappedText {
  if (parts.length === 1) return { text: parts[0]!.text, offsets: parts[0]!.offsets, end: parts[0]!.end };
  let text = '';
  for (const part of parts) text += part.text;
  const offsets = joinOffsets(parts);
  return { text, offsets, end: parts.length > 0 ? parts[parts.length - 1]!.end : 0 };
}

/** The slice `[from, to)` of a mapped text, with its end offset. */
export function sliceMapped(m: MappedText, from: number, to = m.text.length): MappedText {
  const offsets = m.offsets.subarray(from, to);
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
  // isTrimmedCode is exactly the set `\s` matches, read by code unit (no string per character).
  while (from < to && isTrimmedCode(m.text.charCodeAt(from))) from++;
  while (to > from && isTrimmedCode(m.text.charCodeAt(to - 1))) to--;
  return from === 0 && to === m.text.length ? m : sliceMapped(m, from, to);
}

/** The offsets of several mapped texts, one after the other, in one new array. */
export function joinOffsets(parts: readonly Pick<MappedText, 'offsets'>[]): Int32Array {
  let length = 0;
  for (const part of parts) length += part.offsets.length;
  const offsets = new Int32Array(length);
  let at = 0;
  for (const part of parts) {
    offsets.set(part.offsets, at);
    at += part.offsets.length;
  }
  return offsets;
}
